/**
 * PWA figures, each against a floor measured in the same run (the machine is shared and noisy):
 * - first visit (new browser profile): navigation → onboarding painted + choice → ranked calls painted, vs a
 *   Preact page that lists the same calls unscored, also from a new profile (target ≤ 2×);
 * - JavaScript fetched before the first view (every script the page requests until the ranked calls are
 *   painted, gzip; target ≤ 60 KB), and the JSON it needs beside it;
 * - returning visit: navigation → ranked calls painted (the last ranking), vs the same floor (target ≤ 2×);
 * - navigation → a 5,000-entry watchlist painted, vs reading those rows from IndexedDB (target ≤ 1.5×).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { WATCH_STATUSES } from '../../pwa/db/entities/watch-status.ts';
import { newWatchEntry } from '../../pwa/db/watchlist-repo.ts';
import { chromiumPath, QUIET_ARGS } from '../../tests/e2e/support/browser.ts';
import { fixtureCalls } from '../../tests/e2e/support/pwa-fixture-calls.ts';
import { poll } from '../../tests/e2e/support/pwa-page.ts';
import { startPwaPreview } from '../../tests/e2e/support/pwa-server.ts';
import { chooseSeedProfile } from '../../tests/e2e/support/pwa-setup.ts';
import { startFloor } from './pwa-floor.ts';

const DIST = fileURLToPath(new URL('../../dist/pwa/', import.meta.url));
const ENTRIES = 5000;
const RUNS = 5;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The entry chunk and every chunk it imports statically: what the browser must run before the shell paints. */
function staticClosure(): { files: string[]; gzip: number } {
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  const entry = html.match(/<script type="module"[^>]*src="\/([^"]+)"/)?.[1];
  if (!entry) throw new Error('dist/pwa/index.html has no module script');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(`${DIST}${file}`, 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g))
      visit(`${dir}${m[1]}`);
  };
  visit(entry);
  const files = [...seen];
  return { files, gzip: files.reduce((n, f) => n + gz(`${DIST}${f}`), 0) };
}

function seedRows(): unknown[] {
  const now = new Date();
  const base = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));
  const rows: unknown[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const b = base[i % base.length];
    const call = normaliseCall(
      {
        ...b,
        id: `${b.id}#${i}`,
        title: `${b.title} (${i})`,
        deadlines: b.deadlines.map((d, k) => ({
          ...d,
          date: new Date(now.getTime() + ((i * 7 + k * 30) % 400) * 86_400_000).toISOString().slice(0, 10),
        })),
      },
      {},
      now,
    );
    const e = newWatchEntry(
      call,
      {
        callId: call.id,
        score: i % 100,
        band: i % 3 ? 'relevant' : 'strong',
        reasons: [],
        eligibility: {
          area: 'unknown',
          areaText: { sv: '?', en: '?' },
          applicant: 'unknown',
          applicantText: { sv: '?', en: '?' },
          areaPoints: 0,
          applicantPoints: 0,
          points: 0,
        },
        blockers: [],
        boosts: [],
      },
      'karlskrona',
      now,
    );
    rows.push(
      JSON.parse(
        JSON.stringify({
          ...e,
          status: WATCH_STATUSES[i % WATCH_STATUSES.length],
          notes: `Anteckning ${i}`,
          tags: ['bench'],
        }),
      ),
    );
  }
  return rows;
}

