/// <reference types="chrome" />
/**
 * Extension figures: main-thread time from content-script start to all marks on a 500-item listing
 * (target ≤ 50 ms, in Chromium), and the content script's size (target ≤ 40 KB gzip). Assumes
 * `npm run build` ran (dist/ext exists).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXT_DIST, launchWithExtension } from '../../tests/e2e/support/ext-browser.ts';
import { largeListing } from '../../tests/e2e/support/ext-large-listing.ts';
import { startFixtureServer } from '../../tests/e2e/support/ext-server.ts';

const ITEMS = 500;
const RUNS = 7;

interface Timing {
  /** Finding and reading the items (main thread). */
  find: number;
  /** Waiting for the worker's scores (off the main thread). */
  score: number;
  /** Marking: attributes, badges (main thread). */
  mark: number;
  total: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function sizes(): void {
  const manifest = JSON.parse(readFileSync(join(EXT_DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
    background: { service_worker: string };
  };
  const files = manifest.content_scripts.flatMap((c) => c.js);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const buf = readFileSync(join(EXT_DIST, f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  console.log(`content script (${files.join(', ')}): ${kb(raw)} raw, ${kb(gz)} gzip   [target ≤ 40 KB gzip]`);
  const loader = readFileSync(join(EXT_DIST, manifest.background.service_worker), 'utf8');
  const workerFile = /from ['"]\.\/(.+?)['"]|import ['"]\.\/(.+?)['"]/.exec(loader);
  const workerPath = workerFile?.[1] ?? workerFile?.[2];
  if (workerPath) {
    const buf = readFileSync(join(EXT_DIST, workerPath));
    console.log(`service worker (engine, lexicon, parsers): ${kb(buf.length)} raw, ${kb(gzipSync(buf).length)} gzip`);
  }
}

async function timings(): Promise<void> {
  const server = await startFixtureServer();
  server.route('www.interreg.no', '/bench-500', () => ({ type: 'text/html', body: largeListing(ITEMS, 'known') }));
  server.route('euro-access.eu', '/bench-500', () => ({ type: 'text/html', body: largeListing(ITEMS, 'unknown') }));
  const browser = await launchWithExtension(server.port);
  try {
    const page = await browser.ctx.newPage();
    for (const [label, url] of [
      ['site extractor (interreg.no markup)', 'https://www.interreg.no/bench-500'],
      ['general detector (unknown markup)', 'https://euro-access.eu/bench-500'],
    ] as const) {
      const runs: Timing[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(url);
        await page.waitForFunction(
          (n) =>
            document.querySelectorAll('[data-fundwatch-band]').length >= n &&
            performance.getEntriesByName('fundwatch:marked').length > 0,
          ITEMS,
          { timeout: 30_000 },
        );
        runs.push(
          await page.evaluate(() => {
            // No named helpers in here: tsx would wrap them in a __name() the page does not have.
            const [start, found, scored, marked] = ['start', 'found', 'scored', 'marked'].map(
              (n) => performance.getEntriesByName(`fundwatch:${n}`)[0]?.startTime ?? Number.NaN,
            );
            return { find: found - start, score: scored - found, mark: marked - scored, total: marked - start };
          }),
        );
      }
      const main = median(runs.map((r) => r.find + r.mark));
      console.log(
        `${ITEMS}-item listing, ${label}: main thread ${main.toFixed(1)} ms (find ${median(runs.map((r) => r.find)).toFixed(1)} + mark ${median(runs.map((r) => r.mark)).toFixed(1)})   [target ≤ 50 ms]; worker scoring ${median(runs.map((r) => r.score)).toFixed(1)} ms; start→all marks ${median(runs.map((r) => r.total)).toFixed(1)} ms (median of ${RUNS})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function run(): Promise<void> {
  sizes();
  await timings();
}
