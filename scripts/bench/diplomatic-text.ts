/**
 * English report bodies with the term frequencies of a real archive of diplomatic news: words drawn from a ranked
 * vocabulary with Zipf's law (the word of rank r about 1/r as often as the most common), so a few words are in nearly
 * every report (ASEAN, Japan, minister, cooperation, meeting), a middle band in some, and a long tail of rare names
 * and places in a handful each. Sentences of 15–30 words, paragraphs of one to four sentences.
 */
import { SeededRandom } from './random.ts';

/** The vocabulary's head, most common first: a real report's commonest words. */
const HEAD = `
the, of, ASEAN, Japan, and, to, in, minister, cooperation, meeting,
on, said, a, for, countries, regional, with, foreign, ministers, Japanese,
region, development, partnership, support, economic, the two sides, agreed, leaders, member, also,
relations, summit, security, trade, Viet Nam, peace, stability, its, welcomed, further,
discussed, strengthen, areas, including, Southeast Asia, as, at, international, promote, important,
connectivity, framework, joint, investment, dialogue, continue, by, highly, appreciated, role,
community, Prime Minister, friendship, initiative, Indo-Pacific, maritime, digital, people, exchanges, centrality,
unity, committed, would, affirmed, issues, sustainable, growth, Thailand, Indonesia, Malaysia,
Philippines, Singapore, Cambodia, Myanmar, Lao PDR, Brunei, infrastructure, energy, climate, change,
resilience, health, recovery, economy, comprehensive, strategic, future, year, anniversary, Tokyo,
Ha Noi, Jakarta, Bangkok, Manila, Kuala Lumpur, Phnom Penh, Vientiane, Bandar Seri Begawan, Nay Pyi Taw, capacity,
building, assistance, projects, programme, fund, official, delegation, chaired, co-chaired, statement,
declaration, plan, action, implementation, progress, review, outcome, commitment, shared, values,
law, freedom, navigation, overflight, disputes, peaceful, means, restraint, concern, situation,
pandemic, COVID-19, medical, supplies, public, centre, disaster, management, humanitarian,
youth, students, scholarships, culture, tourism, small, medium, enterprises, supply, chains,
South China Sea, denuclearisation, terrorism, cybersecurity, transnational, crime, food, water,
Mekong, subregion, narrowing, gap, integration, smart, cities, green, transformation, innovation,
Kishida, Hayashi, Kamikawa, Iwaya, Abe, Suga, Ishiba, Kono, Okada,
science, technology, education, training, human, resources, agriculture, fisheries, environment, marine,
plastic, debris, ageing, society, universal, coverage, quality, standards, customs, logistics,
AOIP, UNCLOS, RCEP, AJCEP, JAIF, ASEAN Secretariat, Secretary-General, Chair, coordinator
`
  .trim()
  .split(/,\s*/);
/**
 * The bench's queries, each at the rank that puts it in a minority of English reports as in a real archive of
 * fifty years: "vaccine" in about one in eight, "ACPHEED" (named in 2020) in a few in a hundred.
 */
const PLACED_RANKS = new Map([
  ['vaccine', 300],
  ['East Sea', 350],
  ['Korean Peninsula', 450],
  ['Motegi', 900],
  ['ACPHEED', 1600],
]);
/** Rare words: a tail of names of people and places, made of syllables, each in a few reports. */
const TAIL_SIZE = 30_000;
const SYLLABLES =
  'an ba bun chai da dong ek fu ha hiro ito ja ka kam lin ma mi na no ok phon pra ri sa sak shi som su ta thi to tran u vi wi ya zu'.split(
    ' ',
  );
const SENTENCE_WORDS = [15, 30] as const;
const PARAGRAPH_SENTENCES = [1, 4] as const;
const COMMA_CHANCE = 0.08;

/** Draws the words of English reports: one per archive, from its seed. */
export class DiplomaticText {
  readonly #random: SeededRandom;
  readonly #words: string[];
  /** Each rank's cumulative probability, for drawing a rank by binary search. */
  readonly #cumulative: Float64Array;

  constructor(seed: number) {
    this.#random = new SeededRandom(seed);
    const taken = new Set([...HEAD, ...PLACED_RANKS.keys()].map((word) => word.toLowerCase()));
    const tail: string[] = [];
    while (tail.length < TAIL_SIZE) {
      const word = Array.from({ length: this.#random.int(2, 4) }, () => this.#random.pick(SYLLABLES)).join('');
      if (taken.has(word)) continue;
      taken.add(word);
      tail.push(word[0].toUpperCase() + word.slice(1));
    }
    this.#words = [...HEAD, ...tail];
    for (const [word, rank] of PLACED_RANKS) this.#words.splice(rank - 1, 0, word);
    this.#cumulative = new Float64Array(this.#words.length);
    let sum = 0;
    this.#words.forEach((_, rank) => (this.#cumulative[rank] = sum += 1 / (rank + 1)));
    this.#cumulative.forEach((value, rank) => (this.#cumulative[rank] = value / sum));
  }

  /** One word (or name of several words) by Zipf's law over the vocabulary's ranks. */
  word(): string {
    const draw = this.#random.next();
    let low = 0;
    let high = this.#cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#cumulative[middle] < draw) low = middle + 1;
      else high = middle;
    }
    return this.#words[low];
  }

  sentence(): string {
    const length = this.#random.int(...SENTENCE_WORDS);
    const words = Array.from({ length }, (_, at) => {
      const word = this.word();
      return at < length - 1 && this.#random.next() < COMMA_CHANCE ? `${word},` : word;
    });
    return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`;
  }

  paragraph(): string {
    return Array.from({ length: this.#random.int(...PARAGRAPH_SENTENCES) }, () => this.sentence()).join(' ');
  }
}
