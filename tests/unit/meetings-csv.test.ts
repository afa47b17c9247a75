import { describe, expect, it } from 'vitest';
import { meetingsCsv } from '../../src/lib/meetings-csv.ts';

describe('meetingsCsv', () => {
  it('writes a row per article with participants and roles, and keeps hostile names inert', () => {
    const csv = meetingsCsv(
      [
        {
          id: 'a',
          data: {
            meeting: { name: '=cmd|" /C calc"!A0', date: { iso: '2021-08' } },
            publication: { publisher: 'News, Daily', date: { iso: '2021-08-03' } },
            participants: [
              { person: { id: 'p' }, role: 'Minister', coChair: true },
              { person: { id: 'q' }, role: 'Envoy' },
            ],
            topics: [{ id: 't' }, { id: 'u' }],
          },
        },
      ],
      {
        personName: (id) => (id === 'p' ? 'Ana' : '@Bo'),
        topicName: (id) => id.toUpperCase(),
        url: (path) => `https://archive.test${path}`,
      },
    );
    expect(csv.split('\r\n')).toEqual([
      'date,meeting,publisher,publication_date,participants,topics,article_url',
      `2021-08,"'=cmd|"" /C calc""!A0","News, Daily",2021-08-03,"Ana (Minister, co-chair); @Bo (Envoy)",T; U,https://archive.test/articles/a/`,
      '',
    ]);
  });
});
