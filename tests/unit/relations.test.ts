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

  it('lists a report once for a person it lists both as taking part and as mentioned, as their taking part', () => {
    const both = article('both', ['son', 'motegi'], ['motegi'], []);
    const later = article('later', [], ['motegi'], []);
    expect(appearancesByPerson([both, later]).get('motegi')).toEqual([
      { article: both, role: 'role of motegi', participant: true, coChair: false },
      { article: later, role: 'mentioned motegi', participant: false, coChair: false },
    ]);
  });

  it('gives both roles of a person listed twice in one list, and co-chair if either entry says so', () => {
    const twice = {
      id: 'twice',
      data: {
        participants: [
          { person: { id: 'son' }, role: 'Minister of Foreign Affairs', coChair: false },
          { person: { id: 'son' }, role: 'Country coordinator', coChair: true },
          { person: { id: 'son' }, role: 'Country coordinator', coChair: false },
        ],
        mentions: [
          { person: { id: 'aso' }, role: 'Prime Minister' },
          { person: { id: 'aso' }, role: 'Prime Minister' },
        ],
        topics: [],
      },
    };
    const index = appearancesByPerson([twice]);
    expect(index.get('son')).toEqual([
      { article: twice, role: 'Minister of Foreign Affairs; Country coordinator', participant: true, coChair: true },
    ]);
    expect(index.get('aso')).toEqual([{ article: twice, role: 'Prime Minister', participant: false, coChair: false }]);
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

  it('lists an article once for a topic it lists twice', () => {
    const twice = article('twice', [], [], ['myanmar', 'myanmar']);
    expect(articlesByTopic([twice]).get('myanmar')).toEqual([twice]);
  });
});