async function seed(page: Page, rows: unknown[]): Promise<void> {
  await page.evaluate(async (all) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('fundwatch');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('watchlist', 'readwrite');
    const store = tx.objectStore('watchlist');
    store.clear();
    for (const r of all) store.put(r);
    await new Promise((r, j) => {
      tx.oncomplete = r;
      tx.onerror = () => j(tx.error);
    });
    db.close();
  }, rows);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const preview = await startPwaPreview();
  const closure = staticClosure();
  console.log(`shell JS (entry + static imports, gzip -9): ${kb(closure.gzip)}  [${closure.files.join(', ')}]`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_ARGS });
  try {
    // A first visit, as a new user makes it: navigation → the onboarding painted; the body chosen → its ranked
    // calls painted. Each run is a new browser profile (nothing cached, no database), as is the floor's.
    const snapshot = readFileSync(fileURLToPath(new URL('../../data/snapshot/calls.json', import.meta.url)), 'utf8');
    const floor = await startFloor(snapshot);
    const firstMs: number[] = [];
    const onboardMs: number[] = [];
    const chooseMs: number[] = [];
    const firstFloorMs: number[] = [];
    const floorButtonMs: number[] = [];
    const floorListMs: number[] = [];
    let firstBytes = { js: 0, json: 0, files: [] as string[] };
    for (let i = 0; i < RUNS + 1; i++) {
      const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const p = await fresh.newPage();
      await p.goto(preview.url);
      await chooseSeedProfile(p, 'Karlskrona', 30_000);
      // No inner named functions here: tsx would wrap them in a helper the page does not have.
      const m = await poll(p, async () => {
        const painted = performance.getEntriesByName('fw:matches:painted')[0]?.startTime;
        if (painted === undefined) return undefined;
        // Every file the page requested before the ranked calls were painted, with its size on the wire.
        const files = performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= painted)
          .map((e) => ({
            path: new URL(e.name).pathname + new URL(e.name).search,
            wire: (e as PerformanceResourceTiming).encodedBodySize,
          }));
        return {
          onboarding: performance.getEntriesByName('fw:onboarding:painted')[0].startTime,
          choice: performance.getEntriesByName('fw:choice')[0].startTime,
          painted,
          files,
        };
      });
      const js = m.files.filter((f) => f.path.endsWith('.js'));
      const json = m.files.filter((f) => /^\/api\/|\.json$/.test(f.path));
      if (i === 1)
        firstBytes = {
          js: js.reduce((n, f) => n + gz(`${DIST}${f.path.slice(1)}`), 0),
          json: json.reduce((n, f) => n + f.wire, 0),
          files: [...js, ...json].map((f) => f.path),
        };
      await fresh.close();
      const floorCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const fp = await floorCtx.newPage();
      await fp.goto(`${floor.url}?choose`);
      await fp.locator('#choose').click();
      const f = await poll(fp, async () =>
        performance.getEntriesByName('floor:painted').length
          ? {
              button: performance.getEntriesByName('floor:button')[0].startTime,
              list:
                performance.getEntriesByName('floor:painted')[0].startTime -
                performance.getEntriesByName('floor:chosen')[0].startTime,
            }
          : undefined,
      );
      await floorCtx.close();
      if (i === 0) continue; // warm-up
      onboardMs.push(m.onboarding);
      chooseMs.push(m.painted - m.choice);
      firstMs.push(m.onboarding + (m.painted - m.choice));
      firstFloorMs.push(f.button + f.list);
      floorButtonMs.push(f.button);
      floorListMs.push(f.list);
    }
    console.log(
      `JS before the first view on a first visit (every script requested until the ranked calls are painted, gzip -9): ${kb(firstBytes.js)}  target ≤ 60 KB; JSON for it (the server's ranking for the chosen body, gzip on the wire): ${kb(firstBytes.json)}; together ${kb(firstBytes.js + firstBytes.json)}  [${firstBytes.files.join(', ')}]`,
    );
    console.log(
      `first visit, navigation → ranked calls painted, the user's own time to choose left out (median of ${RUNS}, each a new browser profile): ${median(firstMs).toFixed(0)} ms; floor (a Preact page whose button, clicked, fetches the same calls and lists them unscored): ${median(firstFloorMs).toFixed(0)} ms; ratio ${(median(firstMs) / median(firstFloorMs)).toFixed(2)}×  target ≤ 2×`,
    );
    console.log(
      `  navigation → onboarding painted ${median(onboardMs).toFixed(0)} ms (floor: its button ${median(floorButtonMs).toFixed(0)} ms, ${(median(onboardMs) / median(floorButtonMs)).toFixed(2)}×); choice → ranked calls painted ${median(chooseMs).toFixed(0)} ms (floor: click → list ${median(floorListMs).toFixed(0)} ms, ${(median(chooseMs) / median(floorListMs)).toFixed(2)}×)`,
    );

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(preview.url);
    await chooseSeedProfile(page, 'Karlskrona', 30_000);
    await poll(page, async () => performance.getEntriesByName('fw:matches:fresh')[0]?.startTime);

    // Returning visits: navigation → ranked calls painted, against the Preact page listing the same calls unscored.
    const floorPage = await ctx.newPage();
    const appMs: number[] = [];
    const floorMs: number[] = [];
    const freshMs: number[] = [];
    try {
      for (let i = 0; i < RUNS + 1; i++) {
        await page.goto(`${preview.url}#/matchningar`);
        await page.reload();
        const a = await poll(page, async () => performance.getEntriesByName('fw:matches:painted')[0]?.startTime);
        const fresh = await poll(page, async () => performance.getEntriesByName('fw:matches:fresh')[0]?.startTime);
        if (i === 1) {
          // A returning visit: every script the page had fetched (or had from the service worker) by the paint.
          const before = await page.evaluate(
            (at) =>
              performance
                .getEntriesByType('resource')
                .filter((e) => e.name.endsWith('.js') && e.startTime <= at)
                .map((e) => new URL(e.name).pathname.slice(1)),
            a,
          );
          const files = [...new Set(before)].filter((f) => f !== 'sw.js');
          console.log(
            `JS before the first view on a returning visit (scripts requested before the ranked calls are painted): ${kb(files.reduce((n, f) => n + gz(`${DIST}${f}`), 0))} gzip in ${files.length} files  target ≤ 60 KB  [${files.join(', ')}]`,
          );
        }
        await floorPage.goto(floor.url);
        await floorPage.reload();
        const f = await poll(floorPage, async () => performance.getEntriesByName('floor:painted')[0]?.startTime);
        if (i === 0) continue; // warm-up
        appMs.push(a);
        freshMs.push(fresh);
        floorMs.push(f);
      }
    } finally {
      await floorPage.close();
      await floor.stop();
    }
    const calls = (JSON.parse(snapshot) as { calls: unknown[] }).calls.length;
    console.log(
      `navigation → ranked calls painted, returning visit (last ranking painted from its snapshot, median of ${RUNS}): ${median(appMs).toFixed(0)} ms; floor (Preact page listing the same ${calls} calls unscored): ${median(floorMs).toFixed(0)} ms; ratio ${(median(appMs) / median(floorMs)).toFixed(2)}×  target ≤ 2×`,
    );
    console.log(
      `  returning visit, navigation → the device's own fresh ranking of all ${calls} calls in state (data layer, engine worker; it replaces the painted one): ${median(freshMs).toFixed(0)} ms; ratio to the floor ${(median(freshMs) / median(floorMs)).toFixed(2)}×`,
    );

    await poll(page, async () => !!(await navigator.serviceWorker.ready).active);
    await seed(page, seedRows());
    const total: number[] = [];
    const render: number[] = [];
    const data: number[] = [];
    const commit: number[] = [];
    const complete: number[] = [];
    const idb: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await page.goto(`${preview.url}#/bevakning`);
      await page.reload();
      // No inner named functions here: tsx would wrap them in a helper the page does not have.
      const m = await poll(page, async () =>
        performance.getEntriesByName('fw:watchlist:painted').length
          ? {
              painted: performance.getEntriesByName('fw:watchlist:painted')[0].startTime,
              commit: performance.getEntriesByName('fw:watchlist:commit')[0].startTime,
              data: performance.getEntriesByName('fw:boot:data')[0].startTime,
              start: performance.getEntriesByName('fw:start')[0].startTime,
            }
          : undefined,
      );
      const completeAt = await poll(
        page,
        async () => performance.getEntriesByName('fw:watchlist:complete')[0]?.startTime,
      );
      const rows = await page.locator('li.entry').count();
      // The floor: open the database and read every watchlist row, nothing validated or drawn. Read once the app is
      // idle (its start-up done: the list, the feed stored, the ranking and the digest run written), so the floor
      // does not share the database with the app's own work (a reload here would have it read the rows too).
      await poll(page, async () => performance.getEntriesByName('fw:matches:fresh').length > 0);
      await page.waitForTimeout(1000);
      const read = await page.evaluate(async () => {
        const t0 = performance.now();
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('fundwatch');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const n = await new Promise<number>((resolve, reject) => {
          const req = db.transaction('watchlist', 'readonly').objectStore('watchlist').getAll();
          req.onsuccess = () => resolve(req.result.length);
          req.onerror = () => reject(req.error);
        });
        db.close();
        return { ms: performance.now() - t0, n };
      });
      if (read.n !== ENTRIES) throw new Error(`expected ${ENTRIES} rows, read ${read.n}`);
      if (i === 0) {
        console.log(`watchlist of ${ENTRIES} entries: ${rows} rows rendered at first (the rest behind "Visa fler")`);
        continue; // warm-up
      }
      total.push(m.painted);
      idb.push(read.ms);
      data.push(m.data - m.start);
      render.push(m.painted - m.data);
      commit.push(m.commit - m.data);
      complete.push(completeAt);
    }
    console.log(
      `first render of a ${ENTRIES}-entry watchlist (median of ${RUNS}): ${median(render).toFixed(0)} ms from data to painted rows (DOM committed after ${median(commit).toFixed(0)} ms)  target ≤ 150 ms`,
    );
    console.log(
      `  app start → first screen's entries read and validated: ${median(data).toFixed(0)} ms; navigation start → painted: ${median(total).toFixed(0)} ms; navigation start → all ${ENTRIES} validated (in slices after the paint): ${median(complete).toFixed(0)} ms`,
    );
    console.log(
      `navigation → ${ENTRIES}-entry watchlist painted: ${median(total).toFixed(0)} ms; floor (open IndexedDB and read all ${ENTRIES} rows, no navigation, the page idle): ${median(idb).toFixed(0)} ms; ratio ${(median(total) / median(idb)).toFixed(2)}×  target ≤ 1.5×`,
    );
    await ctx.close();
  } finally {
    await browser.close();
    await preview.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
