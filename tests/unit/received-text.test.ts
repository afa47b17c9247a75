import { describe, expect, it } from 'vitest';
import { receivedTextProblem, textDifferences } from '../../src/lib/received-text-check.ts';
import {
  LINE_BREAK,
  lineWithMarksKept,
  mdxParagraphs,
  receivedDatelineAndSignature,
  receivedParagraphs,
  receivedPiece,
} from '../../src/lib/received-text.ts';

const received = 'Headline\n\nHÀ NỘI — The two sides met on Friday.\n\nJapan supports <AOIP>.\n\n \n\nThey agreed. — VNS\n';
const frame = ['Headline', 'HÀ NỘI —', '— VNS'];
const fileText = (body: string) => `---\nheadline: Headline\n---\n\n${body}`;
const problemOf = (body: string) =>
  receivedTextProblem({
    file: 'content/articles/a.mdx',
    fileText: fileText(body),
    body: `\n${body}`,
    sourceFile: 's.txt',
    sourceText: received,
    frame,
  });

describe('the received paragraphs', () => {
  it('leave the frame out and drop paragraphs that are empty or blank', () => {
    expect(receivedParagraphs(received, frame).map((paragraph) => paragraph.words.join(' '))).toEqual([
      'The two sides met on Friday.',
      'Japan supports <AOIP>.',
      'They agreed.',
    ]);
  });

  it('number MDX paragraphs with the line each starts on and the line of each word', () => {
    expect(
      mdxParagraphs('\nOne\ntwo\n\n<Abbr term="x">Three</Abbr>\n').map(({ words, line, wordLines }) => [
        words.join(' '),
        line,
        wordLines,
      ]),
    ).toEqual([
      ['One two', 2, [2, 3]],
      ['Three', 5, [5]],
    ]);
  });
});

describe('the line structure of a paragraph', () => {
  const receivedList = 'Intro\n\n6. The outcomes:\n- Japan will help\n• They will meet\nLine one\nLine two\n';
  const listProblem = (body: string) =>
    receivedTextProblem({
      file: 'a.mdx',
      fileText: fileText(body),
      body: `\n${body}`,
      sourceFile: 's.txt',
      sourceText: receivedList,
      frame: [],
    });
  const good = 'Intro\n\n6\\. The outcomes:\n- Japan will help\n- They will meet\\\nLine one\\\nLine two\n';

  it('reads received bullets as list items and line breaks as line breaks', () => {
    expect(receivedParagraphs(receivedList, []).map(({ words }) => words)).toEqual([
      ['Intro'],
      [
        '6.',
        'The',
        'outcomes:',
        LINE_BREAK,
        'Japan',
        'will',
        'help',
        LINE_BREAK,
        'They',
        'will',
        'meet',
        LINE_BREAK,
        'Line',
        'one',
        LINE_BREAK,
        'Line',
        'two',
      ],
    ]);
  });

  it('accepts a body that keeps them as list items and hard breaks', () => {
    expect(listProblem(good)).toBeUndefined();
  });

  it('refuses a list written as text, naming the lost line break', () => {
    expect(listProblem(good.replace('\n- Japan', ' \\- Japan'))).toMatch(
      /paragraph 2 differs[^\n]*\n {2}- ⏎\n {2}\+ -\n[\s\S]*⏎ is a line break/,
    );
  });

  it('refuses a line break joined into a space', () => {
    expect(listProblem(good.replace('Line one\\\n', 'Line one\n'))).toMatch(/paragraph 2 differs[^\n]*\n {2}- ⏎\n/);
  });

  it('reads a backslash at the end of a paragraph as text, as CommonMark does', () => {
    expect(mdxParagraphs('One two\\\n').map(({ words }) => words)).toEqual([['One', 'two\\']]);
  });
});

