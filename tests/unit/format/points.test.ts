import { describe, expect, it } from 'vitest';
import {
  clampLabel,
  clampPoints,
  formatPoints,
  formatScore,
  formatSum,
  pointParts,
  sumParts,
  sumPoints,
} from '../../../core/format/points.ts';
import { explainMatch } from '../../../core/match/explain.ts';
import type { Match } from '../../../core/model/match.ts';

const label = (sv: string) => ({ sv, en: sv });

function match(over: Partial<Match> = {}): Match {
  return {
    callId: 'c1',
    score: 38,
    band: 'relevant',
    reasons: [
      {
        priorityId: 'p1',
        priorityLabel: label('Klimat'),
        evidence: [{ term: 'klimat', quote: 'klimat' }],
        points: 25.5,
      },
      {
        priorityId: 'p2',
        priorityLabel: label('Kultur'),
        evidence: [{ term: 'kultur', quote: 'kultur' }],
        points: 14.5,
      },
    ],
    eligibility: {
      area: 'eligible',
      areaText: label('Blekinge ingår'),
      applicant: 'eligible',
      applicantText: label('Kommuner får söka'),
      areaPoints: 8,
      applicantPoints: 0,
      points: 8,
    },
    boosts: [{ kind: 'domestic-scope', points: -10, text: label('Nationellt stöd') }],
    blockers: [],
    ...over,
  };
}

describe('formatPoints', () => {
  it('writes every figure signed, with the unit p and a Swedish decimal comma', () => {
    expect(formatPoints(12.46, 'sv')).toBe('+12,5 p');
    expect(formatPoints(-20, 'sv')).toBe('−20 p');
    expect(formatPoints(-0.25, 'sv')).toBe('−0,3 p');
    expect(formatPoints(4, 'sv')).toBe('+4 p');
    expect(formatPoints(0, 'sv')).toBe('+0 p');
  });

  it('uses a decimal point only when the English locale is chosen', () => {
    expect(formatPoints(12.46, 'en')).toBe('+12.5 p');
    expect(formatPoints(-7.5, 'en')).toBe('−7.5 p');
  });

  it('writes the score unsigned with its unit', () => {
    expect(formatScore(57, 'sv')).toBe('57 p');
    expect(formatScore(12.5, 'sv')).toBe('12,5 p');
  });
});

describe('formatSum', () => {
  it('shows each figure and their total', () => {
    expect(formatSum([25.5, 14.5, 8, -10], 'sv')).toBe('Summa: +25,5 p +14,5 p +8 p −10 p = 38 p');
    expect(formatSum([0.1, 0.2], 'en')).toBe('Total: +0.1 p +0.2 p = 0.3 p');
  });

  it('gives its pieces to renderers that keep each figure on one line', () => {
    expect(sumParts([25.5, 0, -10], 'sv')).toEqual({ label: 'Summa', terms: ['+25,5 p', '−10 p'], total: '15,5 p' });
    expect(sumParts([], 'en')).toEqual({ label: 'Total', terms: ['+0 p'], total: '0 p' });
  });

  it('leaves out zero figures but still shows a total', () => {
    expect(formatSum([0, 5, 0], 'sv')).toBe('Summa: +5 p = 5 p');
    expect(formatSum([], 'sv')).toBe('Summa: +0 p = 0 p');
  });
});

describe('clampPoints', () => {
  it('is zero when the parts add up to the score', () => {
    expect(clampPoints(match())).toBe(0);
  });

  it('is the difference when an older match was clamped to 100 without saying so', () => {
    const m = match({ score: 100, boosts: [{ kind: 'preferred-funder', points: 70, text: label('Finansiär') }] });
    expect(clampPoints(m)).toBe(-18);
    expect(clampLabel(-18, 100, 'sv')).toBe('Högst 100');
    expect(clampLabel(6, 0, 'en')).toBe('At least 0');
    expect(clampLabel(3, 40, 'sv')).toBe('Övrigt');
  });
});

