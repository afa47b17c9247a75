import { csvTable } from './csv.ts';
import { paths } from './urls.ts';

interface CsvArticle {
  id: string;
  data: {
    meeting: { name: string; date: { iso: string } };
    publication: { publisher: string; date: { iso: string } };
    participants: readonly { person: { id: string }; role: string; coChair?: boolean }[];
    topics: readonly { id: string }[];
  };
}

export const MEETINGS_CSV_HEADER = [
  'date',
  'meeting',
  'publisher',
  'publication_date',
  'participants',
  'topics',
  'article_url',
] as const;

/**
 * One row per article: the meeting's date (ISO, to the precision the report gives) and name, the publisher,
 * the participants as "Name (role)" separated by "; " (co-chairs marked), and the topics' names.
 */
export function meetingsCsv(
  articles: readonly CsvArticle[],
  {
    personName,
    topicName,
    url,
  }: { personName: (id: string) => string; topicName: (id: string) => string; url: (sitePath: string) => string },
): string {
  return csvTable(
    MEETINGS_CSV_HEADER,
    articles.map(({ id, data }) => [
      data.meeting.date.iso,
      data.meeting.name,
      data.publication.publisher,
      data.publication.date.iso,
      data.participants
        .map(({ person, role, coChair }) => `${personName(person.id)} (${role}${coChair ? ', co-chair' : ''})`)
        .join('; '),
      data.topics.map(({ id }) => topicName(id)).join('; '),
      url(paths.article(id)),
    ]),
  );
}
