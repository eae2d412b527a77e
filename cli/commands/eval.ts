import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCall, rank } from '../../core/match/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { InputError } from '../../core/model/errors.ts';
import type { Profile } from '../../core/model/profile.ts';
import { buildProfileFromText } from '../../core/profile/from-document.ts';
import { SEED_PROFILES } from '../../core/profile/seeds.ts';
import { parseFlags } from '../args.ts';
import { Bm25 } from '../eval/bm25.ts';
import { ndcgAt, precisionAt } from '../eval/metrics.ts';
import { type CliIo, type Command, EXIT_FAILED, EXIT_OK } from '../io.ts';
import { readCallsFile } from '../read-calls.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TARGETS = { builtNdcg: 0.85, builtP5: 0.9, documentNdcg: 0.8 };

interface Row {
  body: string;
  ndcg: number;
  p5: number;
}

function readLabels(path: string): Map<string, Map<string, number>> {
  if (!existsSync(path)) throw new InputError('file not found', { file: path });
  const byBody = new Map<string, Map<string, number>>();
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line);
      } catch {
        throw new InputError('invalid JSON', { file: path, line: i + 1 });
      }
      const id = row.id;
      if (typeof id !== 'string') throw new InputError('expected a string', { file: path, line: i + 1 }, 'id');
      for (const [body, grade] of Object.entries(row)) {
        if (body === 'id') continue;
        if (typeof grade !== 'number') throw new InputError('expected a number', { file: path, line: i + 1 }, body);
        if (!byBody.has(body)) byBody.set(body, new Map());
        byBody.get(body)!.set(id, grade);
      }
    });
  return byBody;
}

/** Seed documents by body id, from the table in seeds/README.md (file | body | län | kind). */
function readSeedDocs(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const readme = join(dir, 'README.md');
  if (!existsSync(readme)) return out;
  const files = new Set(readdirSync(dir));
  for (const line of readFileSync(readme, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = cells[1];
    if (!file || !files.has(file)) continue;
    const body = cells[2].toLowerCase();
    const seed = SEED_PROFILES.find((p) => p.name.toLowerCase() === body);
    if (seed) out.set(seed.id, readFileSync(join(dir, file), 'utf8'));
  }
  return out;
}

function measure(ids: string[], grades: Map<string, number>): { ndcg: number; p5: number } {
  return { ndcg: ndcgAt(ids, grades, 10), p5: precisionAt(ids, grades, 5) };
}

const mean = (rows: Row[], k: 'ndcg' | 'p5') => rows.reduce((t, r) => t + r[k], 0) / (rows.length || 1);

function table(title: string, rows: Row[]): string {
  const f = (x: number) => x.toFixed(3);
  const lines = rows.map((r) => `  ${r.body.padEnd(12)} ${f(r.ndcg)}   ${f(r.p5)}`);
  return `${title}\n  ${'body'.padEnd(12)} nDCG@10 P@5\n${lines.join('\n')}\n  ${'mean'.padEnd(12)} ${f(mean(rows, 'ndcg'))}   ${f(mean(rows, 'p5'))}\n`;
}

export const run: Command = async (args: string[], io: CliIo) => {
  const values = parseFlags(args, {
    dir: { type: 'string' },
    seeds: { type: 'string' },
    check: { type: 'boolean' },
    verbose: { type: 'boolean' },
  });
  const dir = values.dir ? resolve(io.cwd, values.dir) : join(REPO_ROOT, '..', 'shared', 'eval');
  const seedsDir = values.seeds ? resolve(io.cwd, values.seeds) : join(dir, '..', 'seeds');
  // Closed status must not push calls down here: rank() keeps closed calls unless openOnly.
  const calls: FundingCall[] = readCallsFile(join(dir, 'calls.jsonl'));
  const labels = readLabels(join(dir, 'labels.jsonl'));
  const analysed = calls.map(analyseCall);
  const bm25 = new Bm25(calls.map((c) => ({ id: c.id, text: [c.title, c.summary, ...(c.themes ?? [])].join(' ') })));
  const docs = readSeedDocs(seedsDir);

  const built: Row[] = [];
  const baseline: Row[] = [];
  const fromDocs: Row[] = [];
  for (const [body, grades] of labels) {
    const profile = SEED_PROFILES.find((p) => p.id === body);
    if (!profile) continue;
    const ids = rank(analysed, profile).map((r) => r.call.id);
    built.push({ body, ...measure(ids, grades) });
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
      baseline.push({
        body,
        ...measure(
          bm25.rank(doc).map((r) => r.id),
          grades,
        ),
      });
      const drafted: Profile = buildProfileFromText(doc);
      fromDocs.push({
        body,
        ...measure(
          rank(analysed, drafted).map((r) => r.call.id),
          grades,
        ),
      });
      if (values.verbose)
        io.stdout(
          `  from document: lan=${drafted.lan} kind=${drafted.kind} priorities=${drafted.priorities.map((p) => p.id).join(',')}\n`,
        );
    }
  }
  io.stdout(`Relevance set: ${calls.length} calls, ${built.length} bodies (${dir})\n\n`);
  io.stdout(table('Fundwatch engine, built-in profiles', built));
  io.stdout(`\n${table('Fundwatch engine, profiles built from the documents', fromDocs)}`);
  io.stdout(`\n${table('BM25 baseline (strategy text as query, no stemming)', baseline)}`);
  const ok =
    mean(built, 'ndcg') >= TARGETS.builtNdcg &&
    mean(built, 'p5') >= TARGETS.builtP5 &&
    mean(fromDocs, 'ndcg') >= TARGETS.documentNdcg;
  io.stdout(
    `\nTargets: built-in nDCG@10 ≥ ${TARGETS.builtNdcg}, P@5 ≥ ${TARGETS.builtP5}; from documents nDCG@10 ≥ ${TARGETS.documentNdcg}: ${ok ? 'met' : 'NOT met'}\n`,
  );
  return values.check && !ok ? EXIT_FAILED : EXIT_OK;
};
