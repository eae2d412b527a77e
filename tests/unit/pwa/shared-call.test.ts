import { describe, expect, it } from 'vitest';
import { readSharedParams, sharedCall } from '../../../pwa/share/shared-call.ts';

const now = new Date('2026-03-01T10:00:00Z');

describe('share target / extension hand-over', () => {
  it('builds a call (source "shared") from title, text and url, with a deadline read from the text', () => {
    const p = readSharedParams(
      '?title=Utlysning%3A+Klimatanpassning+i+kustkommuner&text=Sista+ansökningsdag+15+april+2026+kl.+14.00.+Kommuner+kan+söka.&url=https%3A%2F%2Fwww.vinnova.se%2Fe%2Fx%2F',
    )!;
    const call = sharedCall(p, now);
    expect(call.source).toBe('shared');
    // A shared address is named like the extension names the same address (core/exchange pageCallId).
    expect(call.id).toMatch(/^page:/);
    expect(call.funder).toBe('vinnova.se');
    expect(call.language).toBe('sv');
    expect(call.url).toBe('https://www.vinnova.se/e/x/');
    expect(call.deadlines[0]).toMatchObject({ date: '2026-04-15', timeZone: 'Europe/Stockholm' });
    expect(call.status).toBe('open');
    // Same page shared twice: same id, so it updates instead of duplicating.
    expect(sharedCall(p, now).id).toBe(call.id);
  });

  it('takes the link out of "text" when the share sheet leaves "url" empty', () => {
    const p = readSharedParams('?text=Look+at+this+https%3A%2F%2Finterreg-baltic.eu%2Fcall%2F1')!;
    expect(p.url).toBe('https://interreg-baltic.eu/call/1');
    const call = sharedCall(p, now);
    expect(call.title).toBe('Look at this');
    expect(call.language).toBe('en');
  });

  it('ignores plain app URLs and never keeps a javascript: link', () => {
    expect(readSharedParams('')).toBeUndefined();
    expect(readSharedParams('?foo=1')).toBeUndefined();
    const call = sharedCall(readSharedParams('?title=x&url=javascript%3Aalert(1)')!, now);
    expect(call.url).toBe('');
  });

  it('accepts the extension’s extra fields', () => {
    const p = readSharedParams(
      '?title=Call&url=https%3A%2F%2Fsouthbaltic.eu%2Fc&funder=Interreg+South+Baltic&deadline=2026-05-30',
    )!;
    const call = sharedCall(p, now);
    expect(call.funder).toBe('Interreg South Baltic');
    expect(call.deadlines).toEqual([{ date: '2026-05-30', timeZone: 'Europe/Stockholm', kind: 'application' }]);
  });
});
