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
 * both as taking part and as mentioned counts as their taking part, in the roles it gives them there; one that lists
 * them twice in one list gives both roles, and co-chair if either entry says so (as the meeting page does).
 */
export function appearancesByPerson<A extends Related>(articles: readonly A[]): Map<string, Appearance<A>[]> {
  const index = new Map<string, Appearance<A>[]>();
  const add = (personId: string, appearance: Appearance<A>) => {
    const list = index.get(personId);
    const last = list?.at(-1);
    if (!list || !last) index.set(personId, [appearance]);
    else if (last.article !== appearance.article) list.push(appearance);
    // A report's participants come before its mentions: a mention of a participant adds nothing.
    else if (last.participant === appearance.participant) {
      list[list.length - 1] = {
        ...last,
        role: last.role.split('; ').includes(appearance.role) ? last.role : `${last.role}; ${appearance.role}`,
        coChair: last.coChair || appearance.coChair,
      };
    }
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

/** Every article tagged with a topic, once each, in the order the articles are given. */
export function articlesByTopic<A extends Related>(articles: readonly A[]): Map<string, A[]> {
  const index = new Map<string, A[]>();
  for (const article of articles) {
    for (const id of new Set(article.data.topics.map((topic) => topic.id))) {
      const list = index.get(id);
      if (list) list.push(article);
      else index.set(id, [article]);
    }
  }
  return index;
}
