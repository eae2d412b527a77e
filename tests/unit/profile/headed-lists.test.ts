/**
 * A list straight under a heading that names priorities ("Prioriterade områden", "Mål") states its short items, as
 * the same list after a lead-in line does (core/profile/structure.ts). Made-up strategy text only.
 */
import { describe, expect, it } from 'vitest';
import { draftProfileFromText } from '../../../core/profile/from-document.ts';

const byConcept = (text: string, id: string) =>
  draftProfileFromText(text).profile.priorities.find((p) => p.concepts.includes(id));

describe('a list straight under a priority heading', () => {
  const text = [
    'Internationell strategi för Ekby kommun, Hallands län',
    '',
    'Prioriterade områden',
    '',
    '- klimatanpassning',
    '- integration av nyanlända',
    '',
    'Kommunen deltar i projekt när resurser finns, och samarbetet med andra kommuner i länet ska utvecklas vidare.',
  ].join('\n');

  it('states its short items, with no lead-in line', () => {
    expect(byConcept(text, 'climate-adaptation')?.source).toMatchObject({
      basis: 'stated',
      passage: 'klimatanpassning',
    });
    expect(byConcept(text, 'integration-migration')?.source?.basis).toBe('stated');
    expect(byConcept(text, 'climate-adaptation')?.weight).toBe(1.2);
  });

  it('ends at the next paragraph: a list after prose under the heading is no priority list', () => {
    const after = [
      'Internationell strategi för Ekby kommun, Hallands län',
      '',
      'Prioriterade områden',
      '',
      'Arbetet bedrivs i hela organisationen.',
      '',
      '- klimatanpassning',
      '- integration av nyanlända',
    ].join('\n');
    expect(byConcept(after, 'climate-adaptation')?.source?.basis).toBe('mentioned');
    const unspaced = after.replace('Prioriterade områden\n\n', 'Prioriterade områden\n');
    expect(byConcept(unspaced, 'climate-adaptation')?.source?.basis).toBe('mentioned');
  });

  it('reads long items by their own words, not as stated areas', () => {
    const long = [
      'Internationell strategi för Ekby kommun, Hallands län',
      '',
      'Prioriterade områden',
      '',
      '- Kommunen kan ibland delta i projekt om klimatanpassning när det finns tid och resurser för det.',
      '- integration av nyanlända',
    ].join('\n');
    expect(byConcept(long, 'climate-adaptation')?.source?.basis).toBe('mentioned');
  });
});
