/**
 * Readings probe 22 (fresh call pages, prizes and awards among them; blind fact-checks) showed wrong, each as a
 * general rule. Sentences written for this test from how funders generally write, none copied from a probe page:
 * - "countries participating in the X programme, including A, B and C": the programme's countries, Sweden among them;
 * - "for municipalities with a population over 100,000, and those under 100,000": classes by size, no limit;
 * - "…regardless of population size": a way in for bodies of any size beside a limit for some;
 * - "call for proposals on research projects" is a call for research.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { populationLimitsOf } from '../../../core/match/population-limit.ts';
import { swedenInCountryList } from '../../../core/match/signals.ts';
import { judge } from '../../support/applicant-judge.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({ kind: 'kommun', population: { count: 72000, source: 'test' } });
const kinds = (m: ReturnType<typeof score>) => m.blockers.map((b) => b.kind);

describe("a programme's participating countries", () => {
  it('hold Sweden, whatever examples follow', () => {
    expect(
      swedenInCountryList(['countries participating in the Creative Europe programme, including Armenia and Georgia']),
    ).toBe(true);
    expect(swedenInCountryList(['länder som deltar i Kreativa Europa'])).toBe(true);
    // Not a programme the data knows as EU-wide: no reading.
    expect(swedenInCountryList(['countries participating in the Test Initiative, including Armenia'])).not.toBe(true);
  });
});

describe('classes of a prize by size', () => {
  it('"over 100,000, and those under 100,000" is no limit', () => {
    expect(
      populationLimitsOf(['Awards for municipalities with a population over 100,000, and those under 100,000.']),
    ).toEqual([]);
    expect(
      populationLimitsOf(['municipalities with a population over 100,000', 'municipalities under 100,000']),
    ).toEqual([]);
    // One class alone is a limit.
    expect(populationLimitsOf(['Awards for municipalities with a population over 100,000.'])).toHaveLength(1);
  });
  it('shut no kommun of either size out', () => {
    const m = score(
      testCall({
        funder: 'Testkommissionen',
        title: 'Mobility awards',
        summary: 'Two categories of award, for municipalities with a population over 100,000, and those under 100,000.',
        language: 'en',
      }),
      kalmar,
    );
    expect(kinds(m)).not.toContain('population-limit');
  });
});

describe('any size admitted', () => {
  it('"regardless of population size" beside a limit for some: a doubt, no blocker', () => {
    const m = score(
      testCall({
        funder: 'Testkommissionen',
        title: 'Boost for small municipalities',
        summary:
          'Rural municipalities may apply regardless of population size. Urban municipalities may apply provided they have fewer than 20,000 inhabitants.',
        language: 'en',
      }),
      kalmar,
    );
    expect(kinds(m)).not.toContain('population-limit');
    expect(m.eligibility.applicantText.sv).toMatch(/oavsett storlek/);
  });
});

describe('a call for research', () => {
  it('"call for proposals on research projects" does not admit a kommun by the cities it studies', () => {
    const j = judge({
      funder: 'NordForsk',
      title: 'Call for proposals on research projects',
      summary:
        'The call funds research on urban life in cities of all sizes, with innovations accessible to large cities and small communities.',
      language: 'en',
    });
    expect(j.text).not.toMatch(/nämner kommuner/);
  });
});
