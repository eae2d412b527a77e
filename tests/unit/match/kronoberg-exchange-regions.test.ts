/**
 * Region Kronoberg's strategy lists, first among its focus areas, "stödja erfarenhetsutbyte med regioner i andra
 * länder i syfte att tillvarata regionens utvecklingsmöjligheter": exchange of experience with regions abroad, for
 * the region's development. The priority carries what the passage holds — the exchange, the cooperation with
 * regions in other countries and the regional development it is for — so a call for exchange of experience
 * between regions on their regional development policy meets it on all three (sentences written for this test),
 * and a call on regional development alone meets it on its purpose; a call with neither exchange nor regional
 * development (a company's product launch) does not meet it at all.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const kronoberg = SEED_PROFILES.find((p) => p.id === 'kronoberg');
if (!kronoberg) throw new Error('no Kronoberg profile');
const concepts = (title: string, summary: string) =>
  score(testCall({ title, summary, language: 'en' }), kronoberg)
    .reasons.filter((r) => r.priorityId === 'verksamhetsutveckling' && !r.related)
    .map((r) => r.conceptId);

describe("Region Kronoberg's exchange of experience with regions abroad, for the region's development", () => {
  it('holds the regional development its passage names as the purpose', () => {
    const priority = kronoberg.priorities.find((p) => p.id === 'verksamhetsutveckling');
    expect(priority?.concepts).toEqual([
      'capacity-building',
      'international-cooperation',
      'regional-development',
      'development-cooperation',
    ]);
    expect(priority?.support?.['regional-development']).toBeDefined();
    expect(priority?.source?.passage).toContain(priority?.support?.['regional-development'] ?? '—');
  });
  it('an exchange of experience between regions on regional development policy meets it on all three', () => {
    const found = concepts(
      'Exchange of experience between European regions',
      'Regional authorities from several countries cooperate and exchange experience to improve their regional development policies.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['capacity-building', 'international-cooperation', 'regional-development']),
    );
  });
  it('a call on regional development meets it on its purpose', () => {
    const found = concepts(
      'Support for regional development',
      'The fund supports regional development strategies that strengthen the growth of the county.',
    );
    expect(found).toContain('regional-development');
  });
  it('a call with neither exchange nor regional development does not meet it', () => {
    expect(concepts('Product launch support', 'Companies may apply for help to launch a new product.')).toEqual([]);
  });
});
