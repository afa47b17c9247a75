import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { knownEntities } from '../../scripts/known-entities.ts';
import { assertArticleTexts, framedFieldProblems, type CheckedArticle } from '../../src/build/article-checks.ts';
import { scaffoldReport } from '../../src/lib/new-report.ts';
import { archiveFixtureDir, receivedFixturesDir } from '../setup/paths.ts';
import { tempDir } from '../setup/temp-dir.ts';

const BODY = 'The ministers met in Hà Nội.\n\nThey agreed on <Abbr term="asean">ASEAN</Abbr> matters.\n';

/** An archive of one report in a folder of its own: its `.mdx` file, its received file and a checks cache. */
function archive() {
  const dir = tempDir('article-checks-');
  const sourcesDir = join(dir, 'sources');
  mkdirSync(sourcesDir);
  const mdxPath = join(dir, 'report.mdx');
  writeFileSync(mdxPath, `---\nheadline: x\nevents:\n  - paragraph: 2\n    quote: agreed on ASEAN\n---\n${BODY}`);
  writeFileSync(join(sourcesDir, 'report.txt'), 'The ministers met in Hà Nội.\n\nThey agreed on ASEAN matters.\n');
  const article = (digest: string, body = BODY): CheckedArticle => ({
    id: 'report',
    filePath: relative(process.cwd(), mdxPath),
    digest,
    readBody: () => body,
    data: {
      lang: 'en',
      headline: 'x',
      headlineSupplied: true,
      publication: {},
      meeting: { id: 'talks-2021' },
      participants: [{ person: { id: 'bui-thanh-son' } }],
      mentions: [],
      topics: ['vaccines'],
      source: { file: 'report.txt', frame: [] },
      events: [{ paragraph: 2, quote: 'agreed on ASEAN' }],
      notes: [],
    },
  });
  const options = { sourcesDir, cacheFile: join(dir, 'cache', 'passed.json') };
  return { article, options, mdxPath, sourcesDir };
}

const glossary = new Set(['asean']);
const known = {
  articles: new Set(['report']),
  glossary,
  meetings: new Set(['talks-2021']),
  people: new Set(['bui-thanh-son']),
  topics: new Set(['vaccines']),
};

