import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { exportBackup, parseBackup } from '../../../pwa/db/backup.ts';
import {
  EXTENSION_PROFILE_ID,
  IMPORTED_WHY,
  importExtensionEntries,
  parseExtensionExport,
} from '../../../pwa/db/extension-import.ts';
import { loadWatchlist, watchCall } from '../../../pwa/db/watchlist-repo.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { openTestDb } from './db-helpers.ts';

const now = new Date('2026-03-01T10:00:00Z');
const raw = fixtureCalls(now);
const calls = raw.map((c) => normaliseCall(c, {}, now));

/** The shape extension/background/watchlist.ts `exportSaved` writes. */
function exportFile(n = 2, patch: (f: Record<string, unknown>) => void = () => undefined): string {
  const file: Record<string, unknown> = structuredClone({
    format: 'fundwatch-extension-watchlist',
    version: 1,
    exportedAt: '2026-02-28T09:00:00.000Z',
    calls: calls.slice(0, n),
    entries: calls.slice(0, n).map((c, i) => ({
      callId: c.id,
      score: 80 - i * 20,
      band: i === 0 ? 'strong' : 'relevant',
      reasons: { sv: [`Klimat: ”${c.title.slice(0, 20)}”`], en: [`Climate: “${c.title.slice(0, 20)}”`] },
      savedAt: `2026-02-2${i}T08:00:00.000Z`,
    })),
  });
  patch(file);
  return JSON.stringify(file);
}

function refusal(text: string): InputError {
  try {
    parseExtensionExport(text, 'tillagg.json', now);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected the file to be refused');
}

describe('extension watchlist import', () => {
  it('turns each exported entry into a watched call with the saved score, reasons and a log line', () => {
    const { entries } = parseExtensionExport(exportFile(), 'tillagg.json', now);
    expect(entries.map((e) => e.callId)).toEqual([calls[0].id, calls[1].id]);
    const [first] = entries;
    expect(first.status).toBe('bevakas');
    expect(first.call).toEqual(calls[0]);
    expect(first.savedAt).toBe('2026-02-20T08:00:00.000Z');
    expect(first.savedMatch).toMatchObject({ profileId: EXTENSION_PROFILE_ID, score: 80, band: 'strong', reasons: [] });
    expect(first.savedMatch?.lines?.sv[0]).toMatch(/^Klimat: /);
    expect(first.decisions).toEqual([{ at: now.toISOString(), who: '', from: null, to: 'bevakas', why: IMPORTED_WHY }]);
    expect(first.lastDeadline).toBeGreaterThan(now.getTime());
  });

  it('refuses corrupt and foreign files, naming the file and the field', () => {
    expect(refusal('{"format":"fundwatch-extension-watchlist","calls":[').message).toMatch(
      /^tillagg\.json: not valid JSON/,
    );
    expect(refusal(JSON.stringify({ format: 'other', items: [] })).message).toContain('field "format"');
    expect(refusal(JSON.stringify({ format: 'fundwatch-backup', version: 1 })).message).toContain('PWA backup');
    expect(refusal(exportFile(2, (f) => (f.version = 2))).field).toBe('version');
    expect(refusal(exportFile(2, (f) => delete f.entries)).field).toBe('entries');
    const badBand = refusal(exportFile(2, (f) => ((f.entries as { band: string }[])[1].band = 'great')));
    expect(badBand.location.position).toBe('entries[1]');
    expect(badBand.field).toBe('band');
    const badScore = refusal(exportFile(2, (f) => ((f.entries as { score: number }[])[0].score = 140)));
    expect(badScore.message).toMatch(/tillagg\.json, entries\[0\]: field "score"/);
    const badReasons = refusal(exportFile(2, (f) => ((f.entries as { reasons: unknown }[])[0].reasons = ['x'])));
    expect(badReasons.field).toMatch(/^reasons/);
    // A call the core gate refuses is named by its index in "calls".
    const badCall = refusal(exportFile(2, (f) => ((f.calls as { title: string }[])[1].title = '')));
    expect(badCall.location.position).toBe('calls[1]');
    const orphan = refusal(exportFile(2, (f) => ((f.entries as { callId: string }[])[1].callId = 'nowhere:1')));
    expect(orphan.message).toContain('no call with id "nowhere:1"');
    const twice = refusal(
      exportFile(2, (f) => (f.entries = [...(f.entries as unknown[]), (f.entries as unknown[])[0]])),
    );
    expect(twice.location.position).toBe('entries[2]');
  });

  it('adds new entries in one write and leaves entries already watched exactly as they were', async () => {
    const db = openTestDb();
    await watchCall(db, calls[1], undefined, 'karlskrona', now);
    await db.watchlist.update(calls[1].id, { notes: 'Ring Anna', status: 'forbereds' });
    const before = await db.watchlist.get(calls[1].id);
    const result = await importExtensionEntries(db, parseExtensionExport(exportFile(3), 'tillagg.json', now));
    expect(result).toEqual({ added: 2, alreadyPresent: 1 });
    expect(await db.watchlist.get(calls[1].id)).toEqual(before);
    const { items, broken } = await loadWatchlist(db, now);
    expect(broken).toEqual([]);
    expect(items.map((e) => e.callId).sort()).toEqual([calls[0].id, calls[1].id, calls[2].id].sort());
    // The extension's reason lines survive a backup round trip.
    const backup = parseBackup(JSON.stringify(await exportBackup(db, now)), 'backup.json', now);
    expect(backup.watchlist.find((e) => e.callId === calls[0].id)?.savedMatch?.lines?.en).toHaveLength(1);
    // Importing the same file again adds nothing.
    expect(await importExtensionEntries(db, parseExtensionExport(exportFile(3), 'tillagg.json', now))).toEqual({
      added: 0,
      alreadyPresent: 3,
    });
    db.close();
  });

  it('changes nothing when a write in the transaction fails', async () => {
    const db = openTestDb();
    await watchCall(db, calls[0], undefined, 'karlskrona', now);
    const before = await db.watchlist.toArray();
    const parsed = parseExtensionExport(exportFile(3), 'tillagg.json', now);
    // Two rows with the same key: bulkAdd fails part-way, and the whole transaction must roll back.
    parsed.entries.push({ ...parsed.entries[1] });
    await expect(importExtensionEntries(db, parsed)).rejects.toThrow();
    expect(await db.watchlist.toArray()).toEqual(before);
    db.close();
  });
});
