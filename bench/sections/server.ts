/**
 * Server figures (a real `fundwatch serve` process, stock y-websocket clients, all on 127.0.0.1):
 * - sync latency: a write on one client until another sees it, beside a WebSocket ping round trip to the same
 *   server (the floor: what any message costs here), with two clients and with 50 clients in one team;
 * - server memory per team holding 1,000 watch entries, beside the document's own encoded size;
 * - GET /api/calls with 10,000 calls: bytes (plain, gzip) and time, beside GET /healthz on the same server.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { FundingCall } from '../../core/model/call.ts';
import { decideInTeam, setNotesInTeam, setTagsInTeam, watchInTeam } from '../../core/team/index.ts';
import {
  createTeam,
  type FundwatchServer,
  NO_FETCH,
  startFundwatch,
} from '../../tests/e2e/support/fundwatch-server.ts';
import { connectClient, whenSynced } from '../../tests/e2e/support/yjs-client.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARGS = [...NO_FETCH, '--no-app', '--max-conns-per-ip', '500', '--max-conns-per-team', '200'];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (n: number) => `${n.toFixed(2)} ms`;
const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

async function health(server: FundwatchServer) {
  return (await (await fetch(`${server.url}healthz`)).json()) as {
    heapUsedBytes: number;
    rssBytes: number;
    teamsLoaded: number;
  };
}

/** WebSocket ping → pong to the server: the floor for one message there and back. */
async function pingFloor(server: FundwatchServer, team: { team: string; token: string }, n: number): Promise<number[]> {
  const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}sync/${team.team}?token=${team.token}`);
  await new Promise((r) => ws.once('open', r));
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await new Promise<void>((r) => {
      ws.once('pong', () => r());
      ws.ping();
    });
    out.push(performance.now() - t0);
  }
  ws.close();
  return out;
}

/** One writer, `readers` readers in one team: per write, the time until every reader has it. */
async function latency(
  server: FundwatchServer,
  team: { team: string; token: string },
  readers: number,
  writes: number,
) {
  const writer = connectClient(server.url, team.team, team.token);
  const rs = Array.from({ length: readers }, () => connectClient(server.url, team.team, team.token));
  await Promise.all([writer, ...rs].map((c) => whenSynced(c.provider, 60_000)));
  const all: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < writes; i++) {
    const key = `k${i}`;
    const seen: number[] = [];
    const done = Promise.all(
      rs.map(
        (r) =>
          new Promise<void>((resolve) => {
            const m = r.doc.getMap('watch');
            const on = () => {
              if (m.has(key)) {
                seen.push(performance.now());
                m.unobserve(on);
                resolve();
              }
            };
            m.observe(on);
          }),
      ),
    );
    const t0 = performance.now();
    writer.doc.getMap('watch').set(key, i);
    await done;
    for (const t of seen) all.push(t - t0);
    last.push(Math.max(...seen) - t0);
  }
  for (const c of [writer, ...rs]) c.provider.destroy();
  return { all, last };
}

/** A real team watchlist (core/team): per call the stored copy, a decision, notes and tags. */
function fillWatchlist(doc: Y.Doc, entries: number) {
  const calls = JSON.parse(readFileSync(join(ROOT, 'data/snapshot/calls.json'), 'utf8')).calls as FundingCall[];
  const actor = { who: 'Anna Svensson', now: new Date() };
  doc.transact(() => {
    for (let i = 0; i < entries; i++) {
      const id = `bench:call-${i}`;
      watchInTeam(doc, { ...calls[i % calls.length], id }, actor);
      decideInTeam(doc, id, 'forbereds', 'Passar strategin', actor);
      setNotesInTeam(doc, id, `Anteckning ${i}: kontakta partnerkommunen före styrgruppsmötet.`);
      setTagsInTeam(doc, id, ['EU', 'klimat']);
    }
  });
}

export async function run(): Promise<void> {
  // Each stock y-websocket client adds a process 'exit' listener.
  process.setMaxListeners(0);
  const dataDir = mkdtempSync(join(tmpdir(), 'fw-bench-server-'));
  let server = await startFundwatch({ dataDir, args: ARGS });
  try {
    const team = createTeam(dataDir);
    const floor = await pingFloor(server, team, 200);
    const two = await latency(server, team, 1, 200);
    const p50f = pct(floor, 50);
    console.log(`sync, 2 clients (200 writes): p50 ${ms(pct(two.all, 50))}, p95 ${ms(pct(two.all, 95))}`);
    console.log(
      `  floor: WebSocket ping round trip p50 ${ms(p50f)}, p95 ${ms(pct(floor, 95))}; ratio p50 ${(pct(two.all, 50) / p50f).toFixed(1)}×`,
    );
    const fifty = await latency(server, createTeam(dataDir), 49, 50);
    console.log(
      `sync, 50 clients in one team (1 writer → 49, 50 writes): per reader p50 ${ms(pct(fifty.all, 50))}, p95 ${ms(pct(fifty.all, 95))}; all 49 have it p50 ${ms(pct(fifty.last, 50))}, p95 ${ms(pct(fifty.last, 95))} (${(pct(fifty.last, 50) / p50f).toFixed(1)}× the ping floor; the 50 clients share this one bench process)`,
    );

    // Memory: 10 teams × 1,000 entries, each held in the server by one connected client.
    const TEAMS = 10;
    const ENTRIES = 1000;
    const before = await health(server);
    const held: ReturnType<typeof connectClient>[] = [];
    let encoded = 0;
    for (let t = 0; t < TEAMS; t++) {
      const tm = createTeam(dataDir);
      const c = connectClient(server.url, tm.team, tm.token);
      await whenSynced(c.provider, 60_000);
      fillWatchlist(c.doc, ENTRIES);
      encoded = Y.encodeStateAsUpdate(c.doc).length;
      held.push(c);
    }
    let after = await health(server);
    for (let i = 0; i < 50 && after.teamsLoaded < before.teamsLoaded + TEAMS; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await health(server);
    }
    // Let the last updates land before reading the heap.
    await new Promise((r) => setTimeout(r, 1000));
    after = await health(server);
    const perTeam = (after.heapUsedBytes - before.heapUsedBytes) / TEAMS;
    console.log(
      `server memory per team with ${ENTRIES} watch entries: ${mb(perTeam)} heap (${TEAMS} teams loaded; RSS ${mb(before.rssBytes)} → ${mb(after.rssBytes)}); the document encoded is ${mb(encoded)} (${(perTeam / encoded).toFixed(1)}× in memory)`,
    );
    for (const c of held) c.provider.destroy();
  } finally {
    await server.stop();
  }

  // /api/calls with 10,000 calls.
  const callsDir = mkdtempSync(join(tmpdir(), 'fw-bench-calls-'));
  const snap = JSON.parse(readFileSync(join(ROOT, 'data/snapshot/calls.json'), 'utf8')) as { calls: { id: string }[] };
  const calls = Array.from({ length: 10_000 }, (_, i) => ({
    ...snap.calls[i % snap.calls.length],
    id: `${snap.calls[i % snap.calls.length].id}-${i}`,
  }));
  writeFileSync(join(callsDir, 'calls.json'), JSON.stringify({ ...snap, calls }));
  server = await startFundwatch({ dataDir: callsDir, args: ARGS });
  try {
    // Raw bytes off the socket (node:http does not decompress): the transfer a browser waits for.
    const once = (path: string, headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        let n = 0;
        get(`${server.url}${path}`, { headers }, (res) => {
          res.on('data', (c: Buffer) => {
            n += c.length;
          });
          res.on('end', () => resolve(n));
        }).on('error', reject);
      });
    const time = async (path: string, headers: Record<string, string>) => {
      const xs: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        bytes = await once(path, headers);
        xs.push(performance.now() - t0);
      }
      return { p50: pct(xs, 50), p95: pct(xs, 95), bytes };
    };
    const plain = await time('api/calls', { 'accept-encoding': 'identity' });
    const gz = await time('api/calls', { 'accept-encoding': 'gzip' });
    const hz = await time('healthz', {});
    const etag = (await fetch(`${server.url}api/calls`)).headers.get('etag') ?? '';
    const nm = await time('api/calls', { 'if-none-match': etag });
    console.log(`/api/calls with 10,000 calls: ${mb(plain.bytes)} plain, ${mb(gz.bytes)} gzip`);
    console.log(
      `  GET plain p50 ${ms(plain.p50)} (p95 ${ms(plain.p95)}), gzip p50 ${ms(gz.p50)}, 304 revalidation p50 ${ms(nm.p50)}; floor GET /healthz p50 ${ms(hz.p50)} (plain ${(plain.p50 / hz.p50).toFixed(1)}×)`,
    );
  } finally {
    await server.stop();
  }
  console.log(
    'single-process limits (defaults, flags in docs/deploy/README.md): 4 MiB per sync message, 100 connections per client address, 100 per team, 2,000 in all; every loaded team document lives in this one process’s memory and all sync traffic runs on one core',
  );
}
