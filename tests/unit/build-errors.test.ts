import { describe, expect, it } from 'vitest';
import {
  frontmatterLine,
  locatedContentErrors,
  locatedProblems,
  schemaProblems,
  TEXT_PROBLEMS,
} from '../../src/build/build-errors.ts';
import { renderErrorMessage } from '../../src/build/report-loader.ts';
import { renderReportBody } from '../../src/lib/report-body.ts';
import { buildFailure } from '../setup/run-build.ts';

const article = `---
headline: A report
meeting:
  name: A meeting
  # a comment
  date: "2021-02-30"
participants:
  - person: someone
    role: Minister
  - role: Deputy
    person: someone-else
topics: [a, b]
---

Body.
`;

describe('frontmatterLine', () => {
  it('finds nested keys and list items, and falls back to the nearest parent', () => {
    expect(frontmatterLine(article, ['headline'])).toBe(2);
    expect(frontmatterLine(article, ['meeting', 'date'])).toBe(6);
    expect(frontmatterLine(article, ['participants', 0, 'person'])).toBe(8);
    expect(frontmatterLine(article, ['participants', 1, 'person'])).toBe(11);
    expect(frontmatterLine(article, ['meeting', 'format'])).toBe(3);
    expect(frontmatterLine(article, ['topics', 1])).toBe(12);
    expect(frontmatterLine('no frontmatter', ['headline'])).toBe(1);
    // A YAML file, a drafted meeting's with its comments on top.
    const meeting =
      '# Drafted by new-report\n# Optional: series\nname: "TODO: a name"\ndate: "2021-08-02" # proposed\nformat: "TODO: x"\n';
    expect([
      frontmatterLine(meeting, ['name']),
      frontmatterLine(meeting, ['format']),
      frontmatterLine(meeting, ['place']),
    ]).toEqual([3, 5, 1]);
  });
});

describe('schemaProblems', () => {
  // Astro's message for a file that fails the schema (InvalidContentEntryDataError), as its loader raises it.
  const message = (...issues: string[]) =>
    ['**articles → a** data does not match collection schema.', '', ...issues.map((issue) => `  ${issue}`), ''].join('\n');

  it('places each issue at the line of its field', () => {
    expect(
      schemaProblems(
        message('**meeting.date**: "2021-02-30" is not a real date', '**participants.1.person**: no people entry "someone-else"'),
        'content/articles/a.mdx',
        article,
      ),
    ).toEqual([
      'content/articles/a.mdx:6: meeting.date: "2021-02-30" is not a real date',
      'content/articles/a.mdx:11: participants.1.person: no people entry "someone-else"',
    ]);
  });

  it('writes the field once where Astro’s error map wrote it twice, and says what a missing field needs', () => {
    expect(
      schemaProblems(
        message(
          '**summary**: **summary**: Required',
          '**topics.1**: **topics.1**: Expected type `"string"`, received `"number"`',
        ),
        'content/articles/a.mdx',
        article,
      ),
    ).toEqual([
      'content/articles/a.mdx:1: summary: missing; this field is required',
      'content/articles/a.mdx:12: topics.1: Expected type `"string"`, received `"number"`',
    ]);
  });

  it('places a field the schema does not have at its own line, under its parent', () => {
    expect(
      schemaProblems(
        message(
          '**participants.1**: unknown field "persn" (did you mean "person"?)',
          '****: unknown field "sumary" (did you mean "summary"?)',
        ),
        'content/articles/a.mdx',
        article
          .replace('  - role: Deputy\n', '  - role: Deputy\n    persn: x\n')
          .replace('topics: [a, b]\n', 'topics: [a, b]\nsumary: S\n'),
      ),
    ).toEqual([
      'content/articles/a.mdx:11: participants.1.persn: unknown field "persn" (did you mean "person"?)',
      'content/articles/a.mdx:14: sumary: unknown field "sumary" (did you mean "summary"?)',
    ]);
  });

  it('places each of several fields the schema does not have, a root key at the root whatever a parent holds', () => {
    const report = [
      '---',
      'headline: A report',
      'publication:',
      '  date: "2021-08-02"',
      'notes:',
      '  - about: X',
      '    note: Y',
      'date: "2021-08-02"',
      'note: misplaced',
      '---',
    ].join('\n');
    expect(
      schemaProblems(message('****: unknown field "date"; unknown field "note" (did you mean "notes"?)'), 'a.mdx', report),
    ).toEqual(['a.mdx:8: date: unknown field "date"', 'a.mdx:9: note: unknown field "note" (did you mean "notes"?)']);
  });

  it('keeps a union’s lines with their issue, and places a key of any letters, the whole file, and a message it cannot read', () => {
    expect(
      schemaProblems(
        message('**meeting**: **meeting**: Did not match union.', '> Expected type `string`'),
        'content/articles/a.mdx',
        article,
      ),
    ).toEqual(['content/articles/a.mdx:3: meeting: Did not match union. > Expected type `string`']);
    expect(
      schemaProblems(
        message('**aliasLanguages.Biển Đông**: expected a language tag', '****: Expected type `"object"`, received `"array"`'),
        'content/topics/t.yaml',
        'name: T\naliasLanguages:\n  Biển Đông: 7\n',
      ),
    ).toEqual([
      'content/topics/t.yaml:3: aliasLanguages.Biển Đông: expected a language tag',
      'content/topics/t.yaml:1: Expected type `"object"`, received `"array"`',
    ]);
    expect(schemaProblems('An image could not be found.', 'content/articles/a.mdx', undefined)).toEqual([
      'content/articles/a.mdx:1: An image could not be found.',
    ]);
  });
});

