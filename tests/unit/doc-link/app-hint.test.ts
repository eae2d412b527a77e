import { describe, expect, it } from 'vitest';
import { takeExtensionHint, withExtensionHint } from '../../../core/doc-link/app-hint.ts';
import { handoverUrl, readHandover } from '../../../core/exchange/handover.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe("the extension's id hint in the app's address", () => {
  it('is added to any app address and taken out again, leaving the rest of the fragment', () => {
    for (const [url, rest] of [
      ['http://127.0.0.1:4173/', ''],
      ['http://127.0.0.1:4173/#/bevakning', '#/bevakning'],
      ['http://localhost:4173/app/#handover=%7B%22a%22%3A1%7D', '#handover=%7B%22a%22%3A1%7D'],
    ]) {
      const hash = new URL(withExtensionHint(url, ID)).hash;
      expect(takeExtensionHint(hash)).toEqual({ id: ID, rest });
    }
    expect(takeExtensionHint(`#x=1&fundwatch-extension=${ID}&y=2`)).toEqual({ id: ID, rest: '#x=1&y=2' });
    expect(takeExtensionHint(`#fundwatch-extension=${ID}&y=2`)).toEqual({ id: ID, rest: '#y=2' });
  });

  it('carries only extension ids: junk is dropped from the address and never becomes an id', () => {
    expect(withExtensionHint('http://127.0.0.1:4173/', '<script>')).toBe('http://127.0.0.1:4173/');
    expect(takeExtensionHint('#fundwatch-extension=<script>')).toEqual({ id: undefined, rest: '' });
    expect(takeExtensionHint('#/bevakning')).toEqual({ rest: '#/bevakning' });
    expect(takeExtensionHint('#not-fundwatch-extension=x')).toEqual({ rest: '#not-fundwatch-extension=x' });
  });

  it('does not disturb a hand-over: the call is read whole with the hint beside it', () => {
    const exchange = {
      format: 'fundwatch-exchange',
      version: 1,
      exportedAt: '2026-11-30T10:00:00.000Z',
      calls: [],
      entries: [],
    } as never;
    const url = withExtensionHint(handoverUrl('http://127.0.0.1:4173/', exchange), ID);
    const hash = new URL(url).hash;
    expect(readHandover(hash)?.format).toBe('fundwatch-exchange');
    expect(readHandover(hash)).toEqual(readHandover(takeExtensionHint(hash).rest));
  });
});
