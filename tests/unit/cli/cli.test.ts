import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fundwatch-cli-'));
const good = {
  id: 'c1',
  funder: 'Interreg South Baltic',
  title: 'Cross-border cooperation in the South Baltic',
  summary: 'Municipalities may apply.',
  language: 'en',
  deadline: '2026-12-01',
};
const lines = Array.from({ length: 16 }, (_, i) => JSON.stringify({ ...good, id: `c${i + 1}` }));
writeFileSync(join(dir, 'good.jsonl'), `${lines.join('\n')}\n`);
writeFileSync(join(dir, 'bad-json.jsonl'), `${lines.join('\n')}\n{"id": "c17", "title": \n`);
writeFileSync(
  join(dir, 'bad-field.jsonl'),
  `${JSON.stringify(good)}\n${JSON.stringify({ ...good, id: 'c2', title: 42 })}\n`,
);
writeFileSync(
  join(dir, 'strategy.txt'),
  'Karlskrona kommun ska prioritera samarbete i Östersjöregionen med Polen och Litauen. Karlskrona kommun ska stärka ungdomars delaktighet och klimatanpassning.\n',
);

const run = (args: string[]) => runCli(args, { cwd: dir });

describe('score command', () => {
  it('prints JSON Lines best first', async () => {
    const r = await run(['score', '--profile', 'karlskrona', '--calls', 'good.jsonl']);
    expect(r.code).toBe(0);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(16);
    expect(Object.keys(rows[0])).toEqual(['id', 'score', 'band', 'reasons', 'eligibility', 'boosts', 'blockers']);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].score).toBeGreaterThanOrEqual(rows[i].score);
  });

  it('explains only the best N with --explain; the rest carry the same score and band', async () => {
    const all = await run(['score', '--profile', 'karlskrona', '--calls', 'good.jsonl']);
    const some = await run(['score', '--profile', 'karlskrona', '--calls', 'good.jsonl', '--explain', '3']);
    const full = all.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const rows = some.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.slice(0, 3)).toEqual(full.slice(0, 3));
    expect(rows.slice(3)).toEqual(full.slice(3).map((r) => ({ id: r.id, score: r.score, band: r.band })));
  });

  it('--format compact states the priority labels once in a header line', async () => {
    const r = await run(['score', '--profile', 'karlskrona', '--calls', 'good.jsonl', '--format', 'compact']);
    const [head, ...rows] = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(head.header).toMatchObject({ format: 'compact', profile: 'karlskrona', calls: 16, explained: 16 });
    expect(Object.keys(head.header.priorities).length).toBeGreaterThan(0);
    expect(rows).toHaveLength(16);
    const reasons = rows.flatMap((x) => x.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      expect(reason.priorityLabel).toBeUndefined();
      expect(head.header.priorities[reason.priorityId]).toBeDefined();
    }
  });

  it('scores a repeated id once and says so on stderr', async () => {
    writeFileSync(join(dir, 'dupes.jsonl'), `${lines[0]}\n${lines[1]}\n${lines[0]}\n`);
    const r = await run(['score', '--profile', 'karlskrona', '--calls', 'dupes.jsonl']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(2);
    expect(r.err).toMatch(/1 repeated call id\(s\) scored once.*c1 \(line 3\)/);
  });

  it('refuses an empty calls file and a directory with exit 2, naming the path as given', async () => {
    writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
    const empty = await run(['score', '--profile', 'karlskrona', '--calls', 'empty.jsonl']);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/empty\.jsonl: no calls in the file/);
    const folder = await run(['score', '--profile', 'karlskrona', '--calls', '.']);
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/fundwatch score: \.: is a directory/);
    expect(folder.out + empty.out).toBe('');
  });
  it('names file and line of invalid JSON, exit 2, nothing on stdout', async () => {
    const r = await run(['score', '--profile', 'karlskrona', '--calls', 'bad-json.jsonl']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/bad-json\.jsonl, line 17/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
  it('names the field of a wrong type', async () => {
    const r = await run(['score', '--profile', 'karlskrona', '--calls', 'bad-field.jsonl']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/line 2: field "title"/);
  });
  it('reports a missing file and an unknown profile', async () => {
    const missing = await run(['score', '--profile', 'karlskrona', '--calls', 'nope.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.jsonl: file not found/);
    const unknown = await run(['score', '--profile', 'atlantis', '--calls', 'good.jsonl']);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toBe('');
    expect(unknown.err).toMatch(/unknown profile id "atlantis"/);
  });
});

describe('profile command', () => {
  it('prints a profile that score --profile accepts', async () => {
    const r = await run(['profile', '--from', 'strategy.txt', '--lan', 'blekinge']);
    expect(r.code).toBe(0);
    const profile = JSON.parse(r.out);
    expect(profile.lan).toBe('blekinge');
    writeFileSync(join(dir, 'drafted.json'), r.out);
    const s = await run(['score', '--profile', 'drafted.json', '--calls', 'good.jsonl']);
    expect(s.code).toBe(0);
    expect(s.out.trim().split('\n')).toHaveLength(16);
  });
  it('rejects a missing strategy file and a broken profile file', async () => {
    const r = await run(['profile', '--from', 'missing.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing\.txt: file not found/);
    writeFileSync(
      join(dir, 'broken.json'),
      JSON.stringify({ id: 'x', name: 'X', kind: 'stad', lan: 'a', priorities: [] }),
    );
    const s = await run(['score', '--profile', 'broken.json', '--calls', 'good.jsonl']);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/broken\.json: field "kind"/);
  });
});

describe('profile files', () => {
  it('names an unknown concept id by its field path', async () => {
    const profile = {
      id: 'x',
      name: 'X kommun',
      kind: 'kommun',
      lan: 'blekinge',
      priorities: [{ id: 'a', label: { sv: 'A', en: 'A' }, weight: 1, concepts: ['klimat-typo'] }],
    };
    writeFileSync(join(dir, 'typo.json'), JSON.stringify(profile));
    const r = await run(['score', '--profile', 'typo.json', '--calls', 'good.jsonl']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/typo\.json: field "priorities\.0\.concepts\.0": unknown concept id "klimat-typo"/);
  });
  it('asks for the län when a strategy text does not give it away', async () => {
    writeFileSync(join(dir, 'nolan.txt'), 'Vi ska prioritera klimatanpassning och ungdomars delaktighet.\n');
    const r = await run(['profile', '--from', 'nolan.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nolan\.txt: .*län/);
  });
});

describe('a data folder that cannot be used', () => {
  it('is bad input naming the path and why (exit 2), not an internal error', async () => {
    // A path under a file (ENOTDIR) and a file where the folder should be (EEXIST), for team create and team list.
    for (const [data, why] of [
      ['good.jsonl/data', `${join(dir, 'good.jsonl')} is a file, not a folder`],
      ['good.jsonl', 'it is a file, not a folder'],
    ] as const) {
      for (const sub of ['create', 'list']) {
        const r = await run(['team', sub, '--data', data]);
        expect(r.code).toBe(2);
        expect(r.err).toBe(
          `fundwatch team: field "--data": cannot use ${join(dir, data)} as the data folder: ${why}\n`,
        );
        expect(r.out).toBe('');
      }
    }
  });
});
