// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSum, pointParts, sumPoints } from '../../../core/format/points.ts';
import { rank } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Match } from '../../../core/model/match.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { buildPanel } from '../../../extension/content/ui/panel.ts';
import { panelPoints } from '../../../extension/content/ui/panel-points.ts';

const now = new Date('2026-11-30T10:00:00Z');
// jsdom's import.meta.url is not a file URL: the repository root is the working directory.
const snapshot = JSON.parse(readFileSync(resolve('data/snapshot/calls.json'), 'utf8'));
const calls: FundingCall[] = snapshot.calls.map((c: unknown) => normaliseCall(c, {}, now));
const label = (sv: string) => ({ sv, en: sv });
const noActions = { watch: async () => undefined, close: () => undefined };

function panelOf(match: Match): HTMLElement {
  return buildPanel('Utlysning', { key: 'k', callId: match.callId, saved: false, match }, 'sv', noActions);
}

describe('the panel’s points', () => {
  it('come from the Match: the same parts as the app and digest, adding up to the score for every seed profile', () => {
    let checked = 0;
    for (const profile of SEED_PROFILES) {
      for (const { call, match } of rank(calls, profile, { now })) {
        const p = panelPoints(match);
        expect(sumPoints(p.figures), `${profile.id} ${call.id}`).toBe(match.score);
        // Grouped differently on screen, but the same total as core's parts, and no clamp line for a fresh match.
        expect(sumPoints(pointParts(match).map((x) => x.points))).toBe(match.score);
        expect(p.clamp).toBe(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('tells an eligibility blocker on its row and sums it there, once', () => {
    const match: Match = {
      callId: 'c',
      score: 12,
      band: 'weak',
      reasons: [{ priorityId: 'p', priorityLabel: label('Klimat'), evidence: [], points: 20.4 }],
      eligibility: {
        area: 'not-eligible',
        areaText: label('Blekinge ingår inte'),
        applicant: 'eligible',
        applicantText: label('Kommuner får söka'),
        areaPoints: 0,
        applicantPoints: 3.6,
        points: 3.6,
      },
      blockers: [{ kind: 'outside-programme-area', points: -12, text: label('Utanför programområdet') }],
      boosts: [],
    };
    const p = panelPoints(match);
    expect([p.area, p.applicant, p.blockers.length]).toEqual([-12, 3.6, 0]);
    const panel = panelOf(match);
    expect(panel.querySelector('.sum')!.textContent).toBe('Summa: −12 p +3,6 p +20,4 p = 12 p');
    expect(panel.querySelector('.blockers')).toBeNull();
  });

  it('writes the sum from the data, in the order the figures are shown', () => {
    const [{ match }] = rank(calls, SEED_PROFILES[0], { now });
    const panel = panelOf(match);
    const shown = [...panel.querySelectorAll<HTMLElement>('[data-points]')].map((e) => Number(e.dataset.points));
    expect(shown.filter((x) => x !== 0)).toEqual(panelPoints(match).figures.filter((x) => x !== 0));
    expect(panel.querySelector('.sum')!.textContent).toBe(formatSum(panelPoints(match).figures, 'sv'));
    expect(panel.querySelector('.sum')!.textContent).toMatch(new RegExp(` = ${match.score} p$`));
  });
});
