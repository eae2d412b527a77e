import type { FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import { compareDeadlines } from './entities/deadline-order.ts';
import { type Decision, lastDeadlineOf, normaliseWatchEntry, type WatchEntry } from './entities/watch-entry.ts';
import type { WatchStatus } from './entities/watch-status.ts';
import type { FundwatchDb } from './schema.ts';

export interface Loaded<T> {
  items: T[];
  /** Rows that failed validation: shown to the user, never silently dropped from storage. */
  broken: { key: string; message: string }[];
}

export async function loadWatchlist(db: FundwatchDb, now = new Date()): Promise<Loaded<WatchEntry>> {
  return normaliseRows(await db.watchlist.toArray(), now);
}

/** Every row through the one gate; failures are reported by key, never silently dropped from storage. */
export function normaliseRows(rows: readonly unknown[], now = new Date()): Loaded<WatchEntry> {
  const out: Loaded<WatchEntry> = { items: [], broken: [] };
  for (const row of rows) {
    try {
      out.items.push(normaliseWatchEntry(row, { file: 'watchlist' }, now));
    } catch (error) {
      out.broken.push({ key: String((row as { callId?: unknown }).callId), message: (error as Error).message });
    }
  }
  return out;
}

/**
 * Splits stored rows into what the first screen of Bevakning shows (per status, the soonest coming deadlines)
 * and the rest, so a long watchlist paints before every entry has been validated. Uses only the row's status
 * and deadline index for the split; every row is still normalised before it is shown.
 */
export function firstScreenRows(rows: readonly unknown[], perStatus: number, now: number): [unknown[], unknown[]] {
  const deadline = (r: unknown) => Number((r as { lastDeadline?: unknown }).lastDeadline) || 0;
  const byStatus = new Map<unknown, unknown[]>();
  for (const r of rows) {
    const s = (r as { status?: unknown }).status;
    byStatus.set(s, [...(byStatus.get(s) ?? []), r]);
  }
  const first = new Set<unknown>();
  for (const list of byStatus.values()) {
    for (const r of [...list].sort((a, b) => compareDeadlines(deadline(a), deadline(b), now)).slice(0, perStatus)) {
      first.add(r);
    }
  }
  return [[...first], rows.filter((r) => !first.has(r))];
}

export function newWatchEntry(
  call: FundingCall,
  match: Match | undefined,
  profileId: string,
  now = new Date(),
): WatchEntry {
  const at = now.toISOString();
  return {
    callId: call.id,
    call,
    status: 'bevakas',
    notes: '',
    owner: '',
    tags: [],
    decisions: [{ at, who: '', from: null, to: 'bevakas', why: '' }],
    savedMatch: match
      ? { profileId, score: match.score, band: match.band, reasons: match.reasons, scoredAt: at }
      : undefined,
    savedAt: at,
    updatedAt: at,
    lastDeadline: lastDeadlineOf(call),
  };
}

/** Saves a call to the watchlist; a call already watched keeps its status, notes and log, and gets the newer call text. */
export async function watchCall(
  db: FundwatchDb,
  call: FundingCall,
  match: Match | undefined,
  profileId: string,
  now = new Date(),
): Promise<WatchEntry> {
  return db.transaction('rw', db.watchlist, async () => {
    const existing = await db.watchlist.get(call.id);
    if (existing) {
      const updated = normaliseWatchEntry(
        { ...existing, call, updatedAt: now.toISOString(), lastDeadline: lastDeadlineOf(call) },
        { file: 'watchlist' },
        now,
      );
      await db.watchlist.put(updated);
      return updated;
    }
    const entry = normaliseWatchEntry(newWatchEntry(call, match, profileId, now), { file: 'watchlist' }, now);
    await db.watchlist.put(entry);
    return entry;
  });
}

export async function unwatch(db: FundwatchDb, callId: string): Promise<void> {
  await db.watchlist.delete(callId);
}

export type EntryEdit = Partial<Pick<WatchEntry, 'notes' | 'owner' | 'tags'>>;

export async function editEntry(
  db: FundwatchDb,
  callId: string,
  edit: EntryEdit,
  now = new Date(),
): Promise<WatchEntry> {
  return db.transaction('rw', db.watchlist, async () => {
    const row = await db.watchlist.get(callId);
    if (!row) throw new Error(`not watched: ${callId}`);
    const updated = normaliseWatchEntry({ ...row, ...edit, updatedAt: now.toISOString() }, { file: 'watchlist' }, now);
    await db.watchlist.put(updated);
    return updated;
  });
}

/** Moves an entry to a new status and logs who decided and why in the same write. */
export async function decide(
  db: FundwatchDb,
  callId: string,
  to: WatchStatus,
  who: string,
  why: string,
  now = new Date(),
): Promise<WatchEntry> {
  return db.transaction('rw', db.watchlist, async () => {
    const row = await db.watchlist.get(callId);
    if (!row) throw new Error(`not watched: ${callId}`);
    const decision: Decision = { at: now.toISOString(), who: who.trim(), from: row.status, to, why: why.trim() };
    const updated = normaliseWatchEntry(
      { ...row, status: to, decisions: [...row.decisions, decision], updatedAt: decision.at },
      { file: 'watchlist' },
      now,
    );
    await db.watchlist.put(updated);
    return updated;
  });
}
