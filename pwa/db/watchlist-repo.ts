import type { FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import { coveredSources, followFeed } from '../../core/team/follow-feed.ts';
import { compareDeadlines } from './entities/deadline-order.ts';
import { type Decision, lastDeadlineOf, normaliseWatchEntry, type WatchEntry } from './entities/watch-entry.ts';
import { WATCH_STATUSES, type WatchStatus } from './entities/watch-status.ts';
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
    const list = byStatus.get(s);
    if (list) list.push(r);
    else byStatus.set(s, [r]);
  }
  const first = new Set<unknown>();
  for (const list of byStatus.values()) {
    for (const r of [...list].sort((a, b) => compareDeadlines(deadline(a), deadline(b), now)).slice(0, perStatus)) {
      first.add(r);
    }
  }
  return [[...first], rows.filter((r) => !first.has(r))];
}

export interface FirstScreen {
  /** The rows the first screen shows (not archived; per status at most `perStatus`), not yet normalised. */
  rows: unknown[];
  /** True when these are all the table holds. */
  complete: boolean;
  /** Every other row that is not archived, read when asked (after the first paint). */
  rest(): Promise<unknown[]>;
}

/**
 * The first screen of Bevakning without reading the table: the status and deadline indexes give, by key alone,
 * each status's soonest coming deadlines, then the latest passed, then the undated (firstScreenRows' order); only
 * those rows are read. A 5,000-entry watchlist paints after reading about a hundred rows; a row the indexes do not
 * place (an unknown status, no deadline key) is in the rest, normalised and reported like any other.
 */
