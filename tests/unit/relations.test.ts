import { describe, expect, it } from 'vitest';
import { appearancesByPerson, articlesByTopic } from '../../src/lib/relations.ts';

const article = (id: string, participants: string[], mentions: string[], topics: string[]) => ({
  id,
  data: {
    participants: participants.map((person, index) => ({
      person: { id: person },
      role: `role of ${person}`,
      coChair: index === 0,
    })),
    mentions: mentions.map((person) => ({ person: { id: person }, role: `mentioned ${person}` })),
    topics: topics.map((id) => ({ id })),
  },
});

describe('appearancesByPerson', () => {
  it('separates taking part from being mentioned, in article order', () => {
    const first = article('first', ['dung', 'mori'], ['suga'], []);
    const second = article('second', ['son'], ['mori'], []);
    const index = appearancesByPerson([first, second]);
    expect(index.get('mori')).toEqual([
      { article: first, role: 'role of mori', participant: true, coChair: false },
      { article: second, role: 'mentioned mori', participant: false, coChair: false },
    ]);
    expect(index.get('dung')?.[0].coChair).toBe(true);
    expect(index.get('suga')?.map((a) => a.participant)).toEqual([false]);
    expect(index.has('nobody')).toBe(false);
  });
});

describe('articlesByTopic', () => {
  it('lists each tagged article once per topic', () => {
    const first = article('first', ['a'], [], ['covid-19', 'south-china-sea']);
    const second = article('second', ['a'], [], ['south-china-sea']);
    const index = articlesByTopic([first, second]);
    expect(index.get('south-china-sea')).toEqual([first, second]);
    expect(index.get('covid-19')).toEqual([first]);
  });
});
