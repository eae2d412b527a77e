import { describe, expect, it } from 'vitest';
import { buildInvite, parseInvite, syncUrlFor } from '../../../core/team/invite.ts';

describe('invite links', () => {
  const invite = {
    appOrigin: 'https://fundwatch.karlskrona.se',
    team: 'Ab3_x-9QwErT',
    token: 'tok_EN-1234567890abcdef',
    name: 'EU-gruppen & Co',
  };

  it('round-trips, with the secret in the fragment', () => {
    const link = buildInvite(invite);
    expect(link).toBe(
      'https://fundwatch.karlskrona.se/join#team=Ab3_x-9QwErT&token=tok_EN-1234567890abcdef&name=EU-gruppen%20%26%20Co',
    );
    expect(parseInvite(link)).toEqual(invite);
  });

  it('keeps a path prefix behind a reverse proxy and gives the sync address', () => {
    const link = buildInvite({ ...invite, appOrigin: 'https://intra.kommun.se/fundwatch/' });
    expect(parseInvite(link).appOrigin).toBe('https://intra.kommun.se/fundwatch');
    expect(syncUrlFor('https://intra.kommun.se/fundwatch')).toBe('wss://intra.kommun.se/fundwatch/sync');
    expect(syncUrlFor('http://127.0.0.1:4173')).toBe('ws://127.0.0.1:4173/sync');
  });

  it('names what is wrong with a bad link', () => {
    expect(() => parseInvite('https://x.se/join')).toThrow(/after #/);
    expect(() => parseInvite('https://x.se/other#team=abcd&token=abcdef')).toThrow(/join/);
    expect(() => parseInvite('https://x.se/join#token=abcdefgh')).toThrow(/team/);
    expect(() => parseInvite('https://x.se/join#team=abcd&token=a<b>cdef')).toThrow(/token/);
    expect(() => parseInvite('javascript:alert(1)//join#team=abcd&token=abcdefgh')).toThrow();
    expect(() => buildInvite({ ...invite, team: 'a b' })).toThrow(/team/);
  });

  it('treats the name as plain text', () => {
    const p = parseInvite('http://127.0.0.1:4173/join#team=abcd&token=abcdefgh&name=%3Cb%3EHi%0A%3C%2Fb%3E');
    expect(p.name).toBe('<b>Hi </b>');
  });
});
