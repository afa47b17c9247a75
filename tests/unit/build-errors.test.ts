import { describe, expect, it } from 'vitest';
import { frontmatterLine, locatedContentErrors, locatedProblems, TEXT_PROBLEMS } from '../../src/build/build-errors.ts';
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

describe('locatedContentErrors', () => {
  const files: Record<string, string> = { '/project/content/articles/a.mdx': article };
  const read = (path: string) => files[path];

  it('places schema errors at the line of their field, the file named from the project root', () => {
    const log = [
      '[InvalidContentEntryDataError] articles → a data does not match collection schema.',
      '',
      '  meeting.date: "2021-02-30" is not a real date',
      '',
      '  participants.1.person: no people entry "someone-else"',
      '',
      '  Hint:',
      '    See https://docs.astro.build/',
      '  Location:',
      '    /project/content/articles/a.mdx:0:0',
    ].join('\n');
    expect(locatedContentErrors(log, '/project', read)).toEqual([
      'content/articles/a.mdx:6: meeting.date: "2021-02-30" is not a real date',
      'content/articles/a.mdx:11: participants.1.person: no people entry "someone-else"',
    ]);
  });

  it('names a YAML error by its path from the project root', () => {
    const log =
      '[DataCollectionEntryParseError] ../x/people/p.yaml failed to parse: bad indentation\n  Location:\n    /project/content/people/p.yaml:3:0\n';
    expect(locatedContentErrors(log, '/project', read)).toEqual(['content/people/p.yaml:3: YAML: bad indentation']);
  });

  it('adds nothing to other failures', () => {
    expect(locatedContentErrors('[MDXError] Unexpected character', '/project', read)).toEqual([]);
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
