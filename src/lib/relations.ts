/** Reverse indexes from people and topics to the articles that name them, built in one pass. */

interface Ref {
  id: string;
}

interface Related {
  id: string;
  data: {
    participants: { person: Ref; role: string; coChair: boolean }[];
    mentions: { person: Ref; role: string }[];
    topics: Ref[];
  };
}

export interface Appearance<A> {
  article: A;
  role: string;
  /** Took part in the meeting, as opposed to being named in the report. */
  participant: boolean;
  coChair: boolean;
}

/**
 * Every article a person appears in, once each, in the order the articles are given. A report that lists a person
 * both as taking part and as mentioned counts as their taking part, in the role it gives them there.
 */
export function appearancesByPerson<A extends Related>(articles: readonly A[]): Map<string, Appearance<A>[]> {
  const index = new Map<string, Appearance<A>[]>();
  const add = (personId: string, appearance: Appearance<A>) => {
    const list = index.get(personId);
    if (!list) index.set(personId, [appearance]);
    else if (list.at(-1)?.article !== appearance.article) list.push(appearance);
  };
  for (const article of articles) {
    for (const { person, role, coChair } of article.data.participants) {
      add(person.id, { article, role, participant: true, coChair });
    }
    for (const { person, role } of article.data.mentions) {
      add(person.id, { article, role, participant: false, coChair: false });
    }
  }
  return index;
}

/** Every article tagged with a topic, in the order the articles are given. */
export function articlesByTopic<A extends Related>(articles: readonly A[]): Map<string, A[]> {
  const index = new Map<string, A[]>();
  for (const article of articles) {
    for (const { id } of article.data.topics) {
      const list = index.get(id);
      if (list) list.push(article);
      else index.set(id, [article]);
    }
  }
  return index;
}
