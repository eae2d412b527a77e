import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from '../../../core/doc-link/base64.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { readTeamWatchlist, setNotesInTeam, watchInTeam } from '../../../core/team/index.ts';

/**
 * chrome.storage.local as Chrome behaves: asynchronous, each key written atomically, no transactions across calls.
 * `kill()` stops the worker as Chrome may at any moment: writes not yet done never happen and never answer.
 */
function fakeStorage(data: Record<string, unknown> = {}, killAfterWrites = Number.POSITIVE_INFINITY) {
  let killed = false;
  let done = 0;
  const writes: { key: string; bytes: number }[] = [];
  const tick = () =>
    new Promise<void>((resolve) => setTimeout(() => (killed ? undefined : resolve()), Math.random() * 3));
  /** A write (set or remove) happens whole; after the `killAfterWrites`-th the worker is gone. */
  const write = async (apply: () => void) => {
    await tick();
    apply();
    if (++done >= killAfterWrites) killed = true;
  };
  const list = (keys: string | string[] | null) => (keys === null ? Object.keys(data) : [keys].flat());
  vi.stubGlobal('chrome', {
    storage: {
      local: {
        getKeys: async () => {
          await tick();
          return Object.keys(data);
        },
        get: async (keys: string | string[] | null) => {
          await tick();
          return Object.fromEntries(
            list(keys)
              .filter((k) => k in data)
              .map((k) => [k, structuredClone(data[k])]),
          );
        },
        set: (items: Record<string, unknown>) =>
          write(() => {
            for (const [key, v] of Object.entries(items)) writes.push({ key, bytes: String(v).length });
            Object.assign(data, structuredClone(items));
          }),
        remove: (keys: string | string[]) =>
          write(() => {
            for (const k of [keys].flat()) delete data[k];
          }),
      },
    },
  });
  return { data, writes, kill: () => (killed = true), isKilled: () => killed };
}

async function waitUntil(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 1));
}

/** A fresh worker: fresh modules, nothing in memory, only what storage has. */
async function worker() {
  vi.resetModules();
  return import('../../../extension/background/team/doc-store.ts');
}

const call = (i: number): FundingCall =>
  ({
    id: `shared:c${i}`,
    source: 'shared',
    funder: 'Vinnova',
    title: `Utlysning ${i} för kommuner`,
    summary: 'Kommuner och regioner kan söka. '.repeat(10),
    url: `https://www.vinnova.se/u/${i}`,
    language: 'sv',
    deadlines: [{ date: '2027-03-01', time: '14:00', timeZone: 'Europe/Stockholm', kind: 'application' }],
  }) as unknown as FundingCall;

const ids = (doc: Y.Doc) => readTeamWatchlist(doc, new Date('2026-12-01T00:00:00Z')).map((e) => e.callId);
const actor = () => ({ who: 'Eva', now: new Date('2026-12-01T08:00:00Z') });

beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the extension’s stored document', { timeout: 60_000 }, () => {
  it('loads a document stored in the earlier single-snapshot format, and keeps it while adding parts', async () => {
    const old = new Y.Doc();
    for (let i = 0; i < 5; i++) watchInTeam(old, call(i), actor());
    const store = fakeStorage({ 'doc:local': toBase64(Y.encodeStateAsUpdate(old)), team: { other: 'kept' } });
    const first = await (await worker()).loadDoc('local');
    expect(ids(first.doc)).toEqual(ids(old));
    watchInTeam(first.doc, call(5), actor());
    await first.flush();
    // The old snapshot is untouched; the change went into a part of its own.
    expect(store.data['doc:local']).toBe(toBase64(Y.encodeStateAsUpdate(old)));
    expect(Object.keys(store.data).filter((k) => k.startsWith('doc:local:u:'))).toHaveLength(1);
    const again = await (await worker()).loadDoc('local');
    expect(ids(again.doc)).toEqual([...ids(old), 'shared:c5']);
    expect(store.data.team).toEqual({ other: 'kept' });
  });

  it('a save writes about the size of its change, not the whole document', async () => {
    const big = new Y.Doc();
    for (let i = 0; i < 1000; i++) watchInTeam(big, call(i), actor());
    const whole = toBase64(Y.encodeStateAsUpdate(big)).length;
    const store = fakeStorage({ 'doc:t1': toBase64(Y.encodeStateAsUpdate(big)) });
    const stored = await (await worker()).loadDoc('t1');
    for (let i = 1000; i < 1010; i++) {
      watchInTeam(stored.doc, call(i), actor());
      await stored.flush();
    }
    const perSave = store.writes.map((w) => w.bytes);
    expect(perSave).toHaveLength(10);
    expect(Math.max(...perSave)).toBeLessThan(whole / 100);
  });

  it('compacts many parts into one snapshot, and the result loads whole', async () => {
    const store = fakeStorage();
    const { loadDoc, COMPACT_PARTS } = await worker();
    const stored = await loadDoc('t2');
    watchInTeam(stored.doc, call(0), actor());
    for (let i = 0; i < COMPACT_PARTS + 5; i++) {
      setNotesInTeam(stored.doc, 'shared:c0', `Anteckning ${i}`);
      await stored.flush();
    }
    const parts = Object.keys(store.data).filter((k) => k.startsWith('doc:t2:u:'));
    expect(parts.length).toBeLessThan(10);
    expect(typeof store.data['doc:t2']).toBe('string');
    const again = await (await worker()).loadDoc('t2');
    expect(again.doc.getText('notes:shared:c0').toString()).toBe(`Anteckning ${COMPACT_PARTS + 4}`);
  });

  it('every acknowledged save survives the worker being stopped after any write, compaction included', async () => {
    let compactions = 0;
    // Stopped after the 1st, 2nd, … write: every point in the sequence, through the first compactions.
    for (let killAfter = 1; killAfter <= 30; killAfter++) {
      const store = fakeStorage({}, killAfter);
      const stored = await (await worker()).loadDoc('t3');
      const acked: string[] = [];
      // Saves one after another (each awaited, as the handlers do); the last one never answers.
      void (async () => {
        for (let i = 0; ; i++) {
          watchInTeam(stored.doc, call(i), actor());
          // A note big enough that compaction comes round within the run (the byte threshold).
          setNotesInTeam(stored.doc, call(i).id, 'x'.repeat(4000 + (i % 7)));
          await stored.flush();
          acked.push(call(i).id);
        }
      })();
      await waitUntil(store.isKilled);
      await new Promise((r) => setTimeout(r, 10));
      const known = [...acked];
      // The next worker finds every acknowledged call.
      fakeStorage(store.data);
      const found = new Set(ids((await (await worker()).loadDoc('t3')).doc));
      for (const id of known) expect(found.has(id), `${id} lost, stopped after write ${killAfter}`).toBe(true);
      compactions += store.writes.filter((w) => w.key === 'doc:t3').length;
    }
    // The stops fell inside compactions too (the byte threshold), not only between parts.
    expect(compactions).toBeGreaterThan(5);
  });

  it('a damaged part is set aside and the rest loads', async () => {
    const d = new Y.Doc();
    watchInTeam(d, call(1), actor());
    const store = fakeStorage({
      'doc:t4': toBase64(Y.encodeStateAsUpdate(d)),
      'doc:t4:u:0': 'bm90IGEgeWpzIHVwZGF0ZQ==',
    });
    const stored = await (await worker()).loadDoc('t4');
    expect(ids(stored.doc)).toEqual(['shared:c1']);
    expect(store.data['doc:t4:u:0:damaged']).toBe('bm90IGEgeWpzIHVwZGF0ZQ==');
    expect('doc:t4:u:0' in store.data).toBe(false);
  });

  it('forgetting a document removes its snapshot and parts, nothing else', async () => {
    const store = fakeStorage({ team: 1, 'doc:other': 'x' });
    const { loadDoc, forgetDoc } = await worker();
    const stored = await loadDoc('t5');
    for (let i = 0; i < 3; i++) {
      watchInTeam(stored.doc, call(i), actor());
      await stored.flush();
    }
    await forgetDoc('t5');
    expect(Object.keys(store.data).sort()).toEqual(['doc:other', 'team']);
  });
});
