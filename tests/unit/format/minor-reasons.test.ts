import { describe, expect, it } from 'vitest';
import { foldMinor, MINOR_SHARE, minorHeading } from '../../../core/format/minor-reasons.ts';
import { grossPoints, pointParts, sumPoints } from '../../../core/format/points.ts';
import { explainMatch } from '../../../core/match/explain.ts';
import type { Match, Reason } from '../../../core/model/match.ts';

const label = (sv: string, en = sv) => ({ sv, en });

function reason(priorityId: string, points: number, related = false): Reason {
  return {
    priorityId,
    priorityLabel: label(`Prioritet ${priorityId}`, `Priority ${priorityId}`),
    conceptLabel: label(`Ämne ${priorityId}`, `Topic ${priorityId}`),
    ...(related ? { related: true } : {}),
    evidence: [{ term: `ord ${priorityId}`, quote: `citat ${priorityId}` }],
    points,
  };
}

/** A match as the engine makes them: its score the sum of its parts, each to one decimal. */
function match(reasons: Reason[], over: Partial<Match> = {}): Match {
  const m: Match = {
    callId: 'c1',
    score: 0,
    band: 'relevant',
    reasons,
    eligibility: {
      area: 'eligible',
      areaText: label('Blekinge län ingår'),
      applicant: 'eligible',
      applicantText: label('Kommuner får söka'),
      areaPoints: 8,
      applicantPoints: 4,
      points: 12,
    },
    boosts: [],
    blockers: [],
    ...over,
  };
  const parts = [
    ...reasons.map((r) => r.points),
    m.eligibility.areaPoints ?? 0,
    m.eligibility.applicantPoints ?? 0,
    ...m.boosts.map((b) => b.points),
    ...m.blockers.map((b) => b.points),
  ];
  return { ...m, score: over.score ?? sumPoints(parts) };
}

/** "+12,5 p" / "+12.5 p" / "−0,3 p" → the number. */
const value = (figure: string) => Number(figure.replace('−', '-').replace(',', '.').replace(/\s*p$/, ''));
const sumLine = (lines: string[]) => lines.at(-1) ?? '';
const terms = (sum: string) => /^(?:Summa|Total): (.*) = /.exec(sum)?.[1].split(/ (?=[+−])/) ?? [];

