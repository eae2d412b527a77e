import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnalysedCall, analyseCall, rank } from '../../core/match/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { Profile } from '../../core/model/profile.ts';
import { buildProfileFromText } from '../../core/profile/from-document.ts';
import { SEED_PROFILES } from '../../core/profile/seeds.ts';
import { parseFlags } from '../args.ts';
import { runAudit } from '../eval/audit.ts';
import { type Baseline, readBaseline, writeBaseline } from '../eval/baseline.ts';
import { Bm25 } from '../eval/bm25.ts';
import { type BodyRun, type Interval, pairedBootstrap, verdictOf } from '../eval/bootstrap.ts';
import { funderGroups, leaveOneFunderOut } from '../eval/funder-folds.ts';
import { ndcgAt, precisionAt } from '../eval/metrics.ts';
import { isBlindSet, readLabels, readSeedDocs, seedsDirFor, sharedDir } from '../eval/relevance-set.ts';
import { type CliIo, type Command, EXIT_FAILED, EXIT_OK } from '../io.ts';
import { readCallsFile } from '../read-calls.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BASELINE_FILE = join(REPO_ROOT, 'cli', 'eval', 'baseline-rankings.json');
const AUDIT_FILE = join(REPO_ROOT, 'tests', 'audit', 'explanation-claims.jsonl');
const TARGETS = { builtNdcg: 0.85, builtP5: 0.9, documentNdcg: 0.82, audit: 0.95 };

interface Row {
  body: string;
  ndcg: number;
  p5: number;
}

/**
 * Where a set's previous-engine rankings and audit labels live: the dev set's in the repository (the set itself
 * may not be copied in), any other set's beside its calls (a held-out set carries its own).
 */
function companionFiles(dir: string): { baseline: string; audit: string } {
  if (resolve(dir) === resolve(sharedDir('eval', 'calls.jsonl'))) return { baseline: BASELINE_FILE, audit: AUDIT_FILE };
  return { baseline: join(dir, 'baseline-rankings.json'), audit: join(dir, 'explanation-claims.jsonl') };
}

/** A baseline ranks exactly the set's calls, or it is another set's and says nothing about this one. */
function coversSet(previous: Baseline | undefined, callIds: readonly string[]): boolean {
  const ranked = previous ? Object.values(previous.builtIn)[0] : undefined;
  if (!ranked || ranked.length !== callIds.length) return false;
  const have = new Set(ranked);
  return callIds.every((id) => have.has(id));
}

const mean = (rows: Row[], k: 'ndcg' | 'p5') => rows.reduce((t, r) => t + r[k], 0) / (rows.length || 1);
const f3 = (x: number) => x.toFixed(3);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
const interval = (i: Interval) => `${signed(i.delta)} [${signed(i.low)}, ${signed(i.high)}]`;

function table(
  title: string,
  rows: Row[],
  vs?: { ndcg: ReturnType<typeof pairedBootstrap>; p5: ReturnType<typeof pairedBootstrap> },
): string {
  const head = `  ${'body'.padEnd(12)} nDCG@10 P@5${vs ? '     ΔnDCG@10 vs previous [95% CI]   ΔP@5 [95% CI]' : ''}`;
  const line = (body: string, n: number, p: number, dn?: Interval, dp?: Interval) =>
    `  ${body.padEnd(12)} ${f3(n)}   ${f3(p)}${dn && dp ? `   ${interval(dn).padEnd(31)} ${interval(dp)}` : ''}`;
  const lines = rows.map((r) => line(r.body, r.ndcg, r.p5, vs?.ndcg.perBody.get(r.body), vs?.p5.perBody.get(r.body)));
  lines.push(line('mean', mean(rows, 'ndcg'), mean(rows, 'p5'), vs?.ndcg.mean, vs?.p5.mean));
  const verdict = vs
    ? `\n  by the rule (interval excludes zero): nDCG@10 ${verdictOf(vs.ndcg.mean)}, P@5 ${verdictOf(vs.p5.mean)}`
    : '';
  return `${title}\n${head}\n${lines.join('\n')}${verdict}\n`;
}

function compare(
  rankings: Map<string, string[]>,
  previous: Record<string, string[]> | undefined,
  labels: Map<string, Map<string, number>>,
  callIds: string[],
) {
  if (!previous) return undefined;
  const runs = new Map<string, BodyRun>();
  for (const [body, current] of rankings) {
    const grades = labels.get(body);
    const prev = previous[body];
    if (grades && prev) runs.set(body, { grades, current, previous: prev });
  }
  if (runs.size === 0) return undefined;
  return { ndcg: pairedBootstrap(runs, callIds, 'ndcg'), p5: pairedBootstrap(runs, callIds, 'p5') };
}

