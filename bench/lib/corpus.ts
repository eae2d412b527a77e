/**
 * Real call texts for the benchmarks: the calls of the recorded funder sources (data/snapshot/calls.json) and of
 * the relevance set (../shared/eval/calls.jsonl, read in place, never copied), repeated with new ids up to the
 * size asked. Generated at run time; nothing large is committed. Lines keep each call's own format (full model
 * or the flat eval format), so reading and validation cost what they cost for users.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** ../shared/eval beside the checkout (or beside the folder of worktrees). */
export function sharedEvalDir(): string | undefined {
  for (const up of ['../shared/eval', '../../shared/eval']) {
    const dir = resolve(REPO, up);
    if (existsSync(join(dir, 'calls.jsonl'))) return dir;
  }
  return undefined;
}

/** The distinct real calls, as JSON objects in their own format. */
export function realCalls(): Record<string, unknown>[] {
  const snapshot = JSON.parse(readFileSync(join(REPO, 'data/snapshot/calls.json'), 'utf8')) as {
    calls: Record<string, unknown>[];
  };
  const out = snapshot.calls.map(({ status: _s, ...c }) => c);
  const dir = sharedEvalDir();
  if (dir) {
    for (const line of readFileSync(join(dir, 'calls.jsonl'), 'utf8').split('\n')) {
      if (line.trim()) out.push(JSON.parse(line) as Record<string, unknown>);
    }
  }
  return out;
}

/** `n` calls as JSON Lines text: the real calls in turn, each copy with an id of its own. */
export function corpusLines(n: number, base = realCalls()): string[] {
  const lines: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = base[i % base.length];
    lines[i] = JSON.stringify({ ...c, id: `${String(c.id)}#${Math.floor(i / base.length)}` });
  }
  return lines;
}

export function writeCorpus(path: string, n: number): void {
  writeFileSync(path, `${corpusLines(n).join('\n')}\n`);
}

// `tsx bench/lib/corpus.ts 10000 /tmp/calls-10k.jsonl`
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 10_000);
  const out = process.argv[3] ?? `/tmp/fundwatch-calls-${n}.jsonl`;
  writeCorpus(out, n);
  console.log(`${out}: ${n} calls from ${realCalls().length} real ones`);
}