describe('comparing a body with the received text', () => {
  const good = 'The two sides met on Friday.\n\nJapan supports \\<AOIP>.\n\nThey agreed.\n';

  it('accepts the same words in the same paragraphs, markup and escapes aside', () => {
    expect(problemOf(good)).toBeUndefined();
    expect(problemOf(good.replace('Friday', '<abbr>Friday</abbr>'))).toBeUndefined();
  });

  it('names the file, line and paragraph of a changed word, with the words on each side', () => {
    expect(problemOf(good.replace('Friday', 'Thursday'))).toBe(
      'content/articles/a.mdx:5: paragraph 1 differs from received paragraph 1 of sources/s.txt:\n' +
        '  - Friday.\n  + Thursday.\n' +
        '  (- what the received text says, + what the article says; the body must keep the received words)',
    );
  });

  it('shows a dropped word and an added word on their own', () => {
    expect(problemOf(good.replace('They agreed.', 'They fully agreed.'))).toMatch(/:9: paragraph 3 [^\n]*\n {2}\+ fully\n/);
    expect(problemOf(good.replace('two ', ''))).toMatch(/:5: paragraph 1 [^\n]*\n {2}- two\n {2}\(/);
  });

  it('names every run of changed words, each at its own paragraph and line, not the text between them', () => {
    const problem = problemOf(good.replace('two', 'three').replace('They agreed.', 'They fully agreed.'))!;
    expect(problem.split('\n').filter((line) => line.startsWith('content/'))).toEqual([
      'content/articles/a.mdx:5: paragraph 1 differs from received paragraph 1 of sources/s.txt:',
      'content/articles/a.mdx:9: paragraph 3 differs from received paragraph 3 of sources/s.txt:',
    ]);
    expect(problem).toContain('  - two\n  + three\n');
    expect(problem).toContain('  + fully\n');
    expect(problem).not.toContain('Japan');
  });

  it('shows a sentence rewritten round a few of its words as one change', () => {
    const problem = problemOf(good.replace('The two sides met on Friday.', 'Both of the sides met again on the Monday.'))!;
    expect(problem.match(/differs/g)).toHaveLength(1);
    expect(problem).toContain('  - The two sides met on Friday.\n  + Both of the sides met again on the Monday.\n');
  });

  it('names the paragraph of words taken from the end of one or put there, not the next', () => {
    const taken = problemOf(good.replace('Japan supports \\<AOIP>.', 'Japan supports'))!;
    expect(taken.split('\n')[0]).toBe(
      'content/articles/a.mdx:7: paragraph 2 differs from received paragraph 2 of sources/s.txt:',
    );
    expect(taken).toContain('  - <AOIP>.\n');
    const added = problemOf(good.replace('Japan supports \\<AOIP>.', 'Japan supports \\<AOIP>. Fully.'))!;
    expect(added.split('\n')[0]).toBe(
      'content/articles/a.mdx:7: paragraph 2 differs from received paragraph 2 of sources/s.txt:',
    );
    expect(added).toContain('  + Fully.\n');
  });

  it('says a line the body lacks, a whole line of the received text, may be the page around the report', () => {
    const sourceText = 'Headline\n\nShare\n\nThe ministers met.\n';
    const body = '\nThe ministers met.\n';
    const problem = receivedTextProblem({
      file: 'a.mdx',
      fileText: body,
      body,
      sourceFile: 's.txt',
      sourceText,
      frame: ['Headline'],
    });
    expect(problem).toMatch(
      /paragraph 1 differs[^\n]*\n {2}- Share\n {2}\(a whole line of the received text: .* list it in source\.frame\)/,
    );
    expect(
      receivedTextProblem({ file: 'a.mdx', fileText: body, body, sourceFile: 's.txt', sourceText, frame: ['Headline', 'Share'] }),
    ).toBeUndefined();
    // Not for words taken from within a line.
    expect(problemOf(good.replace('two ', ''))).not.toContain('a whole line');
  });

  it('names the line of the changed words in a paragraph written over several lines', () => {
    const sourceText = 'The two sides met on Friday in Tokyo and agreed to meet again.';
    const body = 'The two sides met\non Friday in Tokyo\nand agreed to meet <Abbr term="x">again</Abbr>.';
    const problemIn = (changed: string) =>
      receivedTextProblem({ file: 'a.mdx', fileText: changed, body: changed, sourceFile: 's.txt', sourceText, frame: [] });
    expect(problemIn(body.replace('Tokyo', 'Kyoto'))).toMatch(/^a\.mdx:2: paragraph 1 differs/);
    expect(problemIn(body.replace('to meet', 'to'))).toMatch(/^a\.mdx:3: paragraph 1 differs[^\n]*\n {2}- meet\n/);
    // Taken from the paragraph's end: named at its last line.
    expect(problemIn(body.replace(' <Abbr term="x">again</Abbr>.', ''))).toMatch(/^a\.mdx:3: /);
    expect(problemIn(body.replace('The two', 'Two'))).toMatch(/^a\.mdx:1: /);
  });

  it('shows the first ten runs of changed words and counts the rest', () => {
    const count = 14;
    const sentence = (index: number) => `Sentence ${index} of the report.`;
    const sourceText = Array.from({ length: count }, (_, index) => sentence(index)).join('\n\n');
    const body = Array.from({ length: count }, (_, index) => sentence(index).replace('of', 'in')).join('\n\n');
    const problem = receivedTextProblem({ file: 'a.mdx', fileText: body, body, sourceFile: 's.txt', sourceText, frame: [] })!;
    expect(problem.match(/^a\.mdx:\d+: paragraph \d+ differs/gm)).toHaveLength(10);
    expect(problem).toMatch(/^a\.mdx:19: paragraph 10 differs/m);
    expect(problem.split('\n')).toContain('… and 4 more differences further on');
    expect(problem.match(/what the received text says/g)).toHaveLength(1);
  });

  it('reports a body of other words than the received text as one run, however long', () => {
    const sourceText = Array.from({ length: 3_000 }, (_, index) => `w${index}`).join(' ');
    const body = Array.from({ length: 3_000 }, (_, index) => `v${index}`).join(' ');
    const problem = receivedTextProblem({ file: 'a.mdx', fileText: body, body, sourceFile: 's.txt', sourceText, frame: [] })!;
    expect(problem.match(/differs/g)).toHaveLength(1);
    expect(problem).toContain('  - w0 w1 w2');
    expect(problem).toContain('  + v0 v1 v2');
    expect(problem).toContain('(more than 2,000 words differ: shown as one run, from the first to the last)');
  });

  it('names a merge of two received paragraphs and where the first ends', () => {
    expect(problemOf(good.replace('Friday.\n\n', 'Friday. '))).toBe(
      'content/articles/a.mdx:5: paragraph 1 merges received paragraphs 1 and 2 of sources/s.txt: ' +
        'start a new paragraph (a blank line) after "…The two sides met on Friday."',
    );
  });

  it('names a split of one received paragraph', () => {
    expect(problemOf(good.replace('met on', 'met\n\non'))).toBe(
      'content/articles/a.mdx:5: paragraph 1 splits received paragraph 1 of sources/s.txt: ' +
        'join it with the next paragraph, the received paragraph does not end after "…The two sides met"',
    );
  });

  it('reports a frame piece that is not in the received text', () => {
    expect(
      receivedTextProblem({
        file: 'a.mdx',
        fileText: 'x',
        body: 'x',
        sourceFile: 's.txt',
        sourceText: received,
        frame: ['Headlines'],
      }),
    ).toBe('a.mdx: source.frame.0: The frame piece "Headlines" is not in the received text (sources/s.txt)');
  });

  it('refuses a frame piece that stands only inside a line, where it would take words out of the report', () => {
    const sourceText = 'Headline\n\nTOKYO (Kyodo) -- The talks were dangerous, he said. (Kyodo)\n\nThey ended.\n';
    const check = (frame: string[]) =>
      receivedTextProblem({
        file: 'a.mdx',
        fileText: 'x',
        body: '\nThe talks were, he said.\n\nThey ended.\n',
        sourceFile: 's.txt',
        sourceText,
        frame,
        frameLine: (index) => 10 + index,
      });
    expect(check(['Headline', 'TOKYO (Kyodo) --', 'dangerous', '(Kyodo)'])).toBe(
      'a.mdx:12: source.frame.2: The frame piece "dangerous" stands inside a line of the received text: a frame piece ' +
        'is a whole line, or the start or end of one (a dateline, a sign-off), so that no words of the report are taken ' +
        'out of its text (sources/s.txt)',
    );
    // A dateline opens its line and a sign-off closes it; the body is then the rest, word for word.
    expect(
      receivedTextProblem({
        file: 'a.mdx',
        fileText: 'x',
        body: '\nThe talks were dangerous, he said.\n\nThey ended.\n',
        sourceFile: 's.txt',
        sourceText,
        frame: ['Headline', 'TOKYO (Kyodo) --', '(Kyodo)'],
      }),
    ).toBeUndefined();
  });

  it('takes a tag out of the tag list where it is a whole line, not from a paragraph that opens or ends with it', () => {
    const check = (sourceText: string, body: string, frame: string[]) =>
      receivedTextProblem({ file: 'a.mdx', fileText: 'x', body, sourceFile: 's.txt', sourceText, frame });
    const japanese = '見出し\n\nASEAN側は、日本の支援に謝意を表明した。\n\nタグ\nASEAN\n外交\n';
    expect(check(japanese, '\nASEAN側は、日本の支援に謝意を表明した。\n', ['見出し', 'タグ', 'ASEAN', '外交'])).toBeUndefined();
    const thai = 'หัวข้อ\n\nเพื่อดูแลความสัมพันธ์อาเซียนกับญี่ปุ่น\n\nแท็ก\nญี่ปุ่น\n';
    expect(check(thai, '\nเพื่อดูแลความสัมพันธ์อาเซียนกับญี่ปุ่น\n', ['หัวข้อ', 'แท็ก', 'ญี่ปุ่น'])).toBeUndefined();
  });

  it('finds no difference between identical paragraph lists', () => {
    const paragraphs = receivedParagraphs(received, frame);
    expect(textDifferences(paragraphs, paragraphs)).toEqual([]);
  });
});

describe('comparing text written without spaces between words', () => {
  const problemIn = (receivedText: string, body: string) =>
    receivedTextProblem({
      file: 'content/articles/a.mdx',
      fileText: fileText(body),
      body: `\n${body}`,
      sourceFile: 's.txt',
      sourceText: `Headline\n\n${receivedText}\n`,
      frame: ['Headline'],
    });
  const japanese = '茂木外務大臣は、ASEAN諸国の外相と会談した。\n\n南シナ海について議論した。';
  const thai = 'นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ เข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น';

  it('accepts the same text', () => {
    expect(problemIn(japanese, japanese)).toBeUndefined();
    expect(problemIn(thai, thai)).toBeUndefined();
  });

  it('shows a changed Japanese word as the few words around it, not the whole sentence, and as written', () => {
    const problem = problemIn(japanese, japanese.replace('会談', '会議'));
    expect(problem).toMatch(/:5: paragraph 1 differs from received paragraph 1 of sources\/s\.txt:\n {2}- (\S+)\n {2}\+ (\S+)\n/);
    const [, removed, added] = /- (\S+)\n {2}\+ (\S+)/.exec(problem ?? '') ?? [];
    expect(removed).toContain('会談');
    expect(added).toContain('会議');
    expect(removed.length).toBeLessThan(6);
    expect(added.length).toBeLessThan(6);
  });

  it('refuses changed punctuation', () => {
    expect(problemIn(japanese, japanese.replace('、', '，'))).toMatch(/- 、\n {2}\+ ，/);
  });

  it('names a space put between two words and a space taken out, with the words on each side', () => {
    expect(problemIn(japanese, japanese.replace('外相と', '外相 と'))).toBe(
      'content/articles/a.mdx:5: paragraph 1 has a space that received paragraph 1 of sources/s.txt does not have, ' +
        'between "…諸国の外相" and "と会談した。…"',
    );
    expect(problemIn(thai, thai.replace('นายดอน ', 'นายดอน'))).toMatch(
      /^content\/articles\/a\.mdx:5: paragraph 1 lacks the space received paragraph 1 of sources\/s\.txt has, between "…[^"]*ดอน" and "ปรมัตถ์/,
    );
  });

  it('names a Thai paragraph split inside a run of words, at the words where it ends', () => {
    const split = thai.replace('การประชุม', '\n\nการประชุม');
    expect(problemIn(thai, split)).toMatch(/splits received paragraph 1 [^"]*"…[^"]*เข้าร่วม"$/);
  });
});

describe('receivedDatelineAndSignature', () => {
  it('runs a short dateline into the first paragraph, and sets a long one on a line of its own', () => {
    const of = (dateline: string) =>
      receivedDatelineAndSignature({ publication: { dateline }, source: { frame: [`${dateline} (Kyodo) --`] } });
    expect(of('TOKYO')).toMatchObject({ dateline: 'TOKYO (Kyodo) --', datelineRunsIn: true });
    expect(of('VIENTIANE, July 26')).toMatchObject({ dateline: 'VIENTIANE, July 26 (Kyodo) --', datelineRunsIn: false });
  });
});

describe('receivedPiece', () => {
  const frame = ['Headline', 'TOKYO (Kyodo) --', '==Kyodo'];

  it("gives the frame piece a dateline opens or a sign-off closes, the publisher's punctuation with it", () => {
    expect(receivedPiece('TOKYO', frame, 'start')).toBe('TOKYO (Kyodo) --');
    expect(receivedPiece('Kyodo', frame, 'end')).toBe('==Kyodo');
  });

  it('gives the last piece closing with a sign-off, not a photo credit above it', () => {
    const lao = ['ຂ່າວ', 'ພາບ: ຂປລ', 'ແຫຼ່ງຂ່າວ: ຂປລ'];
    expect(receivedPiece('ຂປລ', lao, 'end')).toBe('ແຫຼ່ງຂ່າວ: ຂປລ');
    expect(receivedPiece('ພາບ', lao, 'start')).toBe('ພາບ: ຂປລ');
    // A tag line under the text that is the agency's name alone is no sign-off.
    expect(receivedPiece('TTXVN', ['- TTXVN', 'Từ khóa', 'TTXVN'], 'end')).toBe('- TTXVN');
  });

  it('gives the value itself where no piece opens or closes with it, and nothing for no value', () => {
    expect(receivedPiece('Kyodo', frame, 'start')).toBe('Kyodo');
    expect(receivedPiece(undefined, frame, 'end')).toBeUndefined();
  });
});

describe('lineWithMarksKept', () => {
  const unbroken = (line: string) =>
    lineWithMarksKept(line)
      .filter((piece) => piece.unbroken)
      .map((piece) => piece.text);

  it('keeps a closing mark with the last word and an opening mark with the first, the text unchanged', () => {
    for (const line of ['TOKYO (Kyodo) --', 'VIENTIANE, July 26 (Reuters) -', '— Kyodo News', 'HÀ NỘI -', '== Kyodo ==']) {
      expect(
        lineWithMarksKept(line)
          .map((piece) => piece.text)
          .join(''),
      ).toBe(line);
    }
    expect(unbroken('TOKYO (Kyodo) --')).toEqual(['(Kyodo) --']);
    expect(unbroken('VIENTIANE, July 26 (Reuters) -')).toEqual(['(Reuters) -']);
    expect(unbroken('— Kyodo News')).toEqual(['— Kyodo']);
    expect(unbroken('== Kyodo News ==')).toEqual(['== Kyodo', 'News ==']);
  });

  it('keeps the marks with the nearest word Intl.Segmenter finds in a script written without spaces', () => {
    expect(unbroken('【ジャカルタ時事】東南アジア諸国連合の外相会議が開かれ')).toEqual(['【ジャカルタ']);
    expect(unbroken('ที่ประชุมรัฐมนตรีต่างประเทศ -')).toEqual(['ประเทศ -']);
  });

  it('keeps a line of one word with its marks whole, and leaves a line without marks free to wrap', () => {
    expect(lineWithMarksKept('==Kyodo')).toEqual([{ text: '==Kyodo', unbroken: true }]);
    expect(lineWithMarksKept('— Kyodo')).toEqual([{ text: '— Kyodo', unbroken: true }]);
    expect(lineWithMarksKept('HÀ NỘI')).toEqual([{ text: 'HÀ NỘI', unbroken: false }]);
  });
});