describe('assertArticleTexts', () => {
  it('passes a report that is its received text, and stops one that is not, naming the file', () => {
    const { article, options, sourcesDir } = archive();
    expect(() => assertArticleTexts([article('a')], known, options)).not.toThrow();
    writeFileSync(join(sourcesDir, 'report.txt'), 'The ministers met in Hà Nội.\n\nThey agreed on ASEAN matters today.\n');
    expect(() => assertArticleTexts([article('a')], known, options)).toThrow(/report\.mdx:\d+: paragraph 2 differs/);
  });

  it('checks a passed report again only when its file, its received file, the glossary or the checks change', () => {
    const { article, options, mdxPath } = archive();
    assertArticleTexts([article('a')], known, options);
    // The file's words no longer match, but the entry's digest says it is the file that passed: not read again.
    writeFileSync(mdxPath, '---\nheadline: x\n---\nOther words.\n');
    expect(() => assertArticleTexts([article('a', 'Other words.\n')], known, options)).not.toThrow();
    // A new digest of the file is checked…
    expect(() => assertArticleTexts([article('b', 'Other words.\n')], known, options)).toThrow(/differs|merges|missing|words/);
    // …and so is every report when the glossary's ids change.
    writeFileSync(mdxPath, `---\nheadline: x\n---\n${BODY}`);
    assertArticleTexts([article('c')], known, options);
    expect(() => assertArticleTexts([article('c')], { ...known, glossary: new Set(['apec']) }, options)).toThrow(
      /<Abbr term="asean">|asean/,
    );
  });

  it('checks the reported events against the paragraphs', () => {
    const { article, options } = archive();
    const wrong = { ...article('a'), data: { ...article('a').data, events: [{ paragraph: 1, quote: 'agreed on ASEAN' }] } };
    expect(() => assertArticleTexts([wrong], known, options)).toThrow(
      /report\.mdx:5: events\.0\.quote: "agreed on ASEAN" is not, word for word, in paragraph 1/,
    );
  });

  it("refuses a lang that the text's letters show to be another language, and leaves a Latin text's to the editor", () => {
    const { article, options, mdxPath, sourcesDir } = archive();
    const thai = 'รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุม\n\nทั้งสองฝ่ายเห็นพ้องกัน\n';
    writeFileSync(mdxPath, `---\nheadline: x\n---\n${thai}`);
    writeFileSync(join(sourcesDir, 'report.txt'), thai);
    const thaiReport = (lang: string) => ({ ...article(lang, thai), data: { ...article(lang, thai).data, lang, events: [] } });
    expect(() => assertArticleTexts([thaiReport('en')], known, options)).toThrow(
      /report\.mdx:\d+: lang: the report is written in Thai \(Thai script\), not in English: write lang: th/,
    );
    expect(() => assertArticleTexts([thaiReport('th')], known, options)).not.toThrow();
    // English words may be any Latin-script language's: no check refuses lang: fr on them.
    const { article: english, options: englishOptions } = archive();
    expect(() =>
      assertArticleTexts([{ ...english('b'), data: { ...english('b').data, lang: 'fr' } }], known, englishOptions),
    ).not.toThrow();
  });

  it('requires each editorial note to quote words of the body, across its abbreviations, or of the photo caption', () => {
    const { article, options, mdxPath } = archive();
    writeFileSync(
      mdxPath,
      `---\nheadline: x\nnotes:\n  - about: agreed on ASEAN matters\n    note: x\n  - about: met in Hanoi\n    note: y\n` +
        `  - about: shake hands\n    note: z\n---\n${BODY}`,
    );
    const noted = (caption: string) => ({
      ...article('a'),
      data: {
        ...article('a').data,
        events: [],
        publication: { photo: { caption } },
        source: { file: 'report.txt', frame: [caption] },
        notes: [{ about: 'agreed on ASEAN matters' }, { about: 'met in Hanoi' }, { about: 'shake hands' }],
      },
    });
    let message = '';
    try {
      assertArticleTexts([noted('The ministers shake  hands.')], known, options);
    } catch (error) {
      message = (error as Error).message;
    }
    // Located at the field; "Hà Nội" is not "Hanoi", and the phrase across <Abbr> and the caption's are found.
    expect(message).toMatch(
      /report\.mdx:6: notes\.1\.about: "met in Hanoi" is in neither the report's text nor its photo caption/,
    );
    expect(message).not.toMatch(/notes\.[02]/);
  });

  it('checks the meeting, people, topics and report an article names on every run, a passed article too', () => {
    const { article, options } = archive();
    assertArticleTexts([article('a')], known, options);
    // A meeting file renamed: the article that names it is unchanged, and passed before.
    expect(() => assertArticleTexts([article('a')], { ...known, meetings: new Set(['talks-2021-tokyo']) }, options)).toThrow(
      /report\.mdx:\d+: meeting\.id: no meetings entry "talks-2021" in meetings\/ \(did you mean "talks-2021-tokyo"\?\)/,
    );
    const translation = { ...article('a'), data: { ...article('a').data, translationOf: 'report-en' } };
    expect(() => assertArticleTexts([translation], known, options)).toThrow(
      /translationOf: no article "report-en" in articles\//,
    );
    expect(() =>
      assertArticleTexts([translation], { ...known, articles: new Set(['report', 'report-en']) }, options),
    ).not.toThrow();
    expect(() => assertArticleTexts([article('a')], { ...known, people: new Set(['bui-thanh-sonn']) }, options)).toThrow(
      /report\.mdx:1: participants\.0\.person: no people entry "bui-thanh-son" in people\/ \(did you mean "bui-thanh-sonn"\?\)/,
    );
    expect(() => assertArticleTexts([article('a')], { ...known, topics: new Set() }, options)).toThrow(
      /topics\.0: no topics entry "vaccines"/,
    );
  });

  it("requires the publisher's words shown around the report (headline, byline, dateline…) to come from the frame", () => {
    const { article, options } = archive();
    const framed = (headlineSupplied: boolean, frame: string[]) => ({
      ...article('a'),
      data: {
        ...article('a').data,
        headlineSupplied,
        publication: { dateline: 'HÀ NỘI' },
        source: { file: 'report.txt', frame },
      },
    });
    expect(() => assertArticleTexts([framed(true, [])], known, options)).toThrow(
      /report\.mdx:1: publication\.dateline: "HÀ NỘI" is in no piece of source\.frame/,
    );
    expect(() => assertArticleTexts([framed(false, ['Hà Nội'])], known, options)).toThrow(
      /publication\.dateline[\s\S]*report\.mdx:2: headline: "x" is in no piece of source\.frame/,
    );
  });

  it('requires a headline or byline to be a whole line of the frame, a dateline its start, a sign-off its end', () => {
    const { article, options } = archive();
    const frame = [
      'Japan, ASEAN ministers voice concern over South China Sea, Myanmar',
      'By Panu Wongcha-um and Kantaro Komiya',
      'VIENTIANE, July 26 (Reuters) -',
      'Ministers meet in Vientiane. REUTERS/Staff',
      'Reporting by Panu Wongcha-um',
    ];
    const problemsOf = (headline: string, publication: CheckedArticle['data']['publication'], pieces = frame) => {
      const checked = { ...article('a'), data: { ...article('a').data, headline, headlineSupplied: false, publication } };
      try {
        const source = { file: 'report.txt', frame: pieces };
        assertArticleTexts([{ ...checked, data: { ...checked.data, source } }], known, options);
        return [];
      } catch (error) {
        return [...(error as Error).message.matchAll(/: ([\w.]+): "[^"]*" is in no piece of source\.frame/g)].map(
          ([, field]) => field,
        );
      }
    };
    const faithful = {
      byline: 'By Panu Wongcha-um and Kantaro Komiya',
      dateline: 'VIENTIANE',
      signature: 'Reporting by Panu Wongcha-um',
      photo: { caption: 'Ministers meet in Vientiane.', credit: 'REUTERS/Staff' },
    };
    expect(problemsOf(frame[0], faithful)).toEqual([]);
    expect(problemsOf('Japan, ASEAN ministers voice concern over South China Sea', faithful)).toEqual(['headline']);
    expect(problemsOf(frame[0], { ...faithful, byline: 'By Panu Wongcha-um' })).toEqual(['publication.byline']);
    // Words of another piece, or a word cut short, are not the dateline.
    expect(problemsOf(frame[0], { ...faithful, dateline: 'Vientiane' })).toEqual(['publication.dateline']);
    expect(problemsOf(frame[0], { ...faithful, dateline: 'VIENTI' })).toEqual(['publication.dateline']);
    expect(problemsOf(frame[0], { ...faithful, signature: 'Wongcha' })).toEqual(['publication.signature']);
    // A caption is its whole line, or opens the line its credit closes, with marks or a label at most between them.
    expect(problemsOf(frame[0], { ...faithful, photo: { caption: 'Ministers meet' } })).toEqual(['publication.photo.caption']);
    const shortened = { caption: 'Ministers meet', credit: 'REUTERS/Staff' };
    expect(problemsOf(frame[0], { ...faithful, photo: shortened })).toEqual(['publication.photo.caption']);
    expect(problemsOf(frame[0], { ...faithful, photo: { caption: 'Ministers meet in Vientiane. REUTERS/Staff' } })).toEqual([]);
    // Marks around the words are the line's own: a bracketed credit, a sign-off after "==".
    const bracketed = { ...faithful, signature: 'Kyodo', photo: { caption: 'Ministers meet.', credit: 'Photo: Kyodo' } };
    const withBrackets = ['==Kyodo', 'Ministers meet. (Photo: Kyodo)'];
    expect(problemsOf(frame[0], bracketed, [...frame, ...withBrackets])).toEqual([]);
    const labelled = { ...faithful, photo: { caption: 'Bộ trưởng phát biểu.', credit: 'Bộ Ngoại giao' } };
    expect(problemsOf(frame[0], labelled, [...frame, 'Bộ trưởng phát biểu. Ảnh: Bộ Ngoại giao'])).toEqual([]);
    // In a script without spaces a dateline's place stands among the agency's letters.
    expect(problemsOf(frame[0], { ...faithful, dateline: '河内' }, [...frame, '新华社河内8月2日电（记者 陈家宝）'])).toEqual([]);
  });
});

describe('the drafts new-report writes', () => {
  it('give the publisher’s words around each received fixture as the frame checks accept them', () => {
    const entities = knownEntities(archiveFixtureDir);
    for (const file of readdirSync(receivedFixturesDir).filter((name) => name.endsWith('.txt'))) {
      const draft = scaffoldReport({
        sourceFile: file,
        sourceText: readFileSync(join(receivedFixturesDir, file), 'utf-8'),
        ...entities,
      });
      const data = parseFrontmatter(draft.text).frontmatter as CheckedArticle['data'];
      const fields = { ...data, publication: data.publication ?? {}, source: data.source };
      expect(
        framedFieldProblems(fields).filter((problem) => !problem.includes('"TODO:')),
        file,
      ).toEqual([]);
    }
  });
});
