import { describe, expect, it } from 'vitest';
import { aliasMatch, entityAlias, paragraphSaying, taggedName } from '../../src/lib/alias-match.ts';
import { allowedEdits, closestEntities, editDistance, foldName, type NameEntry } from '../../src/lib/search-suggestions.ts';

describe('foldName', () => {
  it('drops case, accents and punctuation, and reads Đ as D', () => {
    expect(foldName('Biển Đông')).toBe('bien dong');
    expect(foldName('  ASEAN–Japan  (AJCEP) ')).toBe('asean japan ajcep');
    expect(foldName('Bùi Thanh Sơn')).toBe(foldName('bui thanh son'));
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['motegi', 'motegi', 0],
    ['montegi', 'motegi', 1],
    ['pramudwinia', 'pramudwinai', 1],
    ['ca', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['', 'asean', 5],
    ['茂木敏', '茂木敏充', 1],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('allowedEdits', () => {
  it('allows none for one or two letters, then one per four', () => {
    expect([1, 2, 3, 7, 8, 11, 16].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2, 4]);
  });
});

const entries: NameEntry[] = [
  ['/people/motegi-toshimitsu/', 'person', 'Toshimitsu Motegi', 'Motegi Toshimitsu', 'Motegi Toshimits', 'Motegi', '茂木敏充'],
  ['/people/don-pramudwinai/', 'person', 'Don Pramudwinai', 'ดอน ปรมัตถ์วินัย'],
  ['/people/mori-takeo/', 'person', 'Takeo Mori', 'Mori Takeo', 'Mori'],
  ['/topics/south-china-sea/', 'topic', 'South China Sea', 'East Sea', 'Biển Đông', 'Bien Dong', '南シナ海'],
  ['/topics/myanmar/', 'topic', 'Myanmar', 'Burma'],
  ['/glossary/coc/', 'glossary', 'COC', 'Code of Conduct in the South China Sea'],
  ['/glossary/som/', 'glossary', 'SOM', "Senior Officials' Meeting"],
];
const closest = (query: string) => closestEntities(query, entries).map(({ href, matched }) => [href, matched]);

describe('closestEntities', () => {
  it('suggests the person a misspelt name is closest to', () => {
    // One edit from his name's last word: no other name need be named.
    expect(closest('Montegi')).toEqual([['/people/motegi-toshimitsu/', undefined]]);
    expect(closest('Pramudwinia')).toEqual([['/people/don-pramudwinai/', undefined]]);
    expect(closest('don pramudwinia')).toEqual([['/people/don-pramudwinai/', undefined]]);
  });

  it('finds a topic through its alias, and says which', () => {
    expect(closest('Bien Dongg')).toEqual([['/topics/south-china-sea/', 'Biển Đông']]);
    expect(closest('Burmah')).toEqual([['/topics/myanmar/', 'Burma']]);
  });

  it('ranks the closest first, and gives each entity once', () => {
    const seas: NameEntry[] = [
      ['/topics/far/', 'topic', 'Java Seas'],
      ['/topics/near/', 'topic', 'Java Sea', 'Sea of Java'],
    ];
    expect(closestEntities('Jawa Sea', seas).map(({ href }) => href)).toEqual(['/topics/near/', '/topics/far/']);
    expect(closest('Code of Conduct').map(([href]) => href)).toEqual(['/glossary/coc/']);
  });

  it('suggests nothing for a word far from every name, or too short to guess', () => {
    expect(closest('xyzzy')).toEqual([]);
    expect(closest('Mo')).toEqual([]);
    expect(closest('  ')).toEqual([]);
  });

  it('gives at most the limit', () => {
    const many: NameEntry[] = Array.from({ length: 10 }, (_, i) => [`/topics/t${i}/`, 'topic', `Topic ${i}`]);
    expect(closestEntities('Topic', many, 3)).toHaveLength(3);
  });
});

describe('aliasMatch', () => {
  const groups = [
    ['Toshimitsu Motegi', 'Motegi Toshimitsu', 'Motegi'],
    ['South China Sea', 'East Sea', 'Biển Đông', 'Bien Dong'],
    ['Code of Conduct in the South China Sea', 'COC', 'Code of Conduct in the East Sea'],
  ];
  const text = (parts: { text: string; marked: boolean }[]) =>
    parts.map(({ text, marked }) => (marked ? `[${text}]` : text)).join('');

  it('names what the report says for the alias searched, and marks it', () => {
    const content = 'Minister Sơn affirmed ASEAN’s stance on the East Sea issue. The East-Sea area must stay peaceful.';
    const match = aliasMatch('bien dong', groups, content, 24)!;
    expect([match.alias, match.found]).toEqual(['Bien Dong', 'East Sea']);
    expect(text(match.excerpt)).toBe(
      'Minister Sơn affirmed ASEAN’s stance on the [East Sea] issue. The [East-Sea] area must stay peaceful.',
    );
  });

  it('prefers the entity the query names whole over one whose longer name holds it', () => {
    const content = 'They will build the Code of Conduct in the East Sea, and keep the East Sea at peace.';
    const match = aliasMatch('South China Sea', groups, content, 24)!;
    expect([match.alias, match.found]).toEqual(['South China Sea', 'East Sea']);
    expect(text(match.excerpt)).toContain('[East Sea], and keep the [East Sea]');
  });

  it('keeps the excerpt to about the words given, round the first mention', () => {
    const before = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const match = aliasMatch('Bien Dong', groups, `${before} the East Sea ${before}`, 12)!;
    const words = text(match.excerpt).split(' ');
    expect(words).toHaveLength(12);
    expect(words.slice(0, 4)).toEqual(['w38', 'w39', 'the', '[East']);
  });

  it('counts the words of Thai and Japanese, written without spaces, as Intl.Segmenter finds them', () => {
    const thai = [['South China Sea', 'ทะเลจีนใต้']];
    const before = 'ที่ประชุมยังได้แลกเปลี่ยนความเห็นเกี่ยวกับสถานการณ์ในเมียนมาโดยยืนยันว่าฉันทามติเป็นแนวทางหลักของอาเซียน';
    const content = `${before}รวมทั้งเน้นย้ำเสรีภาพในการเดินเรือในทะเลจีนใต้และการรักษาสันติภาพ ${before}`;
    const excerpt = text(aliasMatch('South China Sea', thai, content, 8)!.excerpt);
    // Eight words of a text whose one run without spaces has some forty: not the whole run.
    expect(excerpt).toContain('[ทะเลจีนใต้]');
    expect(excerpt.length).toBeLessThan(content.length / 3);
    expect(content).toContain(excerpt.replace(/[[\]]/g, ''));
  });

  it('says nothing when the text holds the words searched, or no name of the matched entity', () => {
    expect(aliasMatch('East Sea', groups, 'On the East Sea issue.', 24)).toBeUndefined();
    expect(aliasMatch('vacc', groups, 'Vaccines for all.', 24)).toBeUndefined();
    expect(aliasMatch('Bien Dong', groups, 'Nothing about the sea.', 24)).toBeUndefined();
    expect(aliasMatch('Motegi', [], 'Minister Toshimitsu Motegi.', 24)).toBeUndefined();
    expect(aliasMatch(' ', groups, 'East Sea', 24)).toBeUndefined();
  });
});

describe('taggedName', () => {
  const groups = [
    ['Toshimitsu Motegi', 'Motegi Toshimitsu', '茂木敏充'],
    ['Don Pramudwinai', 'ดอน ปรมัตถ์วินัย'],
  ];

  it('names the tagged entity whose name the query matches, by its first name, accents and case aside', () => {
    expect(taggedName('pramudwinai', groups)).toBe('Don Pramudwinai');
    expect(taggedName('ดอน', groups)).toBe('Don Pramudwinai');
    expect(taggedName('茂木', groups)).toBe('Toshimitsu Motegi');
  });

  it('names none when no name of a tagged entity matches', () => {
    expect(taggedName('Thanh', groups)).toBeUndefined();
    expect(taggedName('  ', groups)).toBeUndefined();
  });
});

describe('entityAlias', () => {
  const sea = ['South China Sea', 'East Sea', 'Biển Đông', 'Bien Dong'];
  it('gives the other name a query found an entity by, spelt as the query is', () => {
    expect(entityAlias('bien dong', 'South China Sea', sea)).toBe('Bien Dong');
    expect(entityAlias('Biển Đông', 'South China Sea', sea)).toBe('Biển Đông');
    expect(entityAlias('East', 'South China Sea', sea)).toBe('East Sea');
  });

  it('gives none when the title holds the query', () => {
    expect(entityAlias('china', 'South China Sea', sea)).toBeUndefined();
    expect(entityAlias('Motegi', 'Toshimitsu Motegi', ['Toshimitsu Motegi', 'Motegi'])).toBeUndefined();
  });
});

describe('paragraphSaying', () => {
  it('finds the first report paragraph that says the name, as whole words', () => {
    const anchors = [
      { id: 'article-headline', text: 'The East Sea' },
      { id: 'p-1', text: 'The Eastern Seaboard.' },
      { id: 'p-2', text: 'On the East-Sea issue.' },
      { id: 'p-3', text: 'The East Sea again.' },
    ];
    expect(paragraphSaying(anchors, 'East Sea')).toBe('p-2');
    expect(paragraphSaying(anchors, 'Bien Dong')).toBeUndefined();
  });
});