describe('pointParts', () => {
  it('gives one figure per priority, eligibility, boost and blocker, to one decimal, adding up to the score', () => {
    const m = match({
      score: 25,
      reasons: [
        { priorityId: 'p1', priorityLabel: label('Klimat'), evidence: [], points: 12.3 },
        { priorityId: 'p2', priorityLabel: label('Kultur'), evidence: [], points: 0.6 },
        { priorityId: 'p1', priorityLabel: label('Klimat'), evidence: [], points: 10.1 },
      ],
      boosts: [{ kind: 'domestic-scope', points: -10.6, text: label('Nationellt stöd') }],
      eligibility: { ...match().eligibility, areaPoints: 8.2, applicantPoints: 4.4, points: 12.6 },
    });
    const parts = pointParts(m);
    expect(parts.map((p) => [p.kind, p.points])).toEqual([
      ['priority', 22.4],
      ['priority', 0.6],
      ['area', 8.2],
      ['applicant', 4.4],
      ['boost', -10.6],
    ]);
    expect(sumPoints(parts.map((p) => p.points))).toBe(25);
    expect(
      formatSum(
        parts.map((p) => p.points),
        'sv',
      ),
    ).toBe('Summa: +22,4 p +0,6 p +8,2 p +4,4 p −10,6 p = 25 p');
  });

  it('adds the difference as a clamp part when the figures shown do not add up, so the sum still does', () => {
    // An older match with parts unrounded: each rounds up, together they overshoot the score by a tenth.
    const m = match({
      score: 1,
      reasons: [
        { priorityId: 'p1', priorityLabel: label('Klimat'), evidence: [], points: 0.35 },
        { priorityId: 'p2', priorityLabel: label('Kultur'), evidence: [], points: 0.65 },
      ],
      boosts: [],
      eligibility: { ...match().eligibility, areaPoints: 0, points: 0 },
    });
    const parts = pointParts(m);
    expect(parts.at(-1)).toEqual({ kind: 'clamp', points: -0.1 });
    expect(sumPoints(parts.map((p) => p.points))).toBe(1);
    expect(clampPoints(m)).toBe(-0.1);
  });

  it('carries the eligibility points of a match saved before they were split out', () => {
    const old = match();
    const eligibility = { ...old.eligibility } as Partial<Match['eligibility']>;
    delete eligibility.areaPoints;
    delete eligibility.applicantPoints;
    const parts = pointParts({ ...old, eligibility: eligibility as Match['eligibility'] });
    expect(parts.at(-1)).toEqual({ kind: 'clamp', points: 8 });
    expect(sumPoints(parts.map((p) => p.points))).toBe(38);
  });
});

describe('explainMatch points', () => {
  it('gives every figure its unit and sign and ends with a sum equal to the score', () => {
    const lines = explainMatch(match(), 'sv');
    expect(lines.some((l) => l.includes(': +25,5 p.'))).toBe(true);
    expect(lines).toContain('Programområde: Blekinge ingår (+8 p)');
    expect(lines.some((l) => l.endsWith('(−10 p)'))).toBe(true);
    expect(lines.at(-1)).toBe('Summa: +25,5 p +14,5 p +8 p −10 p = 38 p.');
    // No bare figure: every number written with a sign is followed by the unit.
    for (const l of lines.slice(1)) expect(l).not.toMatch(/[+−]\d+(?:,\d+)?(?![\d,]| p)/);
  });

  it('writes a clamp line so that the figures still add up to the score', () => {
    const m = match({ score: 100, boosts: [{ kind: 'preferred-funder', points: 70, text: label('Finansiär') }] });
    const lines = explainMatch(m, 'en');
    expect(lines).toContain('At most 100 (−18 p)');
    expect(lines.at(-1)).toMatch(/= 100 p\.$/);
  });
});
