import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabels as readClaimLabels } from '../../../cli/eval/audit.ts';
import { readBaseline } from '../../../cli/eval/baseline.ts';
import { readCallsFile } from '../../../cli/read-calls.ts';

// The held-out sets' files are well formed; nothing here asserts how the engine ranks them (README.md there).
// apart: how far the two labellers' grades may lie (heldout-4, heldout-17, heldout-19, heldout-20, heldout-24, heldout-27, heldout-28, heldout-30, heldout-34, heldout-35, heldout-38, heldout-41, heldout-44 and heldout-45 keep one 2-apart pair each, heldout-49 seven, heldout-52 two; their READMEs say so).
const SETS = [
  { name: 'heldout-ranking', size: 80, claims: 150, apart: 1 },
  { name: 'heldout-2', size: 64, claims: 150, apart: 1 },
  { name: 'heldout-3', size: 64, claims: 150, apart: 1 },
  { name: 'heldout-4', size: 64, claims: 150, apart: 2 },
  { name: 'heldout-5', size: 64, claims: 150, apart: 1 },
  { name: 'heldout-6', size: 64, claims: 150, apart: 1 },
  { name: 'heldout-7', size: 64, claims: 150, apart: 1 },
  { name: 'heldout-8', size: 64, claims: 150, apart: 1 },
  { name: 'heldout-9', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-10', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-11', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-12', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-13', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-14', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-15', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-16', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-17', size: 96, claims: 150, apart: 2 },
  { name: 'heldout-18', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-19', size: 96, claims: 150, apart: 2 },
  { name: 'heldout-20', size: 96, claims: 150, apart: 2 },
  { name: 'heldout-21', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-22', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-23', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-24', size: 96, claims: 150, apart: 2 },
  { name: 'heldout-25', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-26', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-27', size: 96, claims: 150, apart: 2 },
  { name: 'heldout-28', size: 96, claims: 150, apart: 2 },
  { name: 'heldout-29', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-30', size: 96, claims: 150, apart: 2 },
  { name: 'heldout-31', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-32', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-33', size: 96, claims: 150, apart: 1 },
  { name: 'heldout-34', size: 96, claims: 150, apart: 2 },
  { name: 'heldout-35', size: 96, claims: 150, apart: 2 },
  { name: 'heldout-36', size: 75, claims: 150, apart: 1 },
  { name: 'heldout-37', size: 66, claims: 150, apart: 1 },
  { name: 'heldout-38', size: 55, claims: 150, apart: 2 },
  { name: 'heldout-39', size: 52, claims: 150, apart: 1 },
  { name: 'heldout-40', size: 54, claims: 150, apart: 1 },
  { name: 'heldout-41', size: 38, claims: 150, apart: 2 },
  { name: 'heldout-42', size: 90, claims: 150, apart: 1 },
  { name: 'heldout-43', size: 90, claims: 150, apart: 2 },
  { name: 'heldout-44', size: 90, claims: 150, apart: 2 },
  { name: 'heldout-45', size: 90, claims: 150, apart: 2 },
  { name: 'heldout-46', size: 90, claims: 150, apart: 1 },
  { name: 'heldout-47', size: 52, claims: 150, apart: 1 },
  { name: 'heldout-48', size: 65, claims: 150, apart: 1 },
  { name: 'heldout-49', size: 55, claims: 150, apart: 2 },
  { name: 'heldout-50', size: 61, claims: 150, apart: 1 },
  { name: 'heldout-51', size: 54, claims: 150, apart: 1 },
  { name: 'heldout-52', size: 53, claims: 150, apart: 2 },
];
const BODIES = ['karlskrona', 'linkoping', 'kalmar', 'kronoberg', 'alvsbyn'];

describe.each(SETS)('the held-out relevance set $name', ({ name, size, claims: minClaims, apart }) => {
  const dir = join(import.meta.dirname, '../../fixtures', name);
  const rows = (file: string) =>
    readFileSync(join(dir, file), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, number | string>);
  const ids = readCallsFile(join(dir, 'calls.jsonl')).map((c) => c.id);

  it(`has ${size} calls with unique ids that pass the call gate`, () => {
    expect(ids).toHaveLength(size);
    expect(new Set(ids).size).toBe(size);
  });

  it('grades every call for the five bodies, 0–3, the mean of two labellers at most `apart` grades apart', () => {
    const [mean, a, b] = ['labels.jsonl', 'labels-a.jsonl', 'labels-b.jsonl'].map(
      (f) => new Map(rows(f).map((r) => [r.id as string, r])),
    );
    for (const id of ids) {
      for (const body of BODIES) {
        const [m, x, y] = [mean, a, b].map((l) => l.get(id)?.[body] as number);
        expect(
          [x, y].every((g) => Number.isInteger(g) && g >= 0 && g <= 3),
          `${id} ${body}`,
        ).toBe(true);
        expect(Math.abs(x - y), `${id} ${body}`).toBeLessThanOrEqual(apart);
        expect(m).toBe((x + y) / 2);
      }
    }
  });

  it('keeps the session-start rankings of exactly these calls and well-formed claim labels', () => {
    const baseline = readBaseline(join(dir, 'baseline-rankings.json'));
    for (const body of BODIES) expect(new Set(baseline?.builtIn[body])).toEqual(new Set(ids));
    const claims = readClaimLabels(join(dir, 'explanation-claims.jsonl'));
    expect(claims.size).toBeGreaterThanOrEqual(minClaims);
    for (const c of claims.values()) expect(ids).toContain(c.callId);
  });
});
