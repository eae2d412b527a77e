import { describe, expect, it } from 'vitest';
import { isAppOrigin } from '../../../extension/background/team/app-link.ts';
import { checkServerAddress, normaliseTeamConfig } from '../../../extension/background/team/team-config.ts';
import { originPattern } from '../../../extension/shared/normalise-origin.ts';

describe('team server address', () => {
  it('takes https anywhere and http only on this computer', () => {
    expect(checkServerAddress('https://fundwatch.kommun.se/')).toBe('https://fundwatch.kommun.se');
    expect(checkServerAddress(' https://intra.region.se/fundwatch/ ')).toBe('https://intra.region.se/fundwatch');
    expect(checkServerAddress('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173');
    expect(checkServerAddress('http://localhost:5000')).toBe('http://localhost:5000');
    expect(() => checkServerAddress('http://fundwatch.kommun.se')).toThrow(/https/);
    expect(() => checkServerAddress('ftp://x')).toThrow(/https/);
    expect(() => checkServerAddress('javascript:alert(1)')).toThrow();
    expect(() => checkServerAddress('not a url')).toThrow(/Ogiltig/);
    expect(() => checkServerAddress('https://u:p@x.se')).toThrow();
  });

  it('asks permission for that one origin only', () => {
    expect(originPattern('https://intra.region.se/fundwatch')).toBe('https://intra.region.se/*');
    expect(originPattern('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/*');
    expect(originPattern('')).toBeUndefined();
    expect(originPattern('javascript:alert(1)')).toBeUndefined();
  });

  it('reads a damaged stored team as no team', () => {
    const good = {
      server: 'http://127.0.0.1:4173',
      team: 'abcd1234',
      token: 'secret-token',
      name: 'EU',
      who: 'Eva',
      joinedAt: '2026-11-30T10:00:00Z',
      merged: true,
    };
    expect(normaliseTeamConfig(good)).toEqual(good);
    expect(normaliseTeamConfig({ ...good, server: 'http://evil.example' })).toBeUndefined();
    expect(normaliseTeamConfig({ ...good, token: '<script>' })).toBeUndefined();
    expect(normaliseTeamConfig('junk')).toBeUndefined();
    expect(normaliseTeamConfig({ ...good, merged: 'yes', who: 42 })).toEqual({ ...good, merged: false, who: '' });
  });
});

describe('app link origin', () => {
  it('accepts only the app served on this computer', () => {
    expect(isAppOrigin('http://127.0.0.1:4173')).toBe(true);
    expect(isAppOrigin('http://localhost:39211')).toBe(true);
    expect(isAppOrigin('https://127.0.0.1:4173')).toBe(false);
    expect(isAppOrigin('http://127.0.0.1.evil.example')).toBe(false);
    expect(isAppOrigin('http://localhost:4173/path')).toBe(false);
    expect(isAppOrigin(undefined)).toBe(false);
  });
});
