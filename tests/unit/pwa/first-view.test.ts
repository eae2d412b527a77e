import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sumPoints } from '../../../core/format/points.ts';
import { rank } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { getSeedProfile, SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { splitFirstView } from '../../../pwa/matches/first-view.ts';
import { notEligibleReason, scoreLine, scoreParts, unscoredEligibility } from '../../../pwa/matches/score-parts.ts';
import { timelineRows } from '../../../pwa/timeline/timeline-rows.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';

const now = new Date('2026-11-30T10:00:00Z');
const snapshot = JSON.parse(readFileSync(new URL('../../../data/snapshot/calls.json', import.meta.url), 'utf8'));
const calls: FundingCall[] = [...snapshot.calls, ...fixtureCalls(now)].map((c) => normaliseCall(c, {}, now));

describe('card score parts', () => {
  it('add up to the score for every call and seed profile, on the card line and in the details', () => {
    let checked = 0;
    for (const profile of SEED_PROFILES) {
      const id = profile.id;
      for (const r of rank(calls, profile, { now })) {
        const parts = scoreParts(r.match);
        expect(sumPoints(parts.map((p) => p.points)), `${id} ${r.call.id}`).toBe(r.match.score);
        expect(sumPoints(scoreLine(parts).map((p) => p.points))).toBe(r.match.score);
        // The engine's parts add up by themselves: a fresh match never needs a clamp line to agree.
        expect(
          parts.filter((p) => p.kind === 'cap'),
          `${id} ${r.call.id}`,
        ).toEqual([]);
        for (const p of parts) {
          // One decimal, as the extension's panel and the digest show the same call's parts.
          expect(Math.round(p.points * 10) / 10).toBe(p.points);
          // Labels are words for people, never the engine's internal kinds.
          expect(p.label.sv).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('eligibility on the card', () => {
  it('tells both verdicts on every card: as points, as the blocker, or as a line without points', () => {
    let doubts = 0;
    for (const profile of SEED_PROFILES) {
      for (const r of rank(calls, profile, { now })) {
        const parts = scoreParts(r.match);
        const unscored = unscoredEligibility(r.match, parts);
        const e = r.match.eligibility;
        for (const [kind, verdict, text] of [
          ['programme-area', e.area, e.areaText],
          ['applicant-type', e.applicant, e.applicantText],
        ] as const) {
          const told =
            parts.some((p) => p.kind === kind) ||
            unscored.some((p) => p.kind === kind && p.text?.sv.startsWith(text.sv.slice(0, 20))) ||
            (verdict === 'not-eligible' && notEligibleReason(r.match) !== undefined);
          expect(told, `${profile.id} ${r.call.id} ${kind}`).toBe(true);
        }
        // Never twice: a line without points only where no part has points for it.
        for (const u of unscored) expect(parts.some((p) => p.kind === u.kind)).toBe(false);
        if (unscored.length > 0) doubts++;
      }
    }
    // Some fixture calls earn no points for a verdict (an area or applicants the call does not name): shown too.
    expect(doubts).toBeGreaterThan(0);
  });
});

describe('first view', () => {
  it('puts closed calls and calls the body cannot apply for in their own groups, keeping the rank order', () => {
    const ranked = rank(calls, getSeedProfile('karlskrona')!, { now });
    const v = splitFirstView(ranked);
    expect(v.apply.length + v.blocked.length + v.closed.length).toBe(ranked.length);
    for (const r of v.apply) {
      expect(r.call.status).not.toBe('closed');
      expect(notEligibleReason(r.match)).toBeUndefined();
    }
    for (const r of v.blocked) expect(notEligibleReason(r.match)?.sv.length).toBeGreaterThan(5);
    for (const r of v.closed) expect(r.call.status).toBe('closed');
    const order = ranked.map((r) => r.call.id);
    const idx = v.apply.map((r) => order.indexOf(r.call.id));
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
  });
});

describe('timeline rows', () => {
  it('draws each call once, from opening to last deadline, and merges a published round with its recurring window', () => {
    const vinnova = calls.find((c) => c.id === 'vinnova:2026-00123')!;
    const icld: FundingCall = {
      ...calls.find((c) => c.id === 'icld:kommunala-partnerskap-2026')!,
      id: 'icld:published-round',
      opens: '2027-02-15',
      deadlines: [{ date: '2027-03-12', timeZone: 'Europe/Stockholm', kind: 'application' }],
    };
    const recurring = [
      {
        call: { ...icld, id: 'icld:icld-partnerships-spring-2027' },
        opens: '2027-02-15',
        closes: '2027-03-15',
        approximate: false,
      },
      {
        call: { ...icld, id: 'uhr:window-2027', source: 'uhr', programme: 'Erasmus+', url: 'https://www.utbyten.se/x' },
        opens: '2027-01-01',
        closes: '2027-02-20',
        approximate: true,
      },
    ];
    const { rows, window } = timelineRows([vinnova], [vinnova, icld], recurring, now);
    expect(window).toMatchObject({ from: '2026-11-01', to: '2027-10-31', today: '2026-11-30' });
    expect(rows.filter((r) => r.id === vinnova.id)).toHaveLength(1);
    const v = rows.find((r) => r.id === vinnova.id)!;
    expect(v.origin).toBe('watched');
    expect(v.marks.map((m) => m.kind)).toEqual(['project-idea', 'step-2']);
    expect(v.start).toBe(vinnova.opens);
    const published = rows.find((r) => r.id === 'icld:published-round')!;
    expect(published.recurringRound).toBe(true);
    expect(rows.some((r) => r.id === 'icld:icld-partnerships-spring-2027')).toBe(false);
    expect(rows.find((r) => r.id === 'uhr:window-2027')).toMatchObject({ origin: 'recurring', approximate: true });
  });
});