describe('foldMinor', () => {
  const g = (id: string, points: number) => ({ id, points });

  it('folds the priorities below the share into one figure, exact in tenths', () => {
    const groups = [g('a', 30), g('b', 5), g('c', 0.1), g('d', 0.2)];
    const folded = foldMinor(groups, 47.3);
    expect(folded.shown.map((x) => x.id)).toEqual(['a', 'b']);
    expect(folded.minor.map((x) => x.id)).toEqual(['c', 'd']);
    // 0.1 + 0.2 is 0.30000000000000004 in binary: the figure is the tenth shown.
    expect(folded.minorPoints).toBe(0.3);
  });

  it('sums each figure as shown, not the unrounded points', () => {
    const folded = foldMinor([g('a', 40), g('b', 0.14), g('c', 0.14), g('d', 0.14)], 50);
    // Shown one by one they would read +0,1 p three times: the folded figure is +0,3 p, not +0,4 p.
    expect(folded.minorPoints).toBe(0.3);
  });

  it('leaves a single small priority on its own line: folding it would save nothing', () => {
    const folded = foldMinor([g('a', 30), g('b', 0.2)], 42);
    expect(folded.minor).toEqual([]);
    expect(folded.shown.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('never folds the leading priority, a negative figure or one at or above the share', () => {
    const gross = 100;
    const at = MINOR_SHARE * gross;
    const folded = foldMinor([g('a', 0.5), g('b', 0.4), g('c', -0.2), g('d', at), g('e', 0.3)], gross);
    expect(folded.shown.map((x) => x.id)).toEqual(['a', 'c', 'd']);
    expect(folded.minor.map((x) => x.id)).toEqual(['b', 'e']);
    expect(folded.minorPoints).toBe(0.7);
  });

  it('names how many priorities the line holds, in Swedish and English', () => {
    expect(minorHeading(3, 'sv')).toBe('Övriga, mindre träffar (3 prioriteringar)');
    expect(minorHeading(2, 'en')).toBe('Other, minor matches (2 priorities)');
  });
});

describe('the folded line in a match’s figures', () => {
  const tiny = match([reason('p1', 32.6), reason('p2', 1.9), reason('p3', 0.2, true), reason('p4', 0.1, true)]);

  it('is one part of pointParts, and the parts still add up to the score', () => {
    const parts = pointParts(tiny);
    expect(parts.map((p) => p.kind)).toEqual(['priority', 'priority', 'minor', 'area', 'applicant']);
    expect(parts.find((p) => p.kind === 'minor')).toEqual({ kind: 'minor', priorityIds: ['p3', 'p4'], points: 0.3 });
    expect(sumPoints(parts.map((p) => p.points))).toBe(tiny.score);
    expect(parts.some((p) => p.kind === 'clamp')).toBe(false);
  });

  it('measures a sliver against every positive figure, so a blocked call still shows its main reasons', () => {
    const blocked = match([reason('p1', 20), reason('p2', 3), reason('p3', 2)], {
      blockers: [{ kind: 'applicant-type', points: -35, text: label('Bara företag') }],
    });
    expect(grossPoints(blocked)).toBe(37);
    // 3 % of 37 is 1.1: neither 3 p nor 2 p is a sliver of what the call earned, though its score is 0.
    expect(pointParts(blocked).some((p) => p.kind === 'minor')).toBe(false);
  });

  it('reads in Swedish with a decimal comma, names the priorities, and the sum line adds up', () => {
    const lines = explainMatch(tiny, 'sv');
    expect(lines).toContain('Övriga, mindre träffar: +0,3 p ("Prioritet p3", "Prioritet p4").');
    expect(lines.some((l) => l.includes('Prioritet p3') && l.startsWith('Matchar'))).toBe(false);
    const sum = sumLine(lines);
    expect(sum).toBe('Summa: +32,6 p +1,9 p +0,3 p +8 p +4 p = 46,8 p.');
    expect(Math.round(terms(sum).reduce((t, f) => t + value(f), 0) * 10) / 10).toBe(tiny.score);
  });

  it('reads in English with a decimal point', () => {
    const lines = explainMatch(tiny, 'en');
    expect(lines).toContain('Other, minor matches: +0.3 p ("Priority p3", "Priority p4").');
    expect(sumLine(lines)).toBe('Total: +32.6 p +1.9 p +0.3 p +8 p +4 p = 46.8 p.');
  });

  it('keeps every sum exact in tenths over many matches of small figures', () => {
    // A fixed pseudo-random walk: many priorities of a tenth or two beside a few large ones.
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    let folded = 0;
    for (let n = 0; n < 300; n++) {
      const count = 2 + Math.floor(next() * 8);
      const reasons = Array.from({ length: count }, (_, i) =>
        reason(`p${i}`, next() < 0.4 ? Math.round(next() * 300) / 10 : Math.round(next() * 4) / 10 + 0.1, next() < 0.5),
      );
      const m = match(reasons);
      for (const lang of ['sv', 'en'] as const) {
        const sum = sumLine(explainMatch(m, lang));
        expect(sum.endsWith(` = ${String(m.score).replace('.', lang === 'sv' ? ',' : '.')} p.`)).toBe(true);
        expect(Math.round(terms(sum).reduce((t, f) => t + value(f), 0) * 10) / 10).toBe(m.score);
      }
      const parts = pointParts(m);
      expect(sumPoints(parts.map((p) => p.points))).toBe(m.score);
      if (parts.some((p) => p.kind === 'minor')) folded++;
    }
    // The walk is worth something only if it folds often.
    expect(folded).toBeGreaterThan(100);
  });
});
