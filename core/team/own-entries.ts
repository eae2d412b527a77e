import { LOCAL_DOC } from '../doc-link/messages.ts';

/**
 * Which of a device's watch entries go into a document it joins. Its own entries (saved outside any team) go with
 * it into every team. A copy it kept from a team (`fromTeam`: mirrored while in it, kept after leaving) goes back
 * only into that same team, never into another: that list, colleagues' calls, notes and decisions included,
 * belongs to its team. The device's own document (`local`, shared with the extension on the same computer) holds
 * everything the device keeps, each kept copy marked with its team, so the extension applies the same rule.
 */
export function joinsDocument(entry: { fromTeam?: string }, docName: string): boolean {
  return docName === LOCAL_DOC || !entry.fromTeam || entry.fromTeam === docName;
}

export function entriesJoining<T extends { fromTeam?: string }>(entries: readonly T[], docName: string): T[] {
  return entries.filter((e) => joinsDocument(e, docName));
}
