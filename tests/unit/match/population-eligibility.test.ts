/**
 * A call for kommuner or cities of some size is judged where the body's population is known: outside the range a
 * blocker of its own kind says so (and the call ranks as blocked), inside it the applicant line says the body meets
 * the condition; without a population nothing is judged. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { kommun, region } from '../../support/applicant-judge.ts';
import { testCall } from '../../support/test-call.ts';

const sized = (count: number, p: Profile = kommun): Profile => ({
  ...p,
  population: { count, source: 'SCB, Folkmängd 31 december 2023' },
});
const call = (summary: string, language: 'sv' | 'en' = 'en') => testCall({ funder: 'Testfonden', summary, language });
const sizeBlockers = (c: ReturnType<typeof call>, p: Profile) =>
  score(c, p).blockers.filter((b) => b.kind === 'population-limit');

const LEAF = call(
  'The award for youth participation is open to towns and cities with 20,000–100,000 inhabitants. Young people and youth work are at its heart.',
);
const SMALL = call('Stödet kan sökas av kommuner med färre än 15 000 invånare.', 'sv');

describe('population limits in eligibility', () => {
  it('blocks a body outside the range, in Swedish and English', () => {
    const [b] = sizeBlockers(LEAF, sized(166700));
    expect(b.text.sv).toBe(
      `Utlysningen gäller bara kommuner och städer med 20 000–100 000 invånare; ${kommun.name} har omkring 166 700.`,
    );
    expect(b.text.en).toMatch(/only for municipalities and cities with 20,000–100,000 inhabitants; .* about 166,700\./);
    expect(b.points).toBeLessThan(0);
    expect(sizeBlockers(SMALL, sized(66700))).toHaveLength(1);
  });
  it('ranks a blocked body lower than the same body inside the range', () => {
    expect(score(LEAF, sized(166700)).score).toBeLessThan(score(LEAF, sized(66700)).score);
  });
  it('says a body inside the range meets it, and blocks nothing', () => {
    expect(sizeBlockers(LEAF, sized(66700))).toEqual([]);
    expect(sizeBlockers(SMALL, sized(8100))).toEqual([]);
  });
  it('judges nothing without a population, nor a region by a limit on cities', () => {
    expect(sizeBlockers(LEAF, kommun)).toEqual([]);
    expect(sizeBlockers(LEAF, sized(203000, region))).toEqual([]);
  });
  it('ignores a figure about something else', () => {
    expect(sizeBlockers(call('Municipalities may apply for up to 100 000 euro.'), sized(8100))).toEqual([]);
    expect(
      sizeBlockers(
        call('Sweden is a country with over 10 000 000 inhabitants. Municipalities may apply.'),
        sized(8100),
      ),
    ).toEqual([]);
  });
});

describe('a call for several competitions', () => {
  const both = (title: string, programme?: string) =>
    testCall({
      funder: 'Testfonden',
      title,
      programme,
      summary: 'The Green City Award is given each year to a European city of over 100,000 inhabitants.',
      language: 'en',
    });
  it("shuts no body out by one competition's limit", () => {
    for (const c of [
      both('Launch of the 2027 Green City Award and the 2026 Green Town Award'),
      both('Call for applications', 'Green City Award / Green Town Award'),
      both('Two environmental competitions open to European cities'),
    ]) {
      const m = score(c, sized(66700));
      expect(
        m.blockers.filter((b) => b.kind === 'population-limit'),
        c.title,
      ).toEqual([]);
      expect(m.eligibility.applicantText.sv).toContain('Utlysningen gäller flera tävlingar');
      expect(m.eligibility.applicantText.sv).toContain('66 700');
    }
  });
  it('a limit stated for each competition holds for the call', () => {
    const c = testCall({
      title: 'Launch of the 2027 Green City Award and the 2026 Green Town Award',
      summary:
        'The Green City Award is for European cities of over 100,000 inhabitants. The Green Town Award is for towns and cities with 20,000–100,000 inhabitants.',
      language: 'en',
    });
    expect(sizeBlockers(c, sized(8100))).toHaveLength(1);
    expect(sizeBlockers(c, sized(66700))).toEqual([]);
  });
  it('one competition, or one name with "and" inside it, keeps its limit', () => {
    for (const title of ['Launch of the 2027 Green City Award', 'Award for Culture and Heritage']) {
      expect(sizeBlockers({ ...both(title) }, sized(66700)), title).toHaveLength(1);
    }
  });
});

describe("a call's way in for smaller bodies", () => {
  it('helps a body too small for a lower bound, not one too large for an upper bound', () => {
    const min = call(
      'Cities with more than 100,000 inhabitants may apply. Smaller cities can apply together in a group.',
    );
    expect(sizeBlockers(min, sized(66700))).toEqual([]);
    const max = call(
      'Stödet kan sökas av kommuner med färre än 20 000 invånare. Flera små kommuner kan söka gemensamt.',
      'sv',
    );
    expect(sizeBlockers(max, sized(66700))).toHaveLength(1);
    expect(sizeBlockers(max, sized(8100))).toEqual([]);
  });
});
