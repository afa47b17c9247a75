/**
 * A synthetic archive of any size, derived deterministically from the real one, for the benchmark:
 * English report bodies drawn from a Zipf-like vocabulary of diplomatic news (diplomatic-text.ts), one report in ten
 * with one of the real reports' paragraphs among them (with its notes, glossary terms and markup), meetings of one to four reports spread over 1977–2026,
 * participants and topics drawn from the real entity files plus generated ones. About one report in six is in
 * Vietnamese and one in eight in Japanese (their bodies recombined from sentences of their own, below), and half of the
 * Japanese ones that follow an English report of their meeting are the foreign ministry's Japanese version of it
 * (`translationOf`). Every file passes the real content schema.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { dump, load } from 'js-yaml';
import { mdxBodyWords } from '../../src/lib/received-text.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { DiplomaticText } from './diplomatic-text.ts';
import { SeededRandom } from './random.ts';

interface RealArticle {
  paragraphs: string[];
  notes: { about: string; note: string }[];
}

interface Entity {
  id: string;
  name: string;
  country?: string;
}

/** What the generator borrows from the real archive. */
export interface RealArchive {
  articles: RealArticle[];
  people: Entity[];
  topics: Entity[];
}

/** Generated files, keyed by their path inside the content folder (`articles/x.mdx`, `people/y.yaml`). */
export type ArchiveFiles = Map<string, string>;

export interface SyntheticArchiveOptions {
  articles: number;
  seed?: number;
  /** People generated beside the real ones; one per 20 articles unless given. */
  people?: number;
}

const MEETING_SERIES = [
  'ASEAN–Japan Forum',
  'ASEAN–Japan Summit',
  "ASEAN–Japan Foreign Ministers' Meeting",
  "ASEAN–Japan Economic Ministers' Meeting",
  "ASEAN–Japan Senior Officials' Meeting",
  "ASEAN–Japan Transport Ministers' Meeting",
  'Mekong–Japan Foreign Ministers’ Meeting',
  'ASEAN Plus Three Summit',
] as const;
const HOST_GATHERINGS = ['ASEAN Foreign Ministers’ Meeting', 'ASEAN Summit', 'ASEAN Economic Ministers’ Meeting'];
const PUBLISHERS = [
  { publisher: 'Ministry of Industry and Trade of Viet Nam', publisherShort: 'MOIT' },
  { publisher: 'Viet Nam News', publisherShort: 'VNS' },
  { publisher: 'Kyodo News', publisherShort: 'Kyodo' },
  { publisher: 'Bernama', publisherShort: 'Bernama' },
  { publisher: 'The Jakarta Post', publisherShort: 'JP' },
  { publisher: 'Philippine News Agency', publisherShort: 'PNA' },
];
/** The share of English reports with one of the real reports' paragraphs in their body. */
const REAL_PARAGRAPH_SHARE = 0.1;
const VERBS = ['review', 'pledge closer work on', 'discuss', 'agree on', 'take stock of', 'deepen cooperation on'];