export async function readFirstScreen(db: FundwatchDb, perStatus: number, now: Date): Promise<FirstScreen> {
  const t = now.getTime();
  const [total, upcoming, passed, undated, ...byStatus] = await Promise.all([
    db.watchlist.count(),
    db.watchlist.where('lastDeadline').aboveOrEqual(t).primaryKeys(),
    db.watchlist.where('lastDeadline').between(0, t, false, false).primaryKeys(),
    db.watchlist.where('lastDeadline').equals(0).primaryKeys(),
    ...WATCH_STATUSES.map((s) => db.watchlist.where('status').equals(s).primaryKeys()),
  ]);
  const statusOf = new Map<string, number>();
  byStatus.forEach((keys, i) => {
    for (const k of keys) statusOf.set(k, i);
  });
  // Twice the screen per status, as archived rows are dropped only once read.
  const taken = WATCH_STATUSES.map(() => 0);
  const picked: string[] = [];
  for (const k of [...upcoming, ...passed.reverse(), ...undated]) {
    const s = statusOf.get(k);
    if (s === undefined || taken[s] >= perStatus * 2) continue;
    taken[s]++;
    picked.push(k);
  }
  const shown = WATCH_STATUSES.map(() => 0);
  const rows: unknown[] = [];
  let left = 0;
  for (const row of await db.watchlist.bulkGet(picked)) {
    if (!row || (row as { archived?: unknown }).archived === true) continue;
    const s = statusOf.get(row.callId) ?? 0;
    if (shown[s] >= perStatus) {
      left++;
      continue;
    }
    shown[s]++;
    rows.push(row);
  }
  const first = new Set(rows.map((r) => (r as { callId: string }).callId));
  return {
    rows,
    complete: picked.length === total && left === 0,
    rest: async () =>
      (await db.watchlist.toArray()).filter(
        (r) => (r as { archived?: unknown }).archived !== true && !first.has(r.callId),
      ),
  };
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
    savedBy: '',
    comments: [],
    log: [],
    archived: false,
    concurrent: [],
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

export type EntryEdit = Partial<Pick<WatchEntry, 'notes' | 'owner' | 'tags'>> & {
  /** The notes as they were when editing began: in a team, colleagues' edits made meanwhile are kept. */
  notesBase?: string;
};

export async function editEntry(
  db: FundwatchDb,
  callId: string,
  edit: EntryEdit,
  now = new Date(),
): Promise<WatchEntry> {
  return db.transaction('rw', db.watchlist, async () => {
    const row = await db.watchlist.get(callId);
    if (!row) throw new Error(`not watched: ${callId}`);
    const { notesBase: _base, ...fields } = edit;
    const updated = normaliseWatchEntry(
      { ...row, ...fields, updatedAt: now.toISOString() },
      { file: 'watchlist' },
      now,
    );
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

function newLineId(kind: string, now: Date): string {
  return `${kind}:${now.getTime().toString(36)}:${Math.random().toString(36).slice(2, 8)}`;
}

async function updateRow(
  db: FundwatchDb,
  callId: string,
  change: (row: WatchEntry) => Partial<WatchEntry>,
  now: Date,
): Promise<WatchEntry> {
  return db.transaction('rw', db.watchlist, async () => {
    const raw = await db.watchlist.get(callId);
    if (!raw) throw new Error(`not watched: ${callId}`);
    const row = normaliseWatchEntry(raw, { file: 'watchlist' }, now);
    const updated = normaliseWatchEntry(
      { ...row, ...change(row), updatedAt: now.toISOString() },
      { file: 'watchlist' },
      now,
    );
    await db.watchlist.put(updated);
    return updated;
  });
}

/** Removing archives: the entry leaves the list and keeps its status, notes and log; the log says who and why. */
export async function archiveEntry(db: FundwatchDb, callId: string, who: string, why: string, now = new Date()) {
  return updateRow(
    db,
    callId,
    (row) =>
      row.archived
        ? {}
        : {
            archived: true,
            log: [
              ...row.log,
              {
                id: newLineId('archived', now),
                kind: 'archived',
                at: now.toISOString(),
                who: who.trim(),
                why: why.trim(),
              },
            ],
          },
    now,
  );
}

export async function restoreEntry(db: FundwatchDb, callId: string, who: string, now = new Date()) {
  return updateRow(
    db,
    callId,
    (row) =>
      row.archived
        ? {
            archived: false,
            log: [
              ...row.log,
              { id: newLineId('restored', now), kind: 'restored', at: now.toISOString(), who: who.trim() },
            ],
          }
        : {},
    now,
  );
}

export async function addComment(db: FundwatchDb, callId: string, text: string, who: string, now = new Date()) {
  const body = text.trim();
  if (!body) throw new Error('empty comment');
  return updateRow(
    db,
    callId,
    (row) => ({
      comments: [
        ...row.comments,
        { id: newLineId('comment', now), at: now.toISOString(), author: who.trim(), text: body },
      ],
    }),
    now,
  );
}

/**
 * A solo watchlist follows the feed by core's rule (followFeed, the same as applyFeedToTeam on the server): moved
 * deadlines and changed budgets update the entry's call and its log, calls gone from a covered source are marked
 * withdrawn and keep their copy. All changed rows are written in one transaction. Returns the ids changed.
 */
export async function followFeedLocally(
  db: FundwatchDb,
  calls: readonly FundingCall[],
  sources: Iterable<string>,
  now = new Date(),
): Promise<string[]> {
  const byId = new Map(calls.map((c) => [c.id, c]));
  const covered = coveredSources(calls, sources);
  return db.transaction('rw', db.watchlist, async () => {
    const changed: WatchEntry[] = [];
    for (const raw of await db.watchlist.toArray()) {
      let row: WatchEntry;
      try {
        row = normaliseWatchEntry(raw, { file: 'watchlist' }, now);
      } catch {
        continue; // a broken row is reported by loadWatchlist and left as it is
      }
      const follow = followFeed({ call: row.call, withdrawnAt: row.withdrawnAt }, byId.get(row.callId), covered, now);
      if (!follow.changed) continue;
      const have = new Set(row.log.map((l) => l.id));
      changed.push(
        normaliseWatchEntry(
          {
            ...row,
            call: follow.call,
            withdrawnAt: follow.withdrawnAt,
            log: [...row.log, ...follow.lines.filter((l) => !have.has(l.id))],
            updatedAt: now.toISOString(),
          },
          { file: 'watchlist' },
          now,
        ),
      );
    }
    await db.watchlist.bulkPut(changed);
    return changed.map((e) => e.callId);
  });
}
