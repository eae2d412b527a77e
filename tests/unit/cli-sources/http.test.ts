import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchCache } from '../../../cli/fetch/cache.ts';
import { FetchError, fetchText, USER_AGENT } from '../../../cli/fetch/http.ts';
import { fetchPlan } from '../../../cli/fetch/live.ts';
import { fixtureInputs } from '../../../cli/fetch/offline.ts';
import { withFeedItems } from '../../../cli/fetch/rss.ts';
import { runFetch } from '../../../cli/fetch/run.ts';
import type { SourcePlan } from '../../../core/sources/types.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const hits = new Map<string, IncomingMessage[]>();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, [...(hits.get(path) ?? []), req]);
    const h = routes.get(path);
    if (h) h(req, res);
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const noSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

describe('fetchText against a local server', () => {
  it('sends the Fundwatch User-Agent and Accept header', async () => {
    routes.set('/ua', (_req, res) => res.end('ok'));
    const r = await fetchText({ url: `${base}/ua`, accept: 'application/json' });
    expect(r.body).toBe('ok');
    const req = hits.get('/ua')![0];
    expect(req.headers['user-agent']).toBe(USER_AGENT);
    expect(req.headers.accept).toBe('application/json');
  });

  it('retries 503s with exponential backoff, then succeeds', async () => {
    let n = 0;
    routes.set('/flaky', (_req, res) => {
      n++;
      if (n < 3) {
        res.statusCode = 503;
        res.end('busy');
      } else res.end('finally');
    });
    const { waits, sleep } = noSleep();
    const r = await fetchText({ url: `${base}/flaky` }, { retries: 3, backoffMs: 100, sleep });
    expect(r.body).toBe('finally');
    expect(r.attempts).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(200);
    expect(waits[1]).toBeLessThan(230);
  });

  it('times out a server that never answers, retrying, then fails with a clear error', async () => {
    routes.set('/hang', () => {
      // never respond
    });
    const { waits, sleep } = noSleep();
    const err = await fetchText({ url: `${base}/hang` }, { timeoutMs: 150, retries: 1, backoffMs: 10, sleep }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(FetchError);
    expect(String(err.message)).toMatch(/timed out after 150 ms \(after 2 attempts\)/);
    expect(waits).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    const { waits, sleep } = noSleep();
    const err = await fetchText({ url: `${base}/missing` }, { retries: 3, sleep }).catch((e) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect(err.status).toBe(404);
    expect(waits).toHaveLength(0);
  });

  it('makes conditional requests from the cache file and reuses the body on 304', async () => {
    routes.set('/feed', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.statusCode = 304;
        res.end();
        return;
      }
      res.setHeader('ETag', '"v1"');
      res.setHeader('Last-Modified', 'Thu, 19 Nov 2026 09:12:44 GMT');
      res.setHeader('Content-Type', 'application/rss+xml');
      res.end('<rss><channel></channel></rss>');
    });
    const path = join(mkdtempSync(join(tmpdir(), 'fw-cache-')), 'cache.json');
    const cache = new FetchCache(path);
    const first = await fetchText({ url: `${base}/feed` }, { cache });
    expect(first.notModified).toBe(false);
    cache.save();
    const reread = new FetchCache(path);
    const second = await fetchText({ url: `${base}/feed` }, { cache: reread });
    expect(second.notModified).toBe(true);
    expect(second.status).toBe(304);
    expect(second.body).toBe(first.body);
    expect(second.contentType).toBe('application/rss+xml');
    const sent = hits.get('/feed')!.at(-1)!;
    expect(sent.headers['if-none-match']).toBe('"v1"');
    expect(sent.headers['if-modified-since']).toBe('Thu, 19 Nov 2026 09:12:44 GMT');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toBeTypeOf('object');
  });

  it('sends multipart parts for the EU search API (POST)', async () => {
    let body = '';
    routes.set('/search', (req, res) => {
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => res.end('{"results":[]}'));
    });
    await fetchText({
      url: `${base}/search`,
      method: 'POST',
      multipart: { query: { value: '{"bool":{}}', contentType: 'application/json' } },
    });
    expect(hits.get('/search')![0].method).toBe('POST');
    expect(body).toContain('name="query"');
    expect(body).toContain('{"bool":{}}');
  });
});

describe('fetchPlan and runFetch against a local server', () => {
  it('follows paging until the total is reached', async () => {
    for (const n of [1, 2]) {
      routes.set(`/page?n=${n}`, (_req, res) => res.end(JSON.stringify({ totalResults: 3, results: [] })));
    }
    const plan: SourcePlan = {
      hosts: ['127.0.0.1'],
      requests: () => [{ url: `${base}/page?n=1` }],
      next: (_r, req) => (req.url.endsWith('n=1') ? { url: `${base}/page?n=2` } : undefined),
    };
    const got = await fetchPlan(plan, new Date());
    expect(got.map((g) => g.url)).toEqual([`${base}/page?n=1`, `${base}/page?n=2`]);
  });

  it('one broken source is reported and keeps its calls while the others update', async () => {
    const serve = (id: string) => {
      for (const [i, input] of fixtureInputs(id).entries()) {
        routes.set(`/${id}/${i}`, (_req, res) => {
          res.setHeader('Content-Type', input.contentType ?? 'text/plain');
          res.end(input.body);
        });
      }
    };
    serve('vinnova');
    serve('icld');
    const planFor = (id: string): SourcePlan => ({
      hosts: ['127.0.0.1'],
      requests: () => fixtureInputs(id).map((_x, i) => ({ url: `${base}/${id}/${i}` })),
    });
    // Live responses keep their source's URL meaning (Vinnova tells rounds from calls by URL or shape).
    const load = async (id: string) => withFeedItems(await fetchPlan(planFor(id), new Date(), { retries: 0 }), id);
    const now = new Date('2026-11-20T06:00:00Z');
    const first = await runFetch({ sourceIds: ['vinnova', 'icld'], offline: false, now, loadInputs: load });
    expect(first.summary.every((s) => s.ok)).toBe(true);

    routes.set('/icld/0', (_req, res) => {
      res.setHeader('Content-Type', 'application/rss+xml');
      res.end('<?xml version="1.0"?><rss><channel><item><title>Half a feed');
    });
    const later = new Date('2026-11-27T06:00:00Z');
    const second = await runFetch({
      sourceIds: ['vinnova', 'icld'],
      offline: false,
      previous: first.snapshot,
      now: later,
      loadInputs: load,
    });
    const icld = second.summary.find((s) => s.id === 'icld')!;
    expect(icld.ok).toBe(false);
    expect(icld.error).toMatch(/icld: malformed feed/);
    expect(second.snapshot.calls.filter((c) => c.source === 'icld')).toEqual(
      first.snapshot.calls.filter((c) => c.source === 'icld'),
    );
    expect(second.snapshot.sources.vinnova).toMatchObject({ ok: true, attemptedAt: later.toISOString() });
    expect(second.snapshot.sources.icld).toMatchObject({ ok: false });
  });
});