/** What a report in another language than English is written with: its publisher, headline and sentences. */
interface LanguageText {
  lang: 'vi' | 'ja';
  /** The share of reports in the language. */
  share: number;
  /** Its publisher, named in the language of its reports. */
  publisher: { publisher: string; publisherLang: string; publisherShort: string };
  headline: (topic: string, meeting: string, random: SeededRandom) => string;
  /** Sentences recombined into paragraphs, joined by `joiner`. */
  sentences: readonly string[];
  joiner: string;
}
const LANGUAGE_TEXTS: readonly LanguageText[] = [
  {
    lang: 'vi',
    share: 1 / 6,
    publisher: { publisher: 'Thông tấn xã Việt Nam', publisherLang: 'vi', publisherShort: 'TTXVN' },
    headline: (topic, meeting, random) =>
      `ASEAN và Nhật Bản ${random.pick(['thúc đẩy hợp tác về', 'thảo luận về', 'nhất trí tăng cường'])} ${topic} tại ${meeting}`,
    sentences: [
      'Các Bộ trưởng đánh giá cao kết quả hợp tác giữa ASEAN và Nhật Bản trong thời gian qua.',
      'Nhật Bản khẳng định ủng hộ vai trò trung tâm của ASEAN trong cấu trúc khu vực.',
      'Hai bên nhất trí tăng cường kết nối, chuyển đổi số và chuyển đổi xanh.',
      'Các nước nhấn mạnh tầm quan trọng của việc duy trì hòa bình, ổn định và tự do hàng hải ở Biển Đông.',
      'Phía Nhật Bản cam kết tiếp tục hỗ trợ các nước ASEAN thu hẹp khoảng cách phát triển.',
      'Hội nghị cũng trao đổi về tình hình Myanmar và Đồng thuận 5 điểm.',
      'Bộ trưởng Ngoại giao Bùi Thanh Sơn đề nghị hai bên thúc đẩy giao lưu nhân dân và hợp tác y tế.',
      'Các Bộ trưởng hoan nghênh việc triển khai Tầm nhìn ASEAN về Ấn Độ Dương - Thái Bình Dương.',
    ],
    joiner: ' ',
  },
  {
    lang: 'ja',
    share: 1 / 8,
    publisher: { publisher: '外務省', publisherLang: 'ja', publisherShort: 'MOFA' },
    headline: (topic, meeting, random) =>
      `日・ASEAN、${meeting}で${topic}について${random.pick(['協議', '意見交換', '協力を確認'])}`,
    sentences: [
      '茂木大臣から，ASEANの一体性と中心性を一貫して支持する旨述べました。',
      '各国外相から，日本の支援に対する謝意が表明されました。',
      '海洋安全保障，連結性及びデジタル分野での協力を進めていくことで一致しました。',
      '南シナ海について，力による一方的な現状変更の試みに深刻な懸念を表明しました。',
      'ミャンマー情勢については，「5つのコンセンサス」の早期実施を求めました。',
      '「インド太平洋に関するASEANアウトルック」（AOIP）への全面的な支持を表明しました。',
      '新型コロナウイルス感染症対策として，ワクチンの供与を含む支援を説明しました。',
      '次期の日・ASEAN関係調整国が歓迎されました。',
    ],
    joiner: '',
  },
];
/** The publisher of an English report whose Japanese version a generated Japanese report is. */
const MOFA_ENGLISH = { publisher: 'Ministry of Foreign Affairs of Japan', publisherShort: 'MOFA' };
const FORMATS = ['online', 'in-person', 'hybrid', 'not stated'] as const;
const COUNTRIES = [
  'Japan',
  'Viet Nam',
  'Thailand',
  'Indonesia',
  'Malaysia',
  'the Philippines',
  'Singapore',
  'Brunei Darussalam',
  'Cambodia',
  'Lao PDR',
  'Myanmar',
];
const NAME_SYLLABLES = [
  'an',
  'ba',
  'chai',
  'da',
  'ek',
  'fu',
  'ha',
  'ito',
  'ja',
  'ka',
  'lin',
  'ma',
  'no',
  'pra',
  'ri',
  'sa',
  'to',
  'wi',
  'ya',
  'zu',
];
const OFFICES = [
  'Minister of Foreign Affairs',
  'Deputy Minister of Foreign Affairs',
  'Minister of Trade',
  'Ambassador to ASEAN',
  'Head of the SOM delegation',
];
const TOPIC_WORDS = [
  'maritime',
  'digital',
  'energy',
  'disaster',
  'food',
  'youth',
  'health',
  'finance',
  'climate',
  'cyber',
  'water',
  'rail',
];
const TOPIC_NOUNS = ['cooperation', 'security', 'resilience', 'exchange', 'partnership', 'framework', 'initiative', 'dialogue'];
const TOPIC_KINDS = ['subject', 'place', 'body', 'agreement', 'initiative', 'event'] as const;

