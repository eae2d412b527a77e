import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applicantSituationOf,
  bucketOf,
  discordant,
  familyOf,
  type Observation,
  PARTS,
  type PartName,
  residuals,
  residualTable,
} from '../../../cli/eval/bias.ts';
import type { CliIo } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const parts = (content: number, area = 0): Record<PartName, number> => ({
  ...(Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<PartName, number>),
  content,
  area,
});

const obs = (callId: string, family: string, grade: number, content: number, area = 0): Observation => ({
  set: 's',
  kind: 'built-in',
  body: 'b',
  callId,
  grade,
  score: content + area,
  family: { family, programme: family },
  situation: 'no area or geography found',
  applicant: 'unknown: the call says nothing',
  length: 'up to 40 words',
  parts: parts(content, area),
});

describe('bias by family', () => {
  it('a half grade falls to the grade below', () => {
    expect([0, 0.5, 1, 1.5, 2, 2.5, 3].map(bucketOf)).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });

  it("a residual is the score against the mean of the body's calls of the same grade, per part too", () => {
    const rows = residuals([
      obs('a', 'Interreg', 3, 40, 8),
      obs('b', 'EU', 3, 60, 12),
      obs('c', 'Interreg', 0, 10),
      obs('d', 'EU', 0, 20),
    ]);
    const a = rows.find((r) => r.callId === 'a')!;
    expect(a.residual).toBeCloseTo(-12, 9);
    expect(a.partResidual.content).toBeCloseTo(-10, 9);
    expect(a.partResidual.area).toBeCloseTo(-2, 9);
    // Points per grade: the slope of score on grade (grade 0 → 15, grade 3 → 60: 15 a grade).
    expect(a.residualGrades).toBeCloseTo(-12 / 15, 9);
    const table = residualTable('t', rows, (r) => r.family.family);
    expect(table).toMatch(/Interreg\s+−5\.0 \(\s+1\)\s+−12\.0 \(\s+1\)/);
  });

  it('counts the pairs a grade apart in the wrong order against both families', () => {
    const rows = residuals([obs('a', 'Interreg', 3, 30), obs('b', 'EU', 1, 50), obs('c', 'EU', 2.5, 60)]);
    const d = discordant(rows, (r) => r.family.family);
    expect(d.total).toBe(1);
    expect(d.low.get('Interreg')).toBe(1);
    expect(d.high.get('EU')).toBe(1);
  });

  it('names the family from the programme data the engine reads a call with', () => {
    const call = (funder: string, programme: string) =>
      analyse(testCall({ funder, programme, title: 'Call', summary: 'Projects.' }));
    expect(familyOf(call('Interreg South Baltic', 'Interreg South Baltic 2021-2027').signals)).toEqual({
      family: 'Interreg & co. with a Swedish area',
      programme: 'Interreg South Baltic',
    });
    expect(familyOf(call('Interreg Danube', 'Interreg Danube Region Programme').signals).family).toBe(
      'Interreg & co. without Swedish län',
    );
    expect(familyOf(call('Vinnova', 'Vinnova').signals).family).toBe('National (Sweden)');
    expect(familyOf(call('Nobody', 'Nothing').signals).family).toBe('No programme recognised');
  });
});

describe('applicant situation', () => {
  const situation = (applicantTypes: string[]) => {
    const call = testCall({ funder: 'Okänd stiftelse', title: 'Youth exchanges', applicantTypes });
    return applicantSituationOf(score(call, testProfile()), analyse(call).signals);
  };
  it('tells a call for public bodies only from one that names them among other kinds', () => {
    expect(situation(['municipalities', 'regions'])).toBe('named: public bodies only');
    expect(situation(['municipalities', 'companies'])).toBe('named among other kinds');
    expect(situation(['companies'])).toBe('not eligible');
  });
});

describe('fundwatch bias', () => {
  it('prints the tables for a set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundwatch-bias-'));
    const line = (id: string, funder: string, title: string) =>
      JSON.stringify({ id, funder, title, summary: `${title}.`, language: 'en', deadline: null });
    writeFileSync(
      join(dir, 'calls.jsonl'),
      [
        line('a', 'Interreg South Baltic', 'Blue economy cooperation between municipalities'),
        line('b', 'Vinnova', 'Innovation for companies'),
        line('c', 'Interreg Danube', 'Danube river cooperation'),
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'labels.jsonl'),
      ['{"id":"a","karlskrona":3}', '{"id":"b","karlskrona":0}', '{"id":"c","karlskrona":0}'].join('\n'),
    );
    const out: string[] = [];
    const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: dir };
    expect(await main(['bias', '--dir', dir, '--calls', '1'], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('=== built-in profiles ===');
    expect(text).toContain('Interreg & co. with a Swedish area');
    expect(text).toContain('outside the area');
    expect(text).toMatch(/Furthest below their grade\n {2,}[+−]\d/);
  });
});
