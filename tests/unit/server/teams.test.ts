import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TeamRegistry } from '../../../server/teams.ts';

describe('team registry', () => {
  it('stores only the token hash and checks tokens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-teams-'));
    const r = new TeamRegistry(dir);
    const { team, token } = await r.create('EU-gruppen');
    expect(readFileSync(join(dir, 'teams.json'), 'utf8')).not.toContain(token);
    expect(r.check(team, token)).toBe('ok');
    expect(r.check(team, `${token}x`)).toBe('bad-token');
    expect(r.check(team, undefined)).toBe('bad-token');
    expect(r.check('nosuchteam', token)).toBe('unknown-team');
    expect(r.check('__proto__', token)).toBe('unknown-team');
  });

  it('keeps every team when two writers create at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-teams-'));
    const a = new TeamRegistry(dir);
    const b = new TeamRegistry(dir);
    const made = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).create(`t${i}`)));
    const fresh = new TeamRegistry(dir);
    expect(fresh.ids().sort()).toEqual(made.map((m) => m.team).sort());
  });

  it('names the field of a broken registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-teams-'));
    writeFileSync(join(dir, 'teams.json'), '{"version":1,"teams":{"abcd":{"name":3}}}');
    expect(() => new TeamRegistry(dir).ids()).toThrow(/teams\.json.*teams\.abcd\.name/);
  });
});
