/**
 * A profile built from a document takes its body's population from reference data (core/data/population.json), so
 * that a call's limit on size can be judged for it as for a seed profile.
 */
import { describe, expect, it } from 'vitest';
import { draftProfileFromText } from '../../../core/profile/from-document.ts';
import { populationOf } from '../../../core/profile/population-of.ts';

describe('populationOf', () => {
  it('finds a kommun by its name in its län, in the genitive or with "kommun"', () => {
    expect(populationOf('Ronneby kommun', 'kommun', 'blekinge')?.count).toBeGreaterThan(20000);
    expect(populationOf('Linköpings kommun', 'kommun', 'ostergotland')?.count).toBeGreaterThan(150000);
    expect(populationOf('Borås Stad', 'kommun', 'vastra-gotaland')?.count).toBeGreaterThan(100000);
  });
  it('a region by its län, and nothing for a kommun of another län or an unknown name', () => {
    expect(populationOf('Region Kronoberg', 'region', 'kronoberg')?.count).toBeGreaterThan(150000);
    expect(populationOf('Ronneby kommun', 'kommun', 'kalmar')).toBeUndefined();
    expect(populationOf('Utkastby kommun', 'kommun', 'blekinge')).toBeUndefined();
  });
  it('says where the figure comes from', () => {
    expect(populationOf('Ronneby kommun', 'kommun', 'blekinge')?.source).toContain('population.json');
  });
});

describe('a profile drafted from a strategy', () => {
  const text =
    'Internationell strategi för Olofströms kommun\n\nOlofströms kommun i Blekinge ska delta i EU-projekt om ' +
    'kompetensförsörjning och näringslivsutveckling tillsammans med partner i Polen.';
  it('carries the population of the body it names, for review', () => {
    const { profile, review } = draftProfileFromText(text);
    expect(profile.population?.count).toBeLessThan(20000);
    expect(review.population?.count).toBe(profile.population?.count);
  });
  it('has none where the text names no body', () => {
    const { profile } = draftProfileFromText(
      'Strategi för internationellt arbete i Blekinge län: EU-projekt om kompetensförsörjning.',
    );
    expect(profile.population).toBeUndefined();
  });
});
