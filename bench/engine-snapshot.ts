/**
 * What the engine says of every labelled set, kept to compare two versions of it (issue 12). Per set — the dev set
 * and every tests/fixtures/heldout-N, blind ones included — each claim of the explanation audit (top reason, area and
 * applicant lines of each body's ten best calls, every blocker) and each line of `fundwatch eval --verbose` that
 * says a ranking: a body's top ten with grades, and the mean figures. `write FILE` saves that; `compare FILE` prints
 * which sets differ and by how many lines, and nothing more of a blind set, so a change can be checked against a
 * set nobody working on the engine may read; `--show` adds the differing lines of released sets.
 *
 *   node --import tsx bench/engine-snapshot.ts write before.txt          (npm run eval:snapshot -- write before.txt)
 *   node --import tsx bench/engine-snapshot.ts compare before.txt [--show] [--bodies]
 *
 * `--bodies` adds, per body, the change of nDCG@10 (built-in, documents) summed over the released sets only: what a
 * change trades between bodies, never reading a blind set's figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { currentClaims } from '../cli/eval/audit.ts';
import { heldoutSets, isBlindSet, sharedDir } from '../cli/eval/relevance-set.ts';
import { readCallsFile } from '../cli/read-calls.ts';
import { analyseCall } from '../core/match/index.ts';
import { SEED_PROFILES } from '../core/profile/seeds.ts';
import { REPO } from './lib/corpus.ts';
import { evalOutputs } from './lib/eval-runs.ts';

/** The bodies of the eval's tables, and their mean. */
const BODIES = new Set([...SEED_PROFILES.map((p) => p.id), 'mean']);
/** Lines of `eval --verbose` that say a ranking: "body: id(grade) …", a drafted profile's line, a body's figures. */
const RANKING_LINE = new RegExp(`^[a-z]+: |from document|^ {2}(?:${[...BODIES].join('|')}) `);

/** Every line of the snapshot, each prefixed with its set's folder (relative to the repo). */
async function snapshot(): Promise<string[]> {
  // The dev set, the first held-out set (heldout-ranking, named before the sets were numbered), then the numbered.
  const dirs = [sharedDir('eval', 'calls.jsonl'), join(REPO, 'tests', 'fixtures', 'heldout-ranking')]
    .filter((d) => existsSync(join(d, 'calls.jsonl')))
    .concat(heldoutSets().map((s) => s.dir));
  const profiles = new Map(SEED_PROFILES.map((p) => [p.id, p]));
  const outputs = await evalOutputs(dirs, ['--verbose']);
  return dirs.flatMap((dir, i) => {
    const name = relative(REPO, dir);
    const calls = readCallsFile(join(dir, 'calls.jsonl')).map(analyseCall);
    const claims = currentClaims(calls, profiles).map((c) => `${name} ${JSON.stringify(c)}`);
    const rankings = outputs[i]
      .split('\n')
      .filter((l) => RANKING_LINE.test(l))
      .map((l) => `${name} ${l}`);
    return [...claims, ...rankings];
  });
}

/** Lines by set, as a set of lines each: the order of claims and lines within a set does not matter. */
function bySet(lines: readonly string[]): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const line of lines) {
    const at = line.indexOf(' ');
    if (at <= 0) continue;
    const name = line.slice(0, at);
    if (!sets.has(name)) sets.set(name, new Set());
    sets.get(name)?.add(line.slice(at + 1));
  }
  return sets;
}

/** Per set, per body (and "mean"): nDCG@10 of the built-in and the document profiles, as the eval prints them first. */
function bodyFigures(lines: readonly string[]): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>();
  for (const line of lines) {
    const m = /^(\S+) {3}(\S+)\s+([0-9.]+)\s/.exec(line);
    if (!m || !BODIES.has(m[2])) continue;
    if (!out.has(m[1])) out.set(m[1], new Map());
    const set = out.get(m[1]) as Map<string, number[]>;
    const figures = set.get(m[2]) ?? [];
    // The built-in table comes first, then the documents', then BM25's (not kept).
    if (figures.length < 2) figures.push(Number(m[3]));
    set.set(m[2], figures);
  }
  return out;
}

/** The change per body summed over the released sets present in both snapshots. */
function bodyChanges(before: readonly string[], after: readonly string[]): string {
  const was = bodyFigures(before);
  const is = bodyFigures(after);
  const sums = new Map<string, number[]>();
  let sets = 0;
  for (const [name, bodies] of is) {
    const old = was.get(name);
    if (!old || isBlindSet(join(REPO, name))) continue;
    sets++;
    for (const [body, figures] of bodies) {
      const prior = old.get(body);
      if (!prior) continue;
      const sum = sums.get(body) ?? [0, 0];
      for (let k = 0; k < 2; k++) sum[k] += (figures[k] ?? 0) - (prior[k] ?? 0);
      sums.set(body, sum);
    }
  }
  const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
  const rows = [...sums].map(([body, [b, d]]) => `  ${body.padEnd(11)} ${signed(b)}   ${signed(d)}`);
  return [`nDCG@10 change summed over ${sets} released sets (built-in, documents):`, ...rows].join('\n');
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const show = process.argv.includes('--show');
  if ((mode !== 'write' && mode !== 'compare') || !file) {
    console.error('usage: engine-snapshot.ts write FILE | compare FILE [--show] [--bodies]');
    process.exit(2);
  }
  const now = await snapshot();
  if (mode === 'write') {
    writeFileSync(file, `${now.join('\n')}\n`);
    console.log(`wrote ${now.length} lines of ${bySet(now).size} sets to ${file}`);
    return;
  }
  const beforeLines = readFileSync(file, 'utf8').split('\n');
  const before = bySet(beforeLines);
  const after = bySet(now);
  let differ = 0;
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const was = before.get(name) ?? new Set<string>();
    const is = after.get(name) ?? new Set<string>();
    const gone = [...was].filter((l) => !is.has(l));
    const added = [...is].filter((l) => !was.has(l));
    if (gone.length === 0 && added.length === 0) continue;
    differ++;
    const blind = isBlindSet(join(REPO, name));
    console.log(`${name}: −${gone.length} +${added.length}${blind ? ' (blind: lines not shown)' : ''}`);
    if (show && !blind) {
      for (const l of gone) console.log(`  − ${l}`);
      for (const l of added) console.log(`  + ${l}`);
    }
  }
  console.log(differ === 0 ? 'no set differs' : `${differ} of ${after.size} sets differ`);
  if (process.argv.includes('--bodies')) console.log(bodyChanges(beforeLines, now));
}

await main();
