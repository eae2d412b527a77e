import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, claimsOf, readLabels } from '../../../cli/eval/audit.ts';
import { score } from '../../../core/match/index.ts';
import { InputError } from '../../../core/model/errors.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';

const FILE = join(import.meta.dirname, '..', '..', 'audit', 'explanation-claims.jsonl');

describe('the explanation audit labels (tests/audit/explanation-claims.jsonl)', () => {
  const labels = readLabels(FILE);
  it('hold at least 150 claims of every kind, each with a note saying why', () => {
    expect(labels.size).toBeGreaterThanOrEqual(150);
    const kinds = new Set([...labels.values()].map((l) => l.kind));
    for (const k of CLAIM_KINDS) expect(kinds.has(k), k).toBe(true);
    for (const l of labels.values()) expect(l.note.length, l.id).toBeGreaterThan(10);
  });
  it('refuses a broken line, naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const bad = join(dir, 'claims.jsonl');
    writeFileSync(bad, '{"id":"a","callId":"c","profile":"p","kind":"area","claim":"x","label":true}\n{"id":"b"}\n');
    expect(() => readLabels(bad)).toThrow(InputError);
    expect(() => readLabels(bad)).toThrow(/line 2/);
  });
});

describe('claims', () => {
  it('are made from what the user reads: the top reason, both eligibility lines and every blocker', () => {
    const m = score(
      {
        id: 'c1',
        source: 't',
        funder: 'Interreg South Baltic',
        title: 'Youth exchanges',
        summary: 'Municipalities may apply.',
        url: '',
        language: 'en',
        deadlines: [],
      },
      getSeedProfile('linkoping')!,
    );
    const claims = claimsOf(m, 'linkoping', 0);
    expect(claims.map((c) => c.kind).sort()).toEqual(['applicant', 'area', 'blocker', 'top-reason']);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(claimsOf(m, 'linkoping', 50).map((c) => c.kind)).toEqual(['blocker']);
  });
});
