/// <reference types="chrome" />
/**
 * The extension as a team member, in Chromium against the real server process (127.0.0.1, free port):
 * - latency from "Bevaka" in the extension (scoring, the document write, its save to chrome.storage, the socket) to
 *   the entry on another device (a stock y-websocket client), p50/p95, beside the floor measured in the same run:
 *   one stock client to another through the same server;
 * - what the popup waits for (`get-state`) with the team's 1,000 watch entries, beside the same call with 20;
 * - the stored copy of that document in chrome.storage.local, and the bytes one "Bevaka" writes to it: now (an
 *   incremental part per save, compactions included) beside what the earlier single-snapshot format wrote on every
 *   save (the whole document: the same document encoded whole, computed from the stock client's copy).
 * Assumes `npm run build` ran.
 */
import * as Y from 'yjs';
import { toBase64 } from '../../core/doc-link/base64.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { readTeamWatchlist, watchInTeam } from '../../core/team/index.ts';
import { launchWithExtension, sendFromExtensionPage } from '../../tests/e2e/support/ext-browser.ts';
import { startFixtureServer } from '../../tests/e2e/support/ext-server.ts';
import { createTeam, NO_FETCH, startFundwatch } from '../../tests/e2e/support/fundwatch-server.ts';
import { connectClient, whenSynced } from '../../tests/e2e/support/yjs-client.ts';

const RUNS = 25;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function has(doc: Y.Doc, id: string): boolean {
  return readTeamWatchlist(doc).some((e) => e.callId === id);
}

function arrival(doc: Y.Doc, id: string): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (has(doc, id)) {
        doc.off('update', check);
        resolve(performance.now());
      }
    };
    doc.on('update', check);
    check();
  });
}

const call = (i: number, tag: string): FundingCall =>
  ({
    id: `shared:bench-${tag}-${i}`,
    source: 'shared',
    funder: 'Vinnova',
    title: `Bench call ${tag} ${i} for municipalities`,
    summary: 'Innovation in the public sector: municipalities and regions can apply. '.repeat(8),
    url: `https://www.vinnova.se/bench/${tag}/${i}`,
    language: 'en',
    deadlines: [{ date: '2027-03-01', time: '14:00', timeZone: 'Europe/Stockholm', kind: 'application' }],
  }) as unknown as FundingCall;

