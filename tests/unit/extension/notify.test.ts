import { describe, expect, it } from 'vitest';
import { digestNotification } from '../../../extension/background/notify.ts';
import type { Digest } from '../../../extension/messages.ts';

const entry = {
  callId: 'icld:1',
  title: 'Kommunala partnerskap 2027',
  url: 'https://icld.se/1',
  funder: 'ICLD',
  score: 72,
  band: 'strong' as const,
  reasons: [
    {
      priorityId: 'demokrati',
      priorityLabel: { sv: 'Demokrati och delaktighet', en: 'Democracy and participation' },
      evidence: [{ term: 'lokal demokrati', quote: '…stärka lokal demokrati…' }],
      points: 32.5,
    },
  ],
  deadline: { date: '2027-01-15', time: '16:00', timeZone: 'Europe/Stockholm', kind: 'application' as const },
};
const digest: Digest = { ranAt: '2026-12-01T08:00:00Z', entries: [entry], checked: ['icld'], errors: [] };

describe('the weekly notification', () => {
  it('gives each new call why it matches, told from the structured entry in the chosen language', () => {
    const sv = digestNotification(digest, 'sv', 5);
    expect(sv.items).toHaveLength(1);
    expect(sv.items[0].title).toBe('Stark 72');
    expect(sv.items[0].message).toMatch(
      /^Kommunala partnerskap 2027 \(ICLD\) — .*2027.* · Demokrati och delaktighet \+32,5 p$/,
    );
    expect(sv.message).toContain('Demokrati och delaktighet +32,5 p');
    const en = digestNotification(digest, 'en', 5);
    expect(en.items[0].title).toBe('Strong 72');
    expect(en.items[0].message).toContain('Democracy and participation +32.5 p');
    expect(en.title).not.toBe(sv.title);
  });

  it('shows the text an older version stored as it was, and lists at most maxListed calls', () => {
    const lines = {
      sv: ['Poäng 72 av 100.', 'Matchar "Demokrati".'],
      en: ['Score 72 of 100.', 'Matches "Democracy".'],
    };
    const old = { ...entry, reasons: [], lines, deadline: undefined };
    const n = digestNotification({ ...digest, entries: [old, { ...entry, callId: 'icld:2' }] }, 'en', 1);
    expect(n.items).toEqual([
      { title: 'Strong 72', message: 'Kommunala partnerskap 2027 (ICLD) — Matches "Democracy".' },
    ]);
  });
});
