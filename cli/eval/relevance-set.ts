import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../core/model/errors.ts';
import { SEED_PROFILES } from '../../core/profile/seeds.ts';

// A relevance set's files (calls.jsonl, labels.jsonl, the seed strategies), read alike by every evaluation command.

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Graded relevance per body: body id → call id → grade (0–3, halves where two graders differ). */
export function readLabels(path: string): Map<string, Map<string, number>> {
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
export function readSeedDocs(dir: string): Map<string, string> {
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

/** The shared material sits in ../shared next to the checkout, or one level further up for a worktree. */
export function sharedDir(sub: 'eval' | 'seeds', probe: string): string {
  const candidates = [join(REPO_ROOT, '..', 'shared', sub), join(REPO_ROOT, '..', '..', 'shared', sub)];
  return candidates.find((d) => existsSync(join(d, probe))) ?? candidates[0];
}

/**
 * A held-out set still blind to the engineers holds a BLIND file: the eval command lists none of its false claims,
 * and nothing is tuned or summed on it until it is released (the file deleted).
 */
export const isBlindSet = (dir: string): boolean => existsSync(join(dir, 'BLIND'));

/** Every numbered held-out set (tests/fixtures/heldout-N), blind ones too, in order of N: name and folder. */
export function heldoutSets(): { name: string; dir: string }[] {
  const fixtures = join(REPO_ROOT, 'tests', 'fixtures');
  return readdirSync(fixtures)
    .map((name) => /^heldout-(\d+)$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
    .map((n) => ({ name: `heldout-${n}`, dir: join(fixtures, `heldout-${n}`) }));
}

/** The released held-out sets (those without a BLIND file), in order of N: name and folder. */
export const releasedHeldoutSets = (): { name: string; dir: string }[] =>
  heldoutSets().filter(({ dir }) => !isBlindSet(dir));

/** The seed strategies for a set: the --seeds flag, else a seeds/ folder beside the set, else the shared seeds. */
export function seedsDirFor(dir: string, flag?: string): string {
  if (flag) return flag;
  const besideSet = join(dir, '..', 'seeds');
  return existsSync(join(besideSet, 'README.md')) ? besideSet : sharedDir('seeds', 'README.md');
}