describe('locatedContentErrors', () => {
  it('lists the entries under every header of a log, each with its indented lines', () => {
    const log = [
      'Files that cannot give an address:',
      'content/articles/Bad Name.mdx: the id must be lower-case',
      '',
      'YAML that cannot be read:',
      'content/people/p.yaml:3: YAML: bad indentation',
      '',
      'Fields that do not match the schema:',
      'content/articles/a.mdx:5: summary: missing',
      '  Location:',
      '    /project/src/content.config.ts:1:1',
    ].join('\n');
    expect(locatedContentErrors(log)).toEqual([
      'content/articles/Bad Name.mdx: the id must be lower-case',
      'content/people/p.yaml:3: YAML: bad indentation',
      'content/articles/a.mdx:5: summary: missing',
    ]);
  });

  it('adds nothing to other failures', () => {
    expect(locatedContentErrors('[MDXError] Unexpected character')).toEqual([]);
  });
});

describe('locatedProblems', () => {
  it('lists the problems by file, then by line, whatever order they were found in', () => {
    const found = [
      'articles/b.mdx:12: events.0.quote: not in paragraph 1',
      'articles/a.b.mdx:40: paragraph 2 differs:\n    - five\n    + four',
      'articles/b.mdx:3: headline: not in the frame',
      'articles/Bad Name.mdx: the id must be lower-case',
      'articles/a.b.mdx:9: <Abbr term="x">: no glossary entry',
    ];
    expect(
      locatedProblems(TEXT_PROBLEMS, found)
        .message.split('\n')
        .filter((line) => !line.startsWith(' ')),
    ).toEqual([
      TEXT_PROBLEMS,
      'articles/Bad Name.mdx: the id must be lower-case',
      'articles/a.b.mdx:9: <Abbr term="x">: no glossary entry',
      'articles/a.b.mdx:40: paragraph 2 differs:',
      'articles/b.mdx:3: headline: not in the frame',
      'articles/b.mdx:12: events.0.quote: not in paragraph 1',
    ]);
  });
});

describe('a failed test build', () => {
  it('shows its cause before the whole log', () => {
    const output =
      'line one\nline two\n[InvalidContentEntryDataError] articles → a data does not match collection schema.\n  meeting.date: bad\n';
    const message = buildFailure('The test site did not build', { code: 1, output });
    expect(message.split('\n').slice(0, 3)).toEqual([
      'The test site did not build (exit code 1). Cause:',
      '[InvalidContentEntryDataError] articles → a data does not match collection schema.',
      '  meeting.date: bad',
    ]);
    expect(message).toContain(`The whole build log:\n${output}`);
  });
});

describe('renderErrorMessage', () => {
  const messageFor = (body: string) => {
    try {
      renderReportBody(body);
    } catch (error) {
      return renderErrorMessage(error, 'content/articles/a.mdx');
    }
    throw new Error('the body rendered');
  };

  it('says how to write a brace or "<" of the report’s own text where MDX reads it as code', () => {
    expect(messageFor('The two sides said {they agreed}.\n')).toMatch(
      /^content\/articles\/a\.mdx:1: Could not parse expression with acorn \(in MDX "\{" opens an expression: .* written \\\{/,
    );
    expect(messageFor('Exports rose 3<4 per cent.\n')).toMatch(
      /^content\/articles\/a\.mdx:1: .*"<" of the report's own text is written \\</,
    );
    // A tag left open is the editor's markup: no hint about the report's characters.
    expect(messageFor('The <abbr title="x">ASEAN talks.\n')).not.toContain('written \\');
  });
});
