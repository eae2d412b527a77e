import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../support/documents.ts';
import { runCli } from '../../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fundwatch-profile-'));
const LINES = [
  'Internationellt program för Exempelby kommun i Blekinge',
  'Kommunen ska prioritera klimatanpassning och samarbete i Östersjöregionen.',
  'Kommunen ska stärka ungdomars delaktighet genom utbyten inom Erasmus+.',
];
writeFileSync(join(dir, 'strategi.pdf'), makePdf([LINES]));
writeFileSync(join(dir, 'strategi.docx'), makeDocx(LINES));
writeFileSync(join(dir, 'strategi.txt'), LINES.join('\n\n'));
writeFileSync(join(dir, 'bild.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));

const run = (args: string[]) => runCli(args, { cwd: dir });

describe('profile --from a PDF or Word document', () => {
  it('drafts the same profile from the PDF, the DOCX and the text', async () => {
    const concepts = async (file: string) => {
      const r = await run(['profile', '--from', file]);
      expect(r.code, r.err).toBe(0);
      const p = JSON.parse(r.out);
      expect(p.lan).toBe('blekinge');
      return p.priorities.flatMap((x: { concepts: string[] }) => x.concepts).sort();
    };
    const fromText = await concepts('strategi.txt');
    expect(fromText).toContain('climate-adaptation');
    expect(await concepts('strategi.pdf')).toEqual(fromText);
    expect(await concepts('strategi.docx')).toEqual(fromText);
  });

  it('prints each priority for review with its weight (decimal comma), basis and passage', async () => {
    const r = await run(['profile', '--from', 'strategi.txt']);
    const p = JSON.parse(r.out);
    const lines = r.err.split('\n').filter((l) => l.includes('Prioritering:'));
    expect(lines).toHaveLength(p.priorities.length);
    for (const l of lines) expect(l).toMatch(/ \d,\d \((sägs|en av|nämns)[^)]*\) — "/);
  });

  it('refuses a file it cannot read, naming it, with nothing on stdout', async () => {
    const r = await run(['profile', '--from', 'bild.png']);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/bild\.png.*PDF/);
  });
});
