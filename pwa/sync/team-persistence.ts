import Dexie, { type DexieOptions, type Table } from 'dexie';
import yDexie, { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';

/** The team documents this device keeps (one per team), stored by y-dexie: every update as a row, merged later. */
export const TEAM_DB_NAME = 'fundwatch-team';

interface TeamDocRow {
  id: string;
  doc: Y.Doc;
}

/**
 * Its own database, opened only in the sync chunk: the y-dexie addon must be given when a Dexie is constructed, and
 * the app's main database must not pull yjs into the first load.
 */
export class TeamDocsDb extends Dexie {
  docs!: Table<TeamDocRow, string>;
  constructor(name = TEAM_DB_NAME, options?: DexieOptions) {
    super(name, { ...options, addons: [yDexie] });
    this.version(1).stores({ docs: 'id, doc: Y.Doc' });
  }
}

/** The key of a team's document on this device: the server and the team (the same team id on two servers differs). */
export function teamDocKey(appOrigin: string, team: string): string {
  return `${appOrigin}|${team}`;
}

export interface LoadedDoc {
  doc: Y.Doc;
  release(): void;
}

/** Loads (or creates) the team's document from IndexedDB; every later change to it is stored as it happens. */
export async function loadTeamDoc(db: TeamDocsDb, key: string): Promise<LoadedDoc> {
  if (!(await db.docs.get(key))) await db.docs.put({ id: key } as TeamDocRow);
  const row = await db.docs.get(key);
  if (!row) throw new Error('could not create the team document');
  const doc = row.doc;
  const provider = DexieYProvider.load(doc);
  await provider.whenLoaded;
  return { doc, release: () => DexieYProvider.release(doc) };
}
