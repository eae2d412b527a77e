/**
 * A cross-validated study of the scorer's global constants (issue 12): does another value of a constant rank the
 * released relevance sets (the dev set and the released held-out sets) better, judged on sets it was not chosen on?
 *
 * A constant's value is written into a copy of core/ (each knob below names its file and the text it rewrites, so
 * primitive exports such as COMPANY_FACTOR are reached as well as the TUNING object), the copy is bundled with
 * esbuild as the CLI ships the engine, and a worker thread analyses every set's calls and ranks them for each
 * body's built-in profile and the profile drafted from its strategy document (drafted once per run by the
 * working tree's own builder and handed to every worker). nDCG@10 is the eval command's (cli/eval/metrics.ts).
 * Each configuration's per-set means are cached (keyed by the core sources and the values), so a rerun or a
 * longer descent only scores what it has not seen.
 *
 * Leave-one-set-out: for each set, the value is chosen on the others — the largest summed gain
 * over them (built-in + documents) with no training set lower than −0.005 on either kind, else the current
 * value — and its gain on the set left out is that fold's estimate. The mean over the folds is the CV
 * estimate of what the change would do on a set nobody has seen.
 *
 *   node --import tsx bench/tune.ts one [knob,…]        each knob alone over its grid, the others as committed
 *   node --import tsx bench/tune.ts descent knob,…      coordinate descent over the knobs named, inside each fold
 *   (npm run tune -- <same arguments>)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ndcgAt } from '../cli/eval/metrics.ts';
import { readLabels, readSeedDocs, releasedHeldoutSets, seedsDirFor, sharedDir } from '../cli/eval/relevance-set.ts';
import { readCallsFile } from '../cli/read-calls.ts';
import type { FundingCall } from '../core/model/call.ts';
import type { Profile } from '../core/model/profile.ts';
import { buildProfileFromText } from '../core/profile/from-document.ts';
import { SEED_PROFILES } from '../core/profile/seeds.ts';
import { REPO } from './lib/corpus.ts';

/** A constant the study may set: where it is written, the text before its value, and the values to try. */
interface Knob {
  file: string;
  /** Matches the text up to the value (group 1) and the value itself; must match exactly once in the file. */
  at: RegExp;
  current: number;
  grid: number[];
}
const tuning = (name: string, current: number, grid: number[]): Knob => ({
  file: 'core/match/score.ts',
  at: new RegExp(`(\\n  ${name}: )([^,\\n]+)`),
  current,
  grid,
});
const field = (name: string, current: number, grid: number[]): Knob => ({
  file: 'core/match/analyse.ts',
  at: new RegExp(`(FIELD_WEIGHTS = \\{[^}]*\\b${name}: )([\\d.]+)`),
  current,
  grid,
});
const fallback = (name: string, current: number, grid: number[]): Knob => ({
  file: 'core/match/programme-fallback.ts',
  at: new RegExp(`(\\n  ${name}: )([\\d.]+)`),
  current,
  grid,
});
/**
 * A lexicon concept's specificity (core/data/lexicon.json): how much a match of it says the call is about the
 * priority. Tuned only for concepts whose calls were graded consistently off their score across the released sets.
 */
