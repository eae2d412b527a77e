import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeVinnova } from './support/fake-vinnova.ts';
import { type FundwatchServer, runFundwatch, startFundwatch } from './support/fundwatch-server.ts';
import { ensurePwaBuild } from './support/pwa-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface CallsBody {
  fetchedAt: string;
  calls: { id: string; source: string; deadlines: { date: string; time?: string }[] }[];
  sources: Record<string, { ok: boolean; fetchedAt?: string; count: number; error?: string }>;
  history: { at: string; changes: { kind: string; callId: string }[] }[];
}

describe('fundwatch serve: the app and the call feed', () => {
  let server: FundwatchServer;
  beforeAll(async () => {
    ensurePwaBuild();
    server = await startFundwatch({ args: ['--offline', '--fetch-every', 'off'] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers /healthz and serves the build with the right caching', async () => {
    expect((await fetch(`${server.url}healthz`)).status).toBe(200);
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('<div id="app"');
    const sw = await fetch(`${server.url}sw.js`);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const asset = readdirSync(`${ROOT}dist/pwa/assets`).find((f) => f.endsWith('.js'));
    const a = await fetch(`${server.url}assets/${asset}`);
    expect(a.status).toBe(200);
    expect(a.headers.get('cache-control')).toContain('immutable');
    // The app's own routes (the invite link) get the app.
    const join = await fetch(`${server.url}join`);
    expect(join.status).toBe(200);
    expect(await join.text()).toContain('<div id="app"');
    expect((await fetch(`${server.url}api/nothing`)).status).toBe(404);
  });

  it('serves the store at /api/calls with an ETag, seeded from the bundled snapshot', async () => {
    const first = await fetch(`${server.url}api/calls`);
    expect(first.status).toBe(200);
    const body = (await first.json()) as CallsBody;
    expect(body.calls.length).toBeGreaterThan(10);
    expect(Object.keys(body.sources).length).toBeGreaterThanOrEqual(12);
    expect(body.sources.vinnova.ok).toBe(true);
    expect(Date.parse(body.fetchedAt)).not.toBeNaN();
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.url}api/calls`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('refuses a taken port with one line and exit code 2', () => {
    const r = runFundwatch(['serve', '--port', String(server.port), '--data', server.dataDir], 60_000);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`port ${server.port}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a --host it cannot listen on with one line and exit code 2, not an internal error', () => {
    for (const host of ['no-such-host.invalid', '192.0.2.1']) {
      const r = runFundwatch(['serve', '--host', host, '--port', '0', '--data', server.dataDir, '--no-app'], 60_000);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`cannot listen on ${host}`);
    }
  });
});

describe('fundwatch serve: the live path against a fake funder site', () => {
  it('fetches on schedule; a moved deadline shows in /api/calls; a failing source keeps its calls', async () => {
    const site = await fakeVinnova();
    const server = await startFundwatch({
      args: ['--fetch-every', '2s', '--sources', 'vinnova,icld', '--no-app'],
      // icld is not mapped: no network here, so it fails and must keep the snapshot's calls.
      env: { FUNDWATCH_SOURCE_ORIGINS: JSON.stringify({ 'https://data.vinnova.se': site.origin }) },
    });
    try {
      const get = async () => (await (await fetch(`${server.url}api/calls`)).json()) as CallsBody;
      const round = (b: CallsBody) => b.calls.find((c) => c.id.includes('2026-01201'));
      const before = await until('first fetch', async () => {
        const b = await get();
        return b.sources.vinnova.fetchedAt && b.sources.icld.error && site.hits() >= 3 ? b : undefined;
      });
      expect(round(before)?.deadlines.map((d) => d.date)).toContain('2027-02-11');
      expect(before.sources.icld.ok).toBe(false);
      expect(before.sources.icld.count).toBeGreaterThan(0);
      expect(before.calls.some((c) => c.source === 'icld')).toBe(true);

      site.moveDeadline('2027-03-04T14:00:00');
      const after = await until('the moved deadline', async () => {
        const b = await get();
        return round(b)?.deadlines.some((d) => d.date === '2027-03-04') ? b : undefined;
      });
      const moved = after.history.flatMap((h) => h.changes).find((c) => c.kind === 'deadline-moved');
      expect(moved?.callId).toBe(round(after)?.id);
    } finally {
      await server.stop();
      await site.close();
    }
  });
});
