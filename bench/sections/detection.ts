/**
 * Detection quality on the layout set (tests/fixtures/layouts + the recorded pages), in real Chromium with the
 * built extension under the funders' host names: per layout class, recall (expected calls marked) and
 * precision (marks that are calls), then the bands of the clearly relevant and irrelevant calls and any
 * stray strong/relevant mark on something that is not a call. Targets: found ≥ 90%, bands ≥ 80%, no stray.
 */
import { launchWithExtension } from '../../tests/e2e/support/ext-browser.ts';
import { type CaseResult, judge, marksAfterSettling, routeLayouts } from '../../tests/e2e/support/ext-layouts.ts';
import { startFixtureServer } from '../../tests/e2e/support/ext-server.ts';
import { heldOutCases, layoutCases } from '../../tests/support/layout-cases.ts';

const pct = (n: number, d: number) => (d === 0 ? '  —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export async function run(): Promise<void> {
  const tuning = layoutCases();
  const heldOut = heldOutCases();
  const server = await startFixtureServer();
  routeLayouts(server, [...tuning, ...heldOut]);
  const browser = await launchWithExtension(server.port);
  const results: CaseResult[] = [];
  const held: CaseResult[] = [];
  try {
    const page = await browser.ctx.newPage();
    for (const c of tuning) results.push(judge(c, await marksAfterSettling(page, c)));
    for (const c of heldOut) held.push(judge(c, await marksAfterSettling(page, c)));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `tuning set (the detector was developed on it): ${tuning.length} pages (${tuning.filter((c) => c.name.startsWith('layouts/')).length} synthetic variants)`,
  );
  report(results);
  // The first batch showed gaps that were then fixed in the detector's general mechanism; the second batch was
  // written after those fixes and has not informed the detector.
  const second = (r: CaseResult) => r.c.name.startsWith('held-out/second-batch/');
  console.log(
    `\nheld-out set, first batch (tests/fixtures/held-out; written after the detector; its gaps were then fixed in general mechanisms): ${held.filter((r) => !second(r)).length} pages`,
  );
  report(held.filter((r) => !second(r)));
  console.log(
    `\nheld-out set, second batch (tests/fixtures/held-out/second-batch; written after those fixes, not tuned on): ${held.filter(second).length} pages`,
  );
  report(held.filter(second));
}

function report(results: CaseResult[]): void {
  const classes = [...new Set(results.map((r) => r.c.class))].sort();
  console.log('class                 pages  expected  found  marks   recall  precision');
  const total = { pages: 0, expected: 0, hits: 0, marks: 0, right: 0, judged: 0, stray: 0 };
  for (const cls of classes) {
    const rs = results.filter((r) => r.c.class === cls);
    const expected = rs.reduce((n, r) => n + r.c.items.length, 0);
    const hits = rs.reduce((n, r) => n + r.hits, 0);
    const marks = rs.reduce((n, r) => n + r.marks.length, 0);
    total.pages += rs.length;
    total.expected += expected;
    total.hits += hits;
    total.marks += marks;
    total.right += rs.reduce((n, r) => n + r.bandsRight, 0);
    total.judged += rs.reduce((n, r) => n + r.bandsJudged, 0);
    total.stray += rs.reduce((n, r) => n + r.strayHigh, 0);
    console.log(
      `${cls.padEnd(22)}${String(rs.length).padStart(5)}${String(expected).padStart(10)}${String(hits).padStart(7)}${String(marks).padStart(7)}   ${pct(hits, expected)}   ${pct(hits, marks)}`,
    );
  }
  console.log(
    `${'all'.padEnd(22)}${String(total.pages).padStart(5)}${String(total.expected).padStart(10)}${String(total.hits).padStart(7)}${String(total.marks).padStart(7)}   ${pct(total.hits, total.expected)}   ${pct(total.hits, total.marks)}   [target found ≥ 90%]`,
  );
  console.log(
    `bands right on clearly relevant/irrelevant calls: ${total.right}/${total.judged} = ${pct(total.right, total.judged)}   [target ≥ 80%]; stray strong/relevant marks: ${total.stray}   [target 0]`,
  );
  for (const r of results) {
    if (r.missed.length || r.extra.length)
      console.log(`  ${r.c.name}: missed ${JSON.stringify(r.missed)} extra ${JSON.stringify(r.extra)}`);
    for (const e of r.c.items) {
      const m = e.band && r.marks.find((x) => x.title.startsWith(e.title));
      if (m && (m.band === 'strong' || m.band === 'relevant') !== (e.band === 'high'))
        console.log(`  band off: ${r.c.name}: "${e.title}" is ${m.band} ${m.score}, expected ${e.band}`);
    }
  }
}