// 1977: the first ASEAN–Japan summit; the last date leaves room for a publication a day later.
const FIRST_DAY = Date.UTC(1977, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY_MS = 86_400_000;

/** Reads the paragraphs, notes and entity names the generator recombines. */
export async function readRealArchive(contentDir: string): Promise<RealArchive> {
  const yamlIn = async (folder: string) => {
    const names = (await readdir(join(contentDir, folder))).filter((name) => /\.ya?ml$/.test(name)).sort();
    return Promise.all(
      names.map(async (name) => {
        const data = load(await readFile(join(contentDir, folder, name), 'utf-8')) as { name: string; country?: string };
        return { id: name.replace(/\.ya?ml$/, ''), name: data.name, country: data.country };
      }),
    );
  };
  const articleFiles = (await readdir(join(contentDir, 'articles'))).filter((name) => name.endsWith('.mdx')).sort();
  const articles = await Promise.all(
    articleFiles.map(async (name) => {
      const { frontmatter, content } = parseFrontmatter(await readFile(join(contentDir, 'articles', name), 'utf-8'));
      const data = frontmatter as { notes?: RealArticle['notes'] };
      return {
        paragraphs: content
          .split(/\n\s*\n/)
          .map((paragraph) => paragraph.trim())
          .filter(Boolean),
        notes: data.notes ?? [],
      };
    }),
  );
  return { articles, people: await yamlIn('people'), topics: await yamlIn('topics') };
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const ordinal = (n: number) => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};
// js-yaml quotes strings that would read back as dates or numbers, as the schema requires.
const yaml = (data: unknown) => dump(data, { lineWidth: -1 });

function generatePeople(random: SeededRandom, count: number, takenIds: Set<string>): Entity[] {
  const people: Entity[] = [];
  while (people.length < count) {
    const word = () => {
      const text = Array.from({ length: random.int(2, 3) }, () => random.pick(NAME_SYLLABLES)).join('');
      return text[0].toUpperCase() + text.slice(1);
    };
    const name = `${word()} ${word()}`;
    const id = slugify(name);
    if (takenIds.has(id)) continue;
    takenIds.add(id);
    people.push({ id, name, country: random.pick(COUNTRIES) });
  }
  return people;
}

function generateTopics(random: SeededRandom, count: number, takenIds: Set<string>): Entity[] {
  const topics: Entity[] = [];
  for (let index = 1; topics.length < count; index++) {
    const base = `${random.pick(TOPIC_WORDS)} ${random.pick(TOPIC_NOUNS)}`;
    const name = `${base[0].toUpperCase()}${base.slice(1)} ${index}`;
    const id = slugify(name);
    if (takenIds.has(id)) continue;
    takenIds.add(id);
    topics.push({ id, name });
  }
  return topics;
}

/** The whole synthetic archive: meetings, their articles, the received files in `sources/`, generated people and topics. */
export function generateArchive(
  real: RealArchive,
  { articles: articleCount, seed = 1, people: peopleCount = Math.ceil(articleCount / 20) }: SyntheticArchiveOptions,
): ArchiveFiles {
  const random = new SeededRandom(seed);
  // The reports' languages are drawn from a stream of their own, so the English reports are those of the same seed
  // without other languages.
  const languageRandom = new SeededRandom(seed ^ 0x1a2b3c4d);
  const text = new DiplomaticText(seed ^ 0x5e7a11ed);
  const files: ArchiveFiles = new Map();
  const takenIds = new Set([...real.people, ...real.topics].map((entity) => entity.id));

  const newPeople = generatePeople(random, peopleCount, takenIds);
  const newTopics = generateTopics(random, Math.ceil(articleCount / 50), takenIds);
  for (const person of newPeople) {
    const from = random.int(1977, 2024);
    files.set(
      `people/${person.id}.yaml`,
      yaml({
        name: person.name,
        variants: [person.name.split(' ')[1]],
        country: person.country,
        offices: [
          { title: `${random.pick(OFFICES)} of ${person.country}`, from: String(from), to: String(from + random.int(1, 5)) },
        ],
      }),
    );
  }
  for (const topic of newTopics) {
    files.set(
      `topics/${topic.id}.yaml`,
      yaml({
        name: topic.name,
        kind: random.pick(TOPIC_KINDS),
        aliases: [topic.name.toLowerCase()],
        description: `A generated topic for the benchmark: ${topic.name.toLowerCase()} between ASEAN and Japan.`,
      }),
    );
  }

  const people = [...real.people, ...newPeople];
  const topics = [...real.topics, ...newTopics];
  const paragraphs = real.articles.flatMap((article) => article.paragraphs);
  const notes = real.articles.flatMap((article) => article.notes);
  const dayCount = Math.floor((LAST_DAY - FIRST_DAY) / DAY_MS);

  // Meetings of one to four reports each, from different publishers, until there are as many reports as asked for.
  for (let index = 1, meetingIndex = 1; index <= articleCount; meetingIndex++) {
    const series = random.pick(MEETING_SERIES);
    const number = random.int(1, 60);
    const meetingName = `${ordinal(number)} ${series}`;
    const meetingId = `${slugify(meetingName)}-${meetingIndex}`;
    const meetingDay = FIRST_DAY + random.int(0, dayCount) * DAY_MS;
    const dateBasis = random.pick(['stated', 'relative', 'publication'] as const);
    const participants = random.sample(people, random.int(2, 4));
    files.set(
      `meetings/${meetingId}.yaml`,
      yaml({
        name: meetingName,
        series,
        number,
        ...(random.next() < 0.3 && { partOf: `${ordinal(random.int(10, 58))} ${random.pick(HOST_GATHERINGS)}` }),
        date: isoDay(meetingDay),
        dateBasis,
        format: random.pick(FORMATS),
      }),
    );
    const publishers = random.sample(PUBLISHERS, Math.min(random.int(1, 4), articleCount - index + 1));
    const meetingReports: { slug: string; frontmatter: Record<string, unknown>; body: string[]; headline: string }[] = [];
    for (const publisher of publishers) {
      const publicationDay = dateBasis === 'publication' ? meetingDay : meetingDay + DAY_MS * random.int(1, 2);
      const articleTopics = random.sample(topics, random.int(3, 10));
      let body = Array.from({ length: random.int(5, 14) }, () => text.paragraph());
      if (random.next() < REAL_PARAGRAPH_SHARE) body.splice(random.int(0, body.length), 0, random.pick(paragraphs));
      let headline = `ASEAN and Japan ${random.pick(VERBS)} ${articleTopics[0].name} at the ${meetingName}`;
      const draw = languageRandom.next();
      const language = LANGUAGE_TEXTS.find(
        (_, at) => draw < LANGUAGE_TEXTS.slice(0, at + 1).reduce((sum, { share }) => sum + share, 0),
      );
      const original = meetingReports.find(({ frontmatter }) => frontmatter.lang === undefined);
      const translationOf = language?.lang === 'ja' && original && languageRandom.next() < 0.5 ? original : undefined;
      if (language) {
        headline = language.headline(articleTopics[0].name, meetingName, languageRandom);
        body = Array.from({ length: body.length }, () =>
          languageRandom.sample(language.sentences, languageRandom.int(2, 3)).join(language.joiner),
        );
      }
      // The English report it is a version of is then the ministry's own release.
      if (translationOf) {
        const { date } = translationOf.frontmatter.publication as { date: string };
        translationOf.frontmatter.publication = { ...MOFA_ENGLISH, date };
      }
      const slug = `${isoDay(publicationDay)}-${slugify(series)}-${index}`;
      const mentioned =
        random.next() < 0.3
          ? random.sample(
              people.filter((person) => !participants.includes(person)),
              1,
            )
          : [];

      const frontmatter = {
        ...(language && { lang: language.lang }),
        ...(translationOf && { translationOf: translationOf.slug }),
        headline,
        summary: `${participants[0].name} and ${participants[1].name} met at the ${meetingName} and discussed ${articleTopics
          .slice(0, 3)
          .map((topic) => topic.name)
          .join(', ')}.`,
        meeting: { id: meetingId },
        publication: { ...(language?.publisher ?? publisher), date: isoDay(publicationDay) },
        participants: participants.map((person, position) => ({
          person: person.id,
          role: `Minister of Foreign Affairs of ${person.country ?? 'Japan'}`,
          coChair: position < 2,
        })),
        mentions: mentioned.map((person) => ({ person: person.id, role: `Prime Minister of ${person.country ?? 'Japan'}` })),
        topics: articleTopics.map((topic) => topic.id),
        // The real notes stay with the phrases they are about, wherever those land.
        notes: notes.filter((note) => body.some((paragraph) => paragraph.includes(note.about))),
        // The headline is the publisher's, so it comes from the received file's frame, as the content check requires.
        source: { file: `${slug}.txt`, frame: [headline] },
      };
      meetingReports.push({ slug, frontmatter, body, headline });
      index += 1;
    }
    for (const { slug, frontmatter, body, headline } of meetingReports) {
      files.set(`articles/${slug}.mdx`, `---\n${yaml(frontmatter)}---\n\n${body.join('\n\n')}\n`);
      // Each report has its own received file, as in the real archive (one /sources/ page per file): its headline and
      // the body's paragraphs without their markup, so the build's word-for-word check holds for the recombined text.
      files.set(
        `sources/${slug}.txt`,
        `${[headline, ...body.map((paragraph) => mdxBodyWords(paragraph).join(' '))].join('\n\n')}\n`,
      );
    }
  }
  return files;
}

/**
 * The share of the archive's reports whose body holds every word of `query` (whole words, any case), as Pagefind
 * finds them but for its stemming: how common the bench's queries are in the corpus it measures.
 */
export function shareOfReportsHolding(files: ArchiveFiles, query: string): number {
  const words = query
    .split(/\s+/)
    .map((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu'));
  const bodies = [...files]
    .filter(([path]) => path.startsWith('articles/'))
    .map(([, text]) => text.slice(text.indexOf('\n---\n', 4)));
  return bodies.filter((body) => words.every((word) => word.test(body))).length / bodies.length;
}

/** Writes a synthetic archive to `dir` (emptied first), with the real people, topics, glossary and sources beside it. */
export async function writeArchive(dir: string, files: ArchiveFiles, realContentDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const folder of ['people', 'topics', 'glossary', 'sources']) {
    await cp(join(realContentDir, folder), join(dir, folder), { recursive: true });
  }
  for (const folder of ['articles', 'meetings']) await mkdir(join(dir, folder), { recursive: true });
  for (const [path, text] of files) await writeFile(join(dir, path), text);
}

/**
 * Changes one word of the first report (by file name) and of its received file alike, as an editor correcting
 * a report would, for the benchmark's rebuild after one change. Returns the report's file name.
 */
export async function editOneReport(dir: string): Promise<string> {
  // The first English report: a Vietnamese or Japanese one has no "the" to change.
  const names = (await readdir(join(dir, 'articles'))).filter((file) => file.endsWith('.mdx')).sort();
  const texts = await Promise.all(names.map((file) => readFile(join(dir, 'articles', file), 'utf-8')));
  const name = names[texts.findIndex((text) => !/^lang: /m.test(text.slice(0, text.indexOf('\n---\n', 4))))];
  if (name === undefined) throw new Error(`${dir}: no English report to change`);
  const articleFile = join(dir, 'articles', name);
  const sourceFile = join(dir, 'sources', name.replace(/\.mdx$/, '.txt'));
  const change = (text: string, from: number) => {
    const at = text.indexOf(' the ', from);
    if (at < 0) throw new Error(`${name}: no "the" to change`);
    return `${text.slice(0, at)} this ${text.slice(at + ' the '.length)}`;
  };
  const mdx = await readFile(articleFile, 'utf-8');
  await writeFile(articleFile, change(mdx, mdx.indexOf('\n---\n', 4)));
  // In the received file, past its first block (the headline, which the frame takes out).
  const received = await readFile(sourceFile, 'utf-8');
  await writeFile(sourceFile, change(received, received.indexOf('\n\n')));
  return name;
}