export const run: Command = async (args: string[], io: CliIo) => {
  const values = parseFlags(args, {
    dir: { type: 'string' },
    seeds: { type: 'string' },
    check: { type: 'boolean' },
    verbose: { type: 'boolean' },
    'write-baseline': { type: 'boolean' },
    'audit-dump': { type: 'string' },
  });
  const dir = values.dir ? resolve(io.cwd, values.dir) : sharedDir('eval', 'calls.jsonl');
  const seedsDir = seedsDirFor(dir, values.seeds ? resolve(io.cwd, values.seeds) : undefined);
  const files = companionFiles(dir);
  // Closed status must not push calls down here: rank() keeps closed calls unless openOnly.
  const calls: FundingCall[] = readCallsFile(join(dir, 'calls.jsonl'));
  const labels = readLabels(join(dir, 'labels.jsonl'));
  const analysed: AnalysedCall[] = calls.map(analyseCall);
  const bm25 = new Bm25(calls.map((c) => ({ id: c.id, text: [c.title, c.summary, ...(c.themes ?? [])].join(' ') })));
  const docs = readSeedDocs(seedsDir);

  const built: Row[] = [];
  const baseline: Row[] = [];
  const fromDocs: Row[] = [];
  const builtRankings = new Map<string, string[]>();
  const docRankings = new Map<string, string[]>();
  const profiles = new Map<string, Profile>();
  for (const [body, grades] of labels) {
    const profile = SEED_PROFILES.find((p) => p.id === body);
    if (!profile) continue;
    profiles.set(body, profile);
    const ids = rank(analysed, profile).map((r) => r.call.id);
    builtRankings.set(body, ids);
    built.push({ body, ndcg: ndcgAt(ids, grades, 10), p5: precisionAt(ids, grades, 5) });
    if (values.verbose) {
      io.stdout(
        `${body}: ${ids
          .slice(0, 10)
          .map((id) => `${id}(${grades.get(id)})`)
          .join(' ')}\n`,
      );
    }
    const doc = docs.get(body);
    if (doc) {
      const bmIds = bm25.rank(doc).map((r) => r.id);
      baseline.push({ body, ndcg: ndcgAt(bmIds, grades, 10), p5: precisionAt(bmIds, grades, 5) });
      const drafted: Profile = buildProfileFromText(doc);
      const dIds = rank(analysed, drafted).map((r) => r.call.id);
      docRankings.set(body, dIds);
      fromDocs.push({ body, ndcg: ndcgAt(dIds, grades, 10), p5: precisionAt(dIds, grades, 5) });
      if (values.verbose)
        io.stdout(
          `  from document: lan=${drafted.lan} kind=${drafted.kind} priorities=${drafted.priorities.map((p) => p.id).join(',')}\n`,
        );
    }
  }

  if (values['write-baseline']) {
    const b: Baseline = {
      version: 1,
      engine: 'the engine at the commit that wrote this file (git log -- cli/eval/baseline-rankings.json)',
      builtIn: Object.fromEntries(builtRankings),
      documents: Object.fromEntries(docRankings),
    };
    writeBaseline(files.baseline, b);
    io.stdout(`Wrote ${files.baseline}\n`);
  }

  const callIds = calls.map((c) => c.id);
  const stored = readBaseline(files.baseline);
  const previous = coversSet(stored, callIds) ? stored : undefined;
  const inRepo = relative(REPO_ROOT, files.baseline);
  const shown = inRepo.startsWith('..') ? files.baseline : inRepo;
  io.stdout(`Relevance set: ${calls.length} calls, ${built.length} bodies (${dir})\n`);
  io.stdout(
    previous
      ? `Δ: paired bootstrap over calls (2000 resamples) against the previous engine's rankings in ${shown}\n\n`
      : stored
        ? `(${shown} ranks other calls than this set: no comparison)\n\n`
        : `(no ${shown}: no comparison)\n\n`,
  );
  io.stdout(
    table('Fundwatch engine, built-in profiles', built, compare(builtRankings, previous?.builtIn, labels, callIds)),
  );
  io.stdout(
    `\n${table('Fundwatch engine, profiles built from the documents', fromDocs, compare(docRankings, previous?.documents, labels, callIds))}`,
  );
  io.stdout(`\n${table('BM25 baseline (strategy text as query, no stemming)', baseline)}`);

  const groups = funderGroups(calls);
  const lofoBuilt = leaveOneFunderOut(builtRankings, labels, groups);
  const lofoDocs = leaveOneFunderOut(docRankings, labels, groups);
  // A blind set's worst fold would name one of its funders: its figure is shown, the funder not.
  const without = (funder: string) => (isBlindSet(dir) ? '' : ` (without ${funder})`);
  io.stdout(
    `\nLeave-one-funder-out (${lofoBuilt.folds} folds, mean nDCG@10 over bodies per fold):\n` +
      `  built-in      mean ${f3(lofoBuilt.mean)}  worst ${f3(lofoBuilt.worst)}${without(lofoBuilt.worstFunder)}\n` +
      `  documents     mean ${f3(lofoDocs.mean)}  worst ${f3(lofoDocs.worst)}${without(lofoDocs.worstFunder)}\n`,
  );

  const audit = runAudit(
    analysed,
    profiles,
    files.audit,
    values['audit-dump'] ? resolve(io.cwd, values['audit-dump']) : undefined,
    isBlindSet(dir),
  );
  io.stdout(`\n${audit.report}`);

  const ok =
    mean(built, 'ndcg') >= TARGETS.builtNdcg &&
    mean(built, 'p5') >= TARGETS.builtP5 &&
    mean(fromDocs, 'ndcg') >= TARGETS.documentNdcg &&
    (audit.share ?? 0) >= TARGETS.audit;
  io.stdout(
    `\nTargets: built-in nDCG@10 ≥ ${TARGETS.builtNdcg}, P@5 ≥ ${TARGETS.builtP5}; from documents nDCG@10 ≥ ${TARGETS.documentNdcg}; true claims ≥ ${TARGETS.audit * 100}%: ${ok ? 'met' : 'NOT met'}\n`,
  );
  return values.check && !ok ? EXIT_FAILED : EXIT_OK;
};
