import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The worker's document is loaded once per worker: each test gets a fresh worker (fresh modules).
async function worker() {
  return import('../../../extension/background/watchlist.ts');
}

/**
 * chrome.storage.local as Chrome behaves: asynchronous, each get and set taking a moment, no transactions.
 * Without a queue, five saves at once read the same list and the last write wins (one entry).
 */
function fakeStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const tick = () => new Promise((r) => setTimeout(r, Math.random() * 5));
  vi.stubGlobal('chrome', {
    storage: {
      local: {
        get: async (key: string) => {
          await tick();
          return key in data ? { [key]: structuredClone(data[key]) } : {};
        },
        set: async (obj: Record<string, unknown>) => {
          await tick();
          Object.assign(data, structuredClone(obj));
        },
      },
    },
  });
  return data;
}

const item = (i: number, url = `https://southbaltic.eu/-/call-${i}`) => ({
  key: `fw${i}`,
  title: `Small projects call ${i} for municipalities and NGOs`,
  text: `Municipalities can apply. Deadline 15 January 2027.`,
  url,
});

beforeEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

describe('saving calls at the same moment', { timeout: 30_000 }, () => {
  it('five saves at once give five entries, and every acknowledged one is kept', async () => {
    fakeStorage();
    const { readSaved, watchItem } = await worker();
    const acks = await Promise.all([1, 2, 3, 4, 5].map((i) => watchItem(item(i), 'https://southbaltic.eu/news')));
    const saved = await readSaved();
    expect(saved).toHaveLength(5);
    for (const a of acks) expect(saved.map((s) => s.id)).toContain(a.id);
  });

  it('keeps an entry this version cannot read when it writes the list again', async () => {
    const future = {
      id: 'page:future',
      call: { v: 99, somethingNew: true },
      score: 50,
      band: 'relevant',
      savedAt: 'x',
    };
    const data = fakeStorage({ saved: [future, 'junk'] });
    const { readSaved, unwatch, watchItem } = await worker();
    await Promise.all([
      watchItem(item(1), 'https://southbaltic.eu/news'),
      watchItem(item(2), 'https://southbaltic.eu/news'),
    ]);
    // The readable entries live in the shared document now; what this version cannot read stays where it was.
    expect(data.saved).toEqual([future, 'junk']);
    expect(await readSaved()).toHaveLength(2);
    // Unwatching one call leaves the unreadable ones alone too.
    const [first] = await readSaved();
    expect(await unwatch(first.id)).toBe(true);
    expect(data.saved as unknown[]).toContainEqual(future);
  });

  it('an item whose link is not http(s) is saved with the page address', async () => {
    fakeStorage();
    const { watchItem } = await worker();
    const s = await watchItem(item(7, 'javascript:alert(1)'), 'https://southbaltic.eu/news');
    expect(s.call.url).toBe('https://southbaltic.eu/news');
  });
});