const specificity = (id: string, current: number, grid: number[]): Knob => ({
  file: 'core/data/lexicon.json',
  at: new RegExp(`("id": "${id}",\\s*"label": \\{[^}]*\\},\\s*"specificity": )([\\d.]+)`),
  current,
  grid,
});
const KNOBS: Record<string, Knob> = {
  SATURATION_K: tuning('SATURATION_K', 3, [1.5, 2, 3, 4, 5]),
  NEIGHBOUR_CREDIT: tuning('NEIGHBOUR_CREDIT', 0.3, [0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]),
  OWN_TERM_CREDIT: tuning('OWN_TERM_CREDIT', 0.5, [0.3, 0.4, 0.5, 0.6, 0.7]),
  CONTENT_MAX: tuning('CONTENT_MAX', 78, [70, 74, 78, 82, 86]),
  BEST_SHARE: tuning('BEST_SHARE', 0.6, [0.4, 0.5, 0.6, 0.7, 0.8]),
  PREFERRED_BOOST: tuning('PREFERRED_BOOST', 16, [10, 13, 16, 19, 22]),
  PREFERRED_VIA_FUNDER: tuning('PREFERRED_VIA_FUNDER', 8, [0, 4, 8, 12, 16]),
  PREFERRED_FULL_FOR: tuning('PREFERRED_FULL_FOR', 2, [1, 1.5, 2, 3, 4, 100]),
  GEOGRAPHY_BOOST: tuning('GEOGRAPHY_BOOST', 16, [10, 13, 16, 19, 22, 25]),
  PARTNER_BOOST: tuning('PARTNER_BOOST', 4, [0, 2, 4, 6, 8]),
  SPREAD_SENTENCES: tuning('SPREAD_SENTENCES', 3, [1, 2, 3, 4, 5]),
  ONE_SENTENCE_SHARE: tuning('ONE_SENTENCE_SHARE', 0.7, [0.5, 0.6, 0.7, 0.8, 0.9]),
  LIFT_AT: tuning('LIFT_AT', 6, [4, 6, 9, 12, 15, 18]),
  BLOCKED_FACTOR: tuning('BLOCKED_FACTOR', 0.3, [0.1, 0.2, 0.3, 0.4, 0.5]),
  BLOCKED_CAP: tuning('BLOCKED_CAP', 35, [25, 30, 35, 40, 45]),
  STRATEGY_POINTS: {
    file: 'core/match/eligibility.ts',
    at: /(export const STRATEGY_POINTS = )(\d+)/,
    current: 16,
    grid: [12, 14, 16, 18, 20],
  },
  OPEN_GEOGRAPHY_BOOST: {
    file: 'core/match/eligibility.ts',
    at: /(export const OPEN_GEOGRAPHY_BOOST = )(\d+)/,
    current: 8,
    grid: [4, 6, 8, 10, 12],
  },
  PROGRAMME_AREA: {
    file: 'core/match/eligibility.ts',
    at: /(const PROGRAMME_AREA = )(\d+)/,
    current: 10,
    grid: [8, 10, 12, 14, 16, 20],
  },
  APPLICANT_BOOST: {
    file: 'core/match/eligibility.ts',
    at: /(export const APPLICANT = \{ BOOST: )(\d+)/,
    current: 4,
    grid: [0, 2, 4, 6, 8, 10, 12, 16],
  },
  COMPANY_FACTOR: {
    file: 'core/match/company-call.ts',
    at: /(export const COMPANY_FACTOR = )([\d.]+)/,
    current: 0.6,
    grid: [0.4, 0.5, 0.6, 0.7, 0.8],
  },
  DOMESTIC_FACTOR: {
    file: 'core/match/scope.ts',
    at: /(export const DOMESTIC_FACTOR = )([\d.]+)/,
    current: 0.7,
    grid: [0.5, 0.6, 0.7, 0.8, 0.9],
  },
  FIELD_TITLE: field('title', 3, [2, 2.5, 3, 3.5, 4]),
  FIELD_THEMES: field('themes', 2, [1, 1.5, 2, 2.5, 3]),
  FIELD_PROGRAMME: field('programme', 1.5, [0, 0.5, 1, 1.25, 1.5, 2, 2.5]),
  FIELD_APPLICANT_TYPES: field('applicantTypes', 0.5, [0.25, 0.5, 0.75, 1]),
  FALLBACK_SHARE: fallback('SHARE', 0.8, [0.4, 0.6, 0.8, 1]),
  FALLBACK_MAX: fallback('MAX', 24, [8, 11, 14, 17, 20, 24]),
  SPEC_CULTURE: specificity('culture-heritage', 1.0, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_PUBLIC_INNOVATION: specificity('public-innovation', 1.0, [0.7, 0.8, 0.9, 1.0]),
  SPEC_EU_AFFAIRS: specificity('eu-affairs', 1.0, [0.7, 0.8, 0.9, 1.0]),
  SPEC_PARTICIPATION: specificity('participation-democracy', 0.8, [0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_SKILLS: specificity('skills-supply', 0.85, [0.55, 0.65, 0.75, 0.85, 1.0]),
  SPEC_INTERNATIONAL: specificity('international-cooperation', 0.45, [0.35, 0.45, 0.55, 0.65, 0.75]),
  SPEC_REGIONAL: specificity('regional-development', 0.7, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_BUSINESS: specificity('business-development', 0.8, [0.7, 0.8, 0.9, 1.0]),
  SPEC_CAPACITY: specificity('capacity-building', 0.75, [0.65, 0.75, 0.85, 1.0]),
  SPEC_ADAPTATION: specificity('climate-adaptation', 0.8, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_HEALTH: specificity('health-care', 1.0, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_BLUE: specificity('blue-economy', 1.0, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_TOURISM: specificity('tourism', 1.0, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_HUMAN_RIGHTS: specificity('human-rights', 1.0, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_CIVIL: specificity('civil-society', 1.0, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_SOCIAL_INNOVATION: specificity('social-innovation', 1.0, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_AGENDA: specificity('agenda-2030', 1.0, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_LOCAL_DEMOCRACY: specificity('local-democracy', 1.0, [0.6, 0.7, 0.8, 0.9, 1.0]),
  SPEC_PLACE_MARKETING: specificity('place-marketing', 0.7, [0.4, 0.5, 0.6, 0.7, 0.8]),
};

type Config = Record<string, number>;
/** Per set: mean nDCG@10 over bodies, built-in and documents. */
type SetMeans = Record<string, { built: number; docs: number }>;

// Released sets only: a set still blind (a BLIND file in its folder) is never tuned on.
const SETS: [string, string][] = [
  ['dev', sharedDir('eval', 'calls.jsonl')],
  ['h1', join(REPO, 'tests/fixtures/heldout-ranking')],
  ...releasedHeldoutSets().map(({ name, dir }): [string, string] => [name.replace('heldout-', 'h'), dir]),
];
const NOISE = -0.005;

interface LoadedSet {
  name: string;
  calls: FundingCall[];
  labels: Map<string, Map<string, number>>;
  built: [string, Profile][];
  docs: [string, Profile][];
}

function loadSets(): LoadedSet[] {
  return SETS.map(([name, dir]) => {
    const labels = readLabels(join(dir, 'labels.jsonl'));
    const seedDocs = readSeedDocs(seedsDirFor(dir));
    const built: [string, Profile][] = [];
    const docs: [string, Profile][] = [];
    for (const body of labels.keys()) {
      const profile = SEED_PROFILES.find((p) => p.id === body);
      if (!profile) continue;
      built.push([body, profile]);
      const doc = seedDocs.get(body);
      if (doc) docs.push([body, draftedProfile(doc)]);
    }
    return { name, calls: readCallsFile(join(dir, 'calls.jsonl')), labels, built, docs };
  });
}
/** The same document drafts the same profile: the seed strategies recur across sets, each is drafted once. */
const drafted = new Map<string, Profile>();
function draftedProfile(doc: string): Profile {
  const known = drafted.get(doc);
  if (known) return known;
  const p = buildProfileFromText(doc);
  drafted.set(doc, p);
  return p;
}

// The worker: imports one bundled engine, ranks every set for every profile, returns the top ten ids.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.bundle).then((m) => {
  const out = workerData.sets.map((s) => {
    const analysed = s.calls.map(m.analyseCall);
    const top = (profiles) => profiles.map(([body, p]) => [body, m.rank(analysed, p).slice(0, 10).map((r) => r.call.id)]);
    return { built: top(s.built), docs: top(s.docs) };
  });
  parentPort.postMessage(out);
});
`;

class Sweep {
  private readonly dir = mkdtempSync(join(tmpdir(), 'fw-tune-'));
  private readonly originals = new Map<string, string>();
  private readonly cacheFile = join(tmpdir(), 'fundwatch-tune-cache.json');
  private readonly cache: Record<string, SetMeans>;
  private readonly coreHash: string;
  private n = 0;

  constructor(private readonly sets: LoadedSet[]) {
    cpSync(join(REPO, 'core'), join(this.dir, 'core'), { recursive: true });
    cpSync(join(REPO, 'tsconfig.base.json'), join(this.dir, 'tsconfig.base.json'));
    symlinkSync(join(REPO, 'node_modules'), join(this.dir, 'node_modules'));
    for (const k of Object.values(KNOBS)) {
      if (this.originals.has(k.file)) continue;
      this.originals.set(k.file, readFileSync(join(REPO, k.file), 'utf8'));
    }
    for (const [name, k] of Object.entries(KNOBS)) {
      const text = this.originals.get(k.file)!;
      const hits = text.match(new RegExp(k.at.source, 'g'))?.length ?? 0;
      if (hits !== 1) throw new Error(`${name}: ${hits} matches in ${k.file}, expected 1`);
      const now = Number(text.match(k.at)![2]);
      if (!Number.isNaN(now) && now !== k.current)
        throw new Error(`${name}: ${k.file} has ${now}, the table ${k.current}`);
    }
    this.coreHash = hashTree(join(REPO, 'core'));
    this.cache = existsSync(this.cacheFile) ? JSON.parse(readFileSync(this.cacheFile, 'utf8')) : {};
  }

  close() {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Only the values that differ from the committed ones, in a fixed order: the cache key and the label. */
  static key(c: Config): string {
    return Object.keys(c)
      .filter((k) => c[k] !== KNOBS[k].current)
      .sort()
      .map((k) => `${k}=${c[k]}`)
      .join(' ');
  }

  async means(c: Config): Promise<SetMeans> {
    const key = `${this.coreHash} ${Sweep.key(c)}`;
    if (this.cache[key]) return this.cache[key];
    for (const [file, text] of this.originals) {
      let patched = text;
      for (const [name, v] of Object.entries(c)) {
        if (KNOBS[name].file === file && v !== KNOBS[name].current) patched = patched.replace(KNOBS[name].at, `$1${v}`);
      }
      writeFileSync(join(this.dir, file), patched);
    }
    const bundle = join(this.dir, `engine-${this.n++}.mjs`);
    execFileSync(
      join(REPO, 'node_modules/.bin/esbuild'),
      [
        join(this.dir, 'core/match/index.ts'),
        '--bundle',
        '--format=esm',
        '--platform=node',
        '--log-level=warning',
        `--outfile=${bundle}`,
      ],
      { cwd: this.dir, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const rankings = await new Promise<{ built: [string, string[]][]; docs: [string, string[]][] }[]>((ok, fail) => {
      const w = new Worker(WORKER, {
        eval: true,
        workerData: { bundle, sets: this.sets.map(({ calls, built, docs }) => ({ calls, built, docs })) },
      });
      w.once('message', ok);
      w.once('error', fail);
    });
    const out: SetMeans = {};
    rankings.forEach((r, i) => {
      const s = this.sets[i];
      const mean = (rows: [string, string[]][]) =>
        rows.reduce((t, [body, ids]) => t + ndcgAt(ids, s.labels.get(body)!, 10), 0) / (rows.length || 1);
      out[s.name] = { built: mean(r.built), docs: mean(r.docs) };
    });
    this.cache[key] = out;
    writeFileSync(this.cacheFile, JSON.stringify(this.cache));
    return out;
  }
}

function hashTree(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(p.slice(dir.length)).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 16);
}

const names = SETS.map(([n]) => n);
/** Gains of a configuration over the committed constants, per set and kind. */
const gains = (m: SetMeans, base: SetMeans) =>
  Object.fromEntries(names.map((n) => [n, { built: m[n].built - base[n].built, docs: m[n].docs - base[n].docs }]));

/** On the training sets: summed gain (both kinds), and whether none falls below noise. */
function trainScore(m: SetMeans, base: SetMeans, held: string): { sum: number; ok: boolean } {
  const g = gains(m, base);
  let sum = 0;
  let ok = true;
  for (const n of names) {
    if (n === held) continue;
    sum += g[n].built + g[n].docs;
    if (g[n].built < NOISE || g[n].docs < NOISE) ok = false;
  }
  return { sum, ok };
}

const sgn = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
const current = (): Config => Object.fromEntries(Object.entries(KNOBS).map(([k, v]) => [k, v.current]));

interface Fold {
  held: string;
  chosen: Config;
  built: number;
  docs: number;
}

function report(title: string, folds: Fold[]) {
  console.log(`\n${title}`);
  console.log('  held out  chosen on the other sets              Δ built-in  Δ documents');
  for (const f of folds) {
    console.log(
      `  ${f.held.padEnd(9)} ${(Sweep.key(f.chosen) || '(as committed)').padEnd(40)} ${sgn(f.built).padStart(9)}  ${sgn(f.docs).padStart(10)}`,
    );
  }
  const mb = folds.reduce((t, f) => t + f.built, 0) / folds.length;
  const md = folds.reduce((t, f) => t + f.docs, 0) / folds.length;
  const worst = Math.min(...folds.flatMap((f) => [f.built, f.docs]));
  console.log(
    `  CV estimate (mean over held-out sets): built-in ${sgn(mb)}, documents ${sgn(md)}; worst ${sgn(worst)}`,
  );
}

/** Leave-one-set-out over one knob's grid, the others as committed. */
async function one(sweep: Sweep, knobs: string[], base: SetMeans) {
  for (const name of knobs) {
    const k = KNOBS[name];
    const rows: [number, SetMeans][] = [];
    for (const v of k.grid) rows.push([v, await sweep.means({ ...current(), [name]: v })]);
    console.log(`\n${name} (committed ${k.current}): mean over all sets, Δ built-in / Δ documents, worst set`);
    for (const [v, m] of rows) {
      const g = gains(m, base);
      const all = names.flatMap((n) => [g[n].built, g[n].docs]);
      const mb = names.reduce((t, n) => t + g[n].built, 0) / names.length;
      const md = names.reduce((t, n) => t + g[n].docs, 0) / names.length;
      console.log(`  ${String(v).padEnd(6)} ${sgn(mb)} / ${sgn(md)}   worst ${sgn(Math.min(...all))}`);
    }
    const folds: Fold[] = names.map((held) => {
      let best: [number, number] = [k.current, 0];
      for (const [v, m] of rows) {
        const t = trainScore(m, base, held);
        if (t.ok && t.sum > best[1] + 1e-9) best = [v, t.sum];
      }
      const m = rows.find(([v]) => v === best[0])?.[1] ?? base;
      return {
        held,
        chosen: { ...current(), [name]: best[0] },
        built: m[held].built - base[held].built,
        docs: m[held].docs - base[held].docs,
      };
    });
    report(`${name}: leave-one-set-out`, folds);
    let all: [number, number] = [k.current, 0];
    for (const [v, m] of rows) {
      const t = trainScore(m, base, '');
      if (t.ok && t.sum > all[1] + 1e-9) all = [v, t.sum];
    }
    if (all[0] !== k.current) {
      const g = gains(rows.find(([v]) => v === all[0])![1], base);
      console.log(
        `  chosen on all sets: ${all[0]}; per set (built-in/documents): ${names.map((n) => `${n} ${sgn(g[n].built)}/${sgn(g[n].docs)}`).join(', ')}`,
      );
    }
  }
}

/** Coordinate descent on the training sets of each fold: each knob in turn over its grid, until none moves. */
async function descent(sweep: Sweep, knobs: string[], base: SetMeans, passes = 2) {
  // Training on all sets but `held` ('' for all).
  const train = async (held: string): Promise<Config> => {
    let at = current();
    let atScore = 0;
    for (let pass = 0; pass < passes; pass++) {
      let moved = false;
      for (const name of knobs) {
        for (const v of KNOBS[name].grid) {
          if (v === at[name]) continue;
          const c = { ...at, [name]: v };
          const t = trainScore(await sweep.means(c), base, held);
          if (t.ok && t.sum > atScore + 1e-9) {
            at = c;
            atScore = t.sum;
            moved = true;
          }
        }
      }
      if (!moved) break;
    }
    return at;
  };
  const folds: Fold[] = [];
  for (const held of names) {
    const at = await train(held);
    const m = await sweep.means(at);
    folds.push({ held, chosen: at, built: m[held].built - base[held].built, docs: m[held].docs - base[held].docs });
    console.log(`  fold ${held}: ${Sweep.key(at) || '(as committed)'}`);
  }
  report(`Coordinate descent over ${knobs.join(', ')}: leave-one-set-out`, folds);
  const all = await train('');
  const g = gains(await sweep.means(all), base);
  console.log(
    `  chosen on all sets: ${Sweep.key(all) || '(as committed)'}; per set (built-in/documents): ${names.map((n) => `${n} ${sgn(g[n].built)}/${sgn(g[n].docs)}`).join(', ')}`,
  );
}

const [mode = 'one', list] = process.argv.slice(2);
const chosen = list ? list.split(',') : Object.keys(KNOBS);
for (const k of chosen) if (!KNOBS[k]) throw new Error(`unknown knob ${k}: ${Object.keys(KNOBS).join(', ')}`);
const sweep = new Sweep(loadSets());
try {
  const base = await sweep.means(current());
  console.log('As committed, mean nDCG@10 (built-in, documents):');
  for (const n of names) console.log(`  ${n.padEnd(4)} ${base[n].built.toFixed(3)}  ${base[n].docs.toFixed(3)}`);
  if (mode === 'one') await one(sweep, chosen, base);
  else if (mode === 'descent') await descent(sweep, chosen, base);
  else throw new Error(`unknown mode ${mode}: one | descent`);
} finally {
  sweep.close();
}
console.log(`\n(${resolve(tmpdir(), 'fundwatch-tune-cache.json')} holds the scored configurations)`);
