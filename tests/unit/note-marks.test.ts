import { describe, expect, it } from 'vitest';
import { noteProblems, notesInReadingOrder, phraseRange, textWithNoteMarks, withNoteMarks } from '../../src/lib/note-marks.ts';
import { renderReportBody } from '../../src/lib/report-body.ts';
import { withoutParagraphAnchors } from '../../src/lib/paragraph-anchors.ts';
import { plainTextParagraphs } from '../../src/lib/html.ts';

const marker = (number: number) =>
  `<sup class="note-marker"><a href="#note-${number}" id="note-ref-${number}" aria-label="Editorial note ${number}">${number}</a></sup>`;

/** The words a reader sees, the archive's numbers left out. */
const words = (html: string) =>
  plainTextParagraphs(withoutParagraphAnchors(html).replace(/<sup class="note-marker"[^]*?<\/sup>/g, '')).map((lines) =>
    lines.join(' '),
  );

describe('phraseRange', () => {
  it('finds a phrase as whole words with any white space between its words, and only as written', () => {
    expect(phraseRange('the Thai\nForeign  Minister.', 'Thai Foreign Minister')).toEqual({ start: 4, end: 26 });
    expect(phraseRange('Sonny and Son', 'Son')).toEqual({ start: 10, end: 13 });
    expect(phraseRange('(AOIP)', 'AOIP)')).toEqual({ start: 1, end: 6 });
    expect(phraseRange('Leaders’ Meeting', "Leaders' Meeting")).toBeUndefined();
    expect(phraseRange('a (b) c', '(b)')).toEqual({ start: 2, end: 5 });
  });
});

describe('notesInReadingOrder', () => {
  it('numbers notes as a reader meets them: the caption’s first, then by paragraph and place in it', () => {
    const paragraphs = [{ text: 'Minister Motegi spoke.' }, { text: 'The DOC and the Thai Foreign Minister, and Motegi.' }];
    const notes = [
      { about: 'the Thai Foreign Minister', note: 'a' },
      { about: 'Motegi', note: 'b' },
      { about: 'Toshimits', note: 'c' },
      { about: 'DOC', note: 'd' },
    ];
    const ordered = notesInReadingOrder(notes, paragraphs, 'Motegi Toshimits shake hands.');
    expect(ordered.map(({ note, number, index }) => [note, number, index])).toEqual([
      ['c', 1, 2],
      ['b', 2, 1],
      ['d', 3, 3],
      ['a', 4, 0],
    ]);
    expect(notesInReadingOrder(notes.slice(0, 2), paragraphs, undefined).map(({ note }) => note)).toEqual(['b', 'a']);
  });
});

describe('withNoteMarks', () => {
  const body = renderReportBody(
    'Minister Motegi spoke.\n\nThe Declaration of Conduct in the East Sea (<Abbr term="doc">DOC</Abbr>) and the Thai Foreign Minister.\n',
  );

  it('marks the first place of each phrase and puts its note’s number after it, leaving every word as it was', () => {
    const { html, unmarked } = withNoteMarks(body, [
      { number: 1, about: 'the Thai Foreign Minister' },
      { number: 2, about: 'Motegi' },
    ]);
    expect(unmarked).toEqual([]);
    expect(html).toContain(`Minister <mark class="noted">Motegi</mark>${marker(2)} spoke.`);
    expect(html).toContain(`and <mark class="noted">the Thai Foreign Minister</mark>${marker(1)}.`);
    expect(words(html)).toEqual(words(body));
  });

  it('marks a phrase across an abbreviation piece by piece, its number after the abbreviation, not inside it', () => {
    const { html } = withNoteMarks(body, [{ number: 1, about: 'Conduct in the East Sea (DOC' }]);
    expect(html).toContain(
      '<mark class="noted">Conduct in the East Sea (</mark><abbr data-glossary-term="doc"><mark class="noted">DOC</mark></abbr>' +
        `${marker(1)})`,
    );
    expect(words(html)).toEqual(words(body));
  });

  it('never takes a paragraph’s number for the report’s words, nor a phrase across two paragraphs', () => {
    expect(withNoteMarks(body, [{ number: 1, about: '1 Minister' }]).unmarked).toEqual([1]);
    expect(withNoteMarks(body, [{ number: 3, about: 'spoke. The' }]).unmarked).toEqual([3]);
  });

  it('writes again only the paragraph it marks, and finds a phrase whose word is split by markup or written as a character reference', () => {
    const split = renderReportBody('Motegi *spo*ke first.\n\nThe East Sea &amp; the DOC.\n\nMotegi spoke again.\n');
    const first = withNoteMarks(split, [{ number: 1, about: 'Motegi spoke' }]);
    expect(first.unmarked).toEqual([]);
    expect(first.html).toContain(
      `<mark class="noted">Motegi </mark><em><mark class="noted">spo</mark></em><mark class="noted">ke</mark>${marker(1)} first.`,
    );
    expect(first.html).toContain('Motegi spoke again.');
    const [, second, third] = split.split('\n');
    const { html } = withNoteMarks(split, [{ number: 2, about: 'Sea & the' }]);
    expect(html).toContain('Sea &#x26; the</mark>');
    expect(html.split('\n')[2]).toBe(third);
    expect(html.split('\n')[1]).not.toBe(second);
  });

  it('marks a photo caption the same way, escaped', () => {
    expect(textWithNoteMarks('Motegi Toshimits & Sơn <shake hands>', [{ number: 1, about: 'Motegi Toshimits' }])).toEqual({
      html: `<mark class="noted">Motegi Toshimits</mark>${marker(1)} &#x26; Sơn &#x3C;shake hands>`,
      unmarked: [],
    });
  });
});

describe('noteProblems', () => {
  it('names, by its field, each note whose phrase is neither in the body nor in the caption', () => {
    const body = 'The <Abbr term="doc">DOC</Abbr> was signed.\n\nLater.\n';
    expect(
      noteProblems(
        body,
        [{ about: 'The DOC was' }, { about: 'caption words' }, { about: 'signed. Later' }],
        'The caption words.',
      ),
    ).toEqual([expect.stringMatching(/^notes\.2\.about: "signed\. Later" is in neither/)]);
  });
});
