/**
 * Looks up an entity the content has already been checked to hold (the schema checks references, and the archive
 * checks them again after a cached load), so a miss is a bug; `collection` names where it was looked for.
 */
export function mustGet<T>(map: ReadonlyMap<string, T>, id: string, collection = 'content'): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`No ${collection} entry "${id}"; the content checks should have caught this`);
  return found;
}
