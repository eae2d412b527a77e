/**
 * Development cooperation (utvecklingssamarbete, bistånd) is a concept of its own, not international cooperation at
 * large: a kommun or region taking part in development cooperation works with partners in low- and middle-income
 * countries, funded as aid — Region Kronoberg's strategy names it ("delta i utvecklingssamarbete på internationell
 * nivå"). Technical assistance to a grantee ("tekniskt bistånd") and a project's development assistance are other
 * senses: only the phrases that fix the sense are terms. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const DEV = CONCEPT_INDEX.get('development-cooperation') ?? -1;
const COOP = CONCEPT_INDEX.get('international-cooperation') ?? -1;
const tf = (title: string, summary: string, language: 'sv' | 'en') =>
  analyse(testCall({ title, summary, language })).tf;

describe('development cooperation', () => {
  it('is read in Swedish and English', () => {
    expect(
      tf('Bidrag till kommuner', 'Kommunen deltar i utvecklingssamarbetet med en kommun i Kenya.', 'sv')[DEV],
    ).toBeGreaterThan(0);
    expect(
      tf(
        'Grants for local governments',
        'Municipalities take part in development cooperation with a partner town.',
        'en',
      )[DEV],
    ).toBeGreaterThan(0);
    expect(tf('Bidrag', 'Projektet finansieras som internationellt bistånd.', 'sv')[DEV]).toBeGreaterThan(0);
  });
  it('is no longer plain international cooperation', () => {
    const a = tf('Bidrag', 'Kommunerna bedriver utvecklingssamarbete.', 'sv');
    expect(a[DEV]).toBeGreaterThan(0);
    expect(a[COOP]).toBe(0);
  });
  it('is not technical assistance to a grantee or a project’s development assistance', () => {
    expect(tf('Europa Direkt', 'De utvalda får ett bidrag och tekniskt bistånd för sina uppgifter.', 'sv')[DEV]).toBe(
      0,
    );
    expect(tf('Innovation Fund', 'Grants and project development assistance are awarded in 2025.', 'en')[DEV]).toBe(0);
  });
  it('meets Region Kronoberg’s priority that names it, where general cooperation does not reach it as its own', () => {
    const kronoberg = SEED_PROFILES.find((p) => p.id === 'kronoberg');
    if (!kronoberg) throw new Error('no Kronoberg profile');
    const own = (summary: string) =>
      score(testCall({ title: 'Bidrag till regioner', summary, language: 'sv' }), kronoberg)
        .reasons.filter((r) => r.priorityId === 'verksamhetsutveckling' && !r.related)
        .map((r) => r.conceptId);
    expect(own('Regioner kan söka bidrag för utvecklingssamarbete med en partner i Tanzania.')).toContain(
      'development-cooperation',
    );
    expect(own('Regioner kan söka bidrag för samarbete med en partner i Danmark.')).not.toContain(
      'development-cooperation',
    );
  });
});
