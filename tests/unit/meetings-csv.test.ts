import { describe, expect, it } from 'vitest';
import { meetingsCsv, participantsCsv, participations, reportsCsv } from '../../src/lib/meetings-csv.ts';

const url = (path: string) => `https://archive.test${path}`;
const report = (
  id: string,
  meeting: string,
  headline: string,
  headlineSupplied = false,
  lang?: string,
  translationOf?: string,
) => ({
  id,
  data: {
    headline,
    headlineSupplied,
    lang,
    translationOf,
    meeting: { id: meeting },
    publication: { publisher: 'News, Daily', type: 'newspaper' as const, date: { iso: '2021-08-03' } },
  },
});

describe('meetingsCsv', () => {
  it('writes one row per meeting with its facts and report count, empty cells for facts it lacks, hostile names inert', () => {
    const csv = meetingsCsv(
      [
        {
          id: 'm',
          data: {
            name: '=cmd|" /C calc"!A0',
            series: 'ASEAN–Japan Forum',
            number: 35,
            partOf: 'Summit, 2021',
            date: { iso: '2021-08', precision: 'month' },
            dateBasis: 'stated',
            format: 'online',
            place: '@Jakarta',
          },
          reports: [report('a', 'm', 'A'), report('b', 'm', 'B'), report('c', 'm', 'C')],
        },
        {
          id: 'n',
          data: { name: 'Plain', date: { iso: '2022-01-02', precision: 'day' }, dateBasis: 'publication', format: 'not stated' },
          reports: [report('d', 'n', 'D')],
        },
      ],
      { url },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'id,name,series,number,part_of,date,date_precision,date_basis,format,place,report_count,meeting_url',
      `m,"'=cmd|"" /C calc""!A0",ASEAN–Japan Forum,35,"Summit, 2021",2021-08,month,stated,online,'@Jakarta,3,https://archive.test/meetings/m/`,
      'n,Plain,,,,2022-01-02,day,publication,not stated,,1,https://archive.test/meetings/n/',
      '',
    ]);
  });
});

/** A report whose publisher's name is Vietnamese, as its `publisherLang` says. */
const vietnamese = (({ id, data }) => ({
  id,
  data: { ...data, publication: { ...data.publication, publisher: 'Thông tấn xã Việt Nam', publisherLang: 'vi' } },
}))(report('d', 'm', 'Tin Việt', false, 'vi'));

/** A ministry's release on its own site. */
const ministryPage = (({ id, data }) => ({
  id,
  data: {
    ...data,
    publication: { ...data.publication, publisher: 'Ministry of Foreign Affairs of Japan', type: 'website' as const },
  },
}))(report('e', 'm', 'Japan-ASEAN Foreign Ministers’ Meeting'));

describe('reportsCsv', () => {
  it('writes one row per report with its meeting’s id, what it is cited as, a supplied headline in brackets, hostile text inert', () => {
    const csv = reportsCsv(
      [
        report('a', 'm', '-1 for Japan'),
        report('b', 'm', 'Supplied, here', true),
        report('c', 'm', '日・ASEAN外相会議', false, 'ja', 'a'),
        vietnamese,
        ministryPage,
      ],
      { url },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'report_id,meeting_id,publisher,publisher_language,publication_type,publication_date,headline,language,translation_of,url',
      `a,m,"News, Daily",en,newspaper,2021-08-03,'-1 for Japan,en,,https://archive.test/articles/a/`,
      'b,m,"News, Daily",en,newspaper,2021-08-03,"[Supplied, here]",en,,https://archive.test/articles/b/',
      'c,m,"News, Daily",en,newspaper,2021-08-03,日・ASEAN外相会議,ja,a,https://archive.test/articles/c/',
      'd,m,Thông tấn xã Việt Nam,vi,newspaper,2021-08-03,Tin Việt,vi,,https://archive.test/articles/d/',
      'e,m,Ministry of Foreign Affairs of Japan,en,website,2021-08-03,Japan-ASEAN Foreign Ministers’ Meeting,en,,https://archive.test/articles/e/',
      '',
    ]);
  });
});

describe('participants.csv', () => {
  const reports = [
    {
      id: 'a',
      data: {
        meeting: { id: 'm' },
        participants: [
          { person: { id: 'son' }, role: 'Minister of Foreign Affairs; co-chair', coChair: true },
          { person: { id: 'motegi' }, role: 'Foreign Minister', coChair: false },
        ],
        mentions: [{ person: { id: 'suga' }, role: '=Prime Minister' }],
      },
    },
    {
      id: 'b',
      data: {
        meeting: { id: 'm' },
        participants: [{ person: { id: 'son' }, role: 'Foreign Minister', coChair: false }],
        mentions: [],
      },
    },
  ];
  const names: Record<string, string> = { son: 'Bùi Thanh Sơn', motegi: 'Motegi Toshimitsu', suga: 'Suga, Yoshihide' };

  it('has one row per person per report, with the role that report gives, co-chair yes or no, took part or mentioned', () => {
    const rows = participations(reports, (id) => names[id]);
    expect(rows.map(({ reportId, personId, appearance }) => `${reportId} ${personId} ${appearance}`)).toEqual([
      'a son participant',
      'a motegi participant',
      'a suga mentioned',
      'b son participant',
    ]);
    const csv = participantsCsv(rows, { url });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'meeting_id,report_id,person_id,person_name,role,co_chair,appearance',
      // A role with "; " stays one cell: one row per person, never names joined in one cell.
      'm,a,son,Bùi Thanh Sơn,Minister of Foreign Affairs; co-chair,yes,participant',
      'm,a,motegi,Motegi Toshimitsu,Foreign Minister,no,participant',
      `m,a,suga,"Suga, Yoshihide",'=Prime Minister,no,mentioned`,
      'm,b,son,Bùi Thanh Sơn,Foreign Minister,no,participant',
      '',
    ]);
  });
});
