/**
 * The previous engine's rankings of the relevance set, per body and by call id, kept as a committed file so
 * `npm run eval` can compare the current engine with it (a paired bootstrap) without checking out old code.
 * `fundwatch eval --write-baseline` replaces it with the current engine's rankings once a change has landed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../../core/model/errors.ts';

const Rankings = z.record(z.string(), z.array(z.string()));
export const BaselineSchema = z.object({
  version: z.literal(1),
  /** What engine produced it (a commit or a note), for the reader. */
  engine: z.string(),
  /** Call ids best first, per body, for the built-in profiles and for profiles built from the documents. */
  builtIn: Rankings,
  documents: Rankings,
});
export type Baseline = z.infer<typeof BaselineSchema>;

export function readBaseline(path: string): Baseline | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError('invalid JSON', { file: path });
  }
  const parsed = BaselineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(issue.message, { file: path }, issue.path.map(String).join('.'));
  }
  return parsed.data;
}

export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileSync(path, `${JSON.stringify(baseline, null, 1)}\n`);
}