export async function run(): Promise<void> {
  const fw = await startFundwatch({ args: [...NO_FETCH, '--no-app'] });
  const funders = await startFixtureServer();
  const browser = await launchWithExtension(funders.port);
  try {
    const team = createTeam(fw.dataDir, 'Bench');
    const ext = await browser.ctx.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html`);
    await sendFromExtensionPage(ext, 'team-join', { invite: team.invite, server: fw.url, who: 'Bench' });
    const a = connectClient(fw.url, team.team, team.token);
    const b = connectClient(fw.url, team.team, team.token);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    for (let i = 0; i < 50; i++) {
      const s = await sendFromExtensionPage<{ team?: { synced: boolean } }>(ext, 'team-status', {});
      if (s.team?.synced) break;
      await new Promise((res) => setTimeout(res, 100));
    }

    const floor: number[] = [];
    const extToDevice: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const c = call(i, 'floor');
      const t0 = performance.now();
      const got = arrival(b.doc, c.id);
      watchInTeam(a.doc, c, { who: 'A', now: new Date() });
      floor.push((await got) - t0);

      const url = `https://www.vinnova.se/bench/ext/${i}`;
      const item = {
        key: `k${i}`,
        title: `Utlysning ${i}: innovation i offentlig sektor för kommuner`,
        text: 'Kommuner och regioner kan söka. Sista dag 1 mars 2027.',
        url,
      };
      const t1 = performance.now();
      const saved = await sendFromExtensionPage<{ saved: { id: string } }>(ext, 'watch', {
        item,
        pageUrl: 'https://www.vinnova.se/sok-finansiering/',
      });
      const at = await arrival(b.doc, saved.saved.id);
      extToDevice.push(at - t1);
    }
    const f50 = pct(floor, 50);
    const e50 = pct(extToDevice, 50);
    console.log(
      `Bevaka in the extension → on another device: p50 ${e50.toFixed(1)} ms, p95 ${pct(extToDevice, 95).toFixed(1)} ms; floor (stock client → stock client, same server) p50 ${f50.toFixed(1)} ms, p95 ${pct(floor, 95).toFixed(1)} ms; ratio p50 ${(e50 / f50).toFixed(1)}× (${RUNS} runs)`,
    );

    // Timed in the popup's page (what it waits for), not including the copy of the answer back to this process.
    const stateMs = async () => {
      const xs = await ext.evaluate(async () => {
        const out: number[] = [];
        for (let i = 0; i < 9; i++) {
          const t = performance.now();
          await chrome.runtime.sendMessage({ fw: 1, type: 'get-state', req: {} });
          out.push(performance.now() - t);
        }
        return out;
      });
      return pct(xs, 50);
    };
    const small = await stateMs();
    const before = readTeamWatchlist(a.doc).length;
    a.doc.transact(() => {
      for (let i = 0; i < 1000 - before; i++) watchInTeam(a.doc, call(i, 'bulk'), { who: 'A', now: new Date() });
    });
    for (let i = 0; i < 200; i++) {
      const s = await sendFromExtensionPage<{ saved: unknown[] }>(ext, 'get-state', {});
      if (s.saved.length >= 1000) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    const large = await stateMs();
    console.log(
      `popup state (get-state) with 1,000 team entries: ${large.toFixed(1)} ms vs ${small.toFixed(1)} ms with ${before} (median of 9; ratio ${(large / small).toFixed(1)}×)`,
    );
    // Every write to the stored document, as an extension page sees it (chrome.storage.onChanged: key, new value).
    const prefix = `doc:${team.team}`;
    await ext.evaluate((pre) => {
      const w = window as unknown as { fwWrites: number[] };
      w.fwWrites = [];
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area !== 'local') return;
        for (const [key, change] of Object.entries(changes))
          if ((key === pre || key.startsWith(`${pre}:u:`)) && typeof change.newValue === 'string')
            w.fwWrites.push(change.newValue.length);
      });
    }, prefix);
    // Past the idle-compaction threshold (100 parts), so one compaction of the whole document is in the figure.
    const SAVES = 120;
    for (let i = 0; i < SAVES; i++) {
      await sendFromExtensionPage(ext, 'watch', {
        item: {
          key: `s${i}`,
          title: `Utlysning ${i}: energiomställning i kommuner och regioner`,
          text: 'Kommuner och regioner kan söka. Sista dag 1 mars 2027.',
          url: `https://www.vinnova.se/bench/save/${i}`,
        },
        pageUrl: 'https://www.vinnova.se/sok-finansiering/',
      });
    }
    // Idle: the worker compacts the parts into one snapshot after 5 s.
    await new Promise((r) => setTimeout(r, 7000));
    const writes = await ext.evaluate(() => (window as unknown as { fwWrites: number[] }).fwWrites.splice(0));
    const perSave = writes.reduce((x, y) => x + y, 0) / SAVES;
    const whole = toBase64(Y.encodeStateAsUpdate(a.doc)).length;
    console.log(
      `bytes written per Bevaka save, team document with ${readTeamWatchlist(a.doc).length} entries: ${(perSave / 1024).toFixed(1)} KB now (${SAVES} saves, ${writes.length} writes: one part each, median ${(pct(writes, 50) / 1024).toFixed(1)} KB, plus ${writes.length - SAVES} compaction(s) of the whole document, averaged in) vs ${(whole / 1024).toFixed(0)} KB before (the earlier format wrote the whole document each save); ${(whole / perSave).toFixed(0)}× less`,
    );
    const worker = await browser.worker();
    const bytes = await worker.evaluate(async (pre) => {
      const keys = Object.keys(await chrome.storage.local.get(null)).filter(
        (k) => k === pre || k.startsWith(`${pre}:u:`),
      );
      return chrome.storage.local.getBytesInUse(keys);
    }, prefix);
    console.log(`stored team document, 1,000 entries: ${(bytes / 1024).toFixed(0)} KB in chrome.storage.local`);
    a.provider.destroy();
    b.provider.destroy();
  } finally {
    await browser.close();
    await funders.close();
    await fw.stop();
  }
}
