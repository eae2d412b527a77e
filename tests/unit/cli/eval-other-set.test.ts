import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';

// A set other than the dev set carries its own baseline and audit labels; the dev set's baseline ranks other calls.
const dir = mkdtempSync(join(tmpdir(), 'fundwatch-eval-set-'));
const call = (id: string, title: string, summary: string) =>
  JSON.stringify({ id, funder: 'Interreg South Baltic', title, summary, language: 'en', deadline: null });
writeFileSync(
  join(dir, 'calls.jsonl'),
  [
    call(
      'a',
      'Small projects for cross-border cooperation',
      'Municipalities in the South Baltic area build cooperation capacity.',
    ),
    call('b', 'Blue economy innovation', 'Companies develop blue economy products.'),
    call('c', 'Sustainable tourism', 'Local authorities develop sustainable tourism along the coast.'),
  ].join('\n'),
);
writeFileSync(
  join(dir, 'labels.jsonl'),
  ['{"id":"a","karlskrona":3}', '{"id":"b","karlskrona":0}', '{"id":"c","karlskrona":1}'].join('\n'),
);

async function run(args: string[]) {
  const out: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: dir };
  const code = await main(args, io);
  return { code, stdout: out.join('') };
}

describe('eval on a set other than the dev set', () => {
  it('does not compare with a baseline of other calls, then compares with its own once written', async () => {
    const first = await run(['eval', '--dir', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Relevance set: 3 calls, 1 bodies');
    expect(first.stdout).toMatch(/no .*baseline-rankings\.json: no comparison/);
    const written = await run(['eval', '--dir', dir, '--write-baseline']);
    expect(written.stdout).toContain(join(dir, 'baseline-rankings.json'));
    expect(JSON.parse(readFileSync(join(dir, 'baseline-rankings.json'), 'utf8')).builtIn.karlskrona).toHaveLength(3);
    const again = await run(['eval', '--dir', dir]);
    expect(again.stdout).toContain('Δ: paired bootstrap');
    expect(again.stdout).toContain('+0.000 [+0.000, +0.000]');
    expect(again.stdout).toContain(`Explanation audit (${join(dir, 'explanation-claims.jsonl')})`);
  });

  it("lists no false claims, nor the worst fold's funder, of a set still blind to the engineers (a BLIND file in it)", async () => {
    const blind = mkdtempSync(join(tmpdir(), 'fundwatch-eval-blind-'));
    writeFileSync(join(blind, 'calls.jsonl'), readFileSync(join(dir, 'calls.jsonl')));
    writeFileSync(join(blind, 'labels.jsonl'), readFileSync(join(dir, 'labels.jsonl')));
    await run(['eval', '--dir', blind, '--audit-dump', join(blind, 'claims.jsonl')]);
    const claims = readFileSync(join(blind, 'claims.jsonl'), 'utf8').trim().split('\n');
    writeFileSync(
      join(blind, 'explanation-claims.jsonl'),
      claims.map((l) => JSON.stringify({ ...JSON.parse(l), label: false })).join('\n'),
    );
    const seen = await run(['eval', '--dir', blind]);
    expect(seen.stdout).toMatch(/ {2}false: /);
    expect(seen.stdout).toMatch(/worst [\d.]+ \(without /);
    writeFileSync(join(blind, 'BLIND'), '');
    const hidden = await run(['eval', '--dir', blind]);
    expect(hidden.stdout).not.toMatch(/ {2}false: /);
    // …nor which funder's fold is worst.
    expect(hidden.stdout).toMatch(/worst [\d.]+\n/);
    expect(hidden.stdout).not.toContain('(without ');
    expect(hidden.stdout).toContain('a blind set: which claims are false is not listed');
    expect(hidden.stdout).toMatch(/labelled \d+, true 0/);
  });

  it('says so when the stored baseline ranks other calls', async () => {
    const other = mkdtempSync(join(tmpdir(), 'fundwatch-eval-other-'));
    writeFileSync(join(other, 'calls.jsonl'), readFileSync(join(dir, 'calls.jsonl')));
    writeFileSync(join(other, 'labels.jsonl'), readFileSync(join(dir, 'labels.jsonl')));
    writeFileSync(
      join(other, 'baseline-rankings.json'),
      JSON.stringify({ version: 1, engine: 'x', builtIn: { karlskrona: ['q', 'r', 's'] }, documents: {} }),
    );
    const r = await run(['eval', '--dir', other]);
    expect(r.stdout).toContain('ranks other calls than this set: no comparison');
  });
});
