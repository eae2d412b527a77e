/**
 * Drafts from documents follow the built-in profiles' weighting rule (core/profile/weight-rule.ts): each weight
 * is the table's for how the text puts the priority, with the passage that puts it so. Synthetic strategies only.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX, CONCEPTS } from '../../../core/match/concepts.ts';
import { draftProfileFromText } from '../../../core/profile/from-document.ts';
import { sectionOf } from '../../../core/profile/structure.ts';
import { basisOfMention, ruleViolations, WEIGHT_OF_BASIS } from '../../../core/profile/weight-rule.ts';

const isPlace = (id: string) => CONCEPTS[CONCEPT_INDEX.get(id) ?? -1]?.geographic === true;

const DOC = [
  'Internationell strategi för Sjöby kommun 2026–2030',
  '',
  'Sjöby kommun ligger i Västerbottens län.',
  '',
  '1 Bakgrund',
  '',
  'Sjöby har ett rikt föreningsliv och en lång tradition av kulturutbyte.',
  '',
  '2 Prioriterade områden',
  '',
  'Kommunen ska arbeta inom följande områden:',
  '- klimatanpassning',
  '- integration av nyanlända',
  '',
  'Under perioden ska särskild vikt läggas vid jämställdhet och jämlikhet mellan kvinnor och män.',
  '',
  '3 Genomförande',
  '',
  'Det internationella arbetet ska bidra till en hållbar besöksnäring i hela kommunen.',
  '',
  'Projekten kan gälla olika frågor, till exempel digitalisering av kommunal service.',
  '',
  'Kommunen är medlem i Union of the Baltic Cities.',
].join('\n');

describe('document drafts weigh priorities by the built-in profiles’ rule', () => {
  const { profile, review } = draftProfileFromText(DOC);
  const byConcept = (id: string) => profile.priorities.find((p) => p.concepts.includes(id));

  it('holds the draft to the same check as the built-in profiles', () => {
    expect(ruleViolations(profile, isPlace)).toEqual([]);
  });

  it('reads each basis from how the text puts the priority, and quotes that passage', () => {
    expect(byConcept('gender-equality')?.source).toMatchObject({ basis: 'emphasised' });
    expect(byConcept('gender-equality')?.source?.passage).toMatch(/särskild vikt/);
    expect(byConcept('climate-adaptation')?.source).toMatchObject({ basis: 'stated', passage: 'klimatanpassning' });
    expect(byConcept('integration-migration')?.source?.basis).toBe('stated');
    expect(byConcept('tourism')?.source).toMatchObject({ basis: 'named' });
    expect(byConcept('tourism')?.source?.passage).toMatch(/ska bidra till en hållbar besöksnäring/);
    expect(byConcept('digitalisation')?.source?.basis).toBe('mentioned');
    expect(byConcept('gender-equality')?.weight).toBe(WEIGHT_OF_BASIS.emphasised);
    expect(byConcept('digitalisation')?.weight).toBe(WEIGHT_OF_BASIS.mentioned);
  });

  it('weighs a network’s theme as mentioned, as its own place priority', () => {
    const baltic = byConcept('baltic-sea');
    expect(baltic?.concepts).toEqual(['baltic-sea']);
    expect(baltic?.source?.basis).toBe('mentioned');
    expect(review.geography.map((g) => g.conceptId)).toEqual(['baltic-sea']);
  });

  it('lists every priority for review with its weight, basis and passage, heaviest first', () => {
    expect(review.priorities.map((p) => p.id)).toEqual(profile.priorities.map((p) => p.id));
    for (const p of review.priorities) expect(p.weight).toBe(WEIGHT_OF_BASIS[p.basis]);
    const weights = review.priorities.map((p) => p.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});

describe('the rule’s finer points', () => {
  it('counts emphasis the text gives most of its areas alike as stated', () => {
    const text = [
      'Internationellt program för Åby kommun, Jämtlands län',
      '',
      'Fokusområden',
      '',
      'Klimat',
      'Inom klimatområdet läggs särskilt fokus på klimatanpassning och skyfall.',
      '',
      'Integration',
      'Inom integrationsområdet läggs särskilt fokus på nyanländas etablering och integration.',
      '',
      'Jämställdhet',
      'Inom jämställdhetsområdet läggs särskilt fokus på jämställdhet i arbetslivet.',
    ].join('\n');
    const { profile } = draftProfileFromText(text);
    expect(profile.priorities.length).toBeGreaterThanOrEqual(3);
    expect(profile.priorities.some((p) => p.source?.basis === 'emphasised')).toBe(false);
    expect(ruleViolations(profile, isPlace)).toEqual([]);
  });

  it('makes one priority of the areas one sentence sets first', () => {
    const text = [
      'Strategi för internationellt arbete, Bergby kommun i Dalarnas län',
      '',
      'Kommunen ska i första hand prioritera ungdomars delaktighet och mänskliga rättigheter i sina samarbeten.',
      '',
      'Kommunen ska också bidra till digitalisering av kommunal service och till innovation i näringslivet.',
    ].join('\n');
    const { profile } = draftProfileFromText(text);
    const first = profile.priorities.filter((p) => p.source?.basis === 'emphasised');
    expect(first).toHaveLength(1);
    expect(first[0].concepts).toEqual(expect.arrayContaining(['youth', 'human-rights']));
  });

  it('reads an example as mentioned even on a listed line, and a generic concept never as set first', () => {
    const listed = { stated: true, listed: true, section: 'priority' as const, naming: true };
    expect(basisOfMention({ ...listed, sentence: 'stödja till exempel skolor', before: 'stödja till exempel ' })).toBe(
      'mentioned',
    );
    expect(basisOfMention({ ...listed, sentence: 'stödja skolor', before: 'stödja ' })).toBe('stated');
    const prose = { stated: false, listed: false, naming: false };
    expect(
      basisOfMention({ ...prose, section: 'background', sentence: 'vi har arbetat med skolor', before: 'vi har ' }),
    ).toBe('mentioned');
    // What the administration or an annex of rules sets first is no priority of the body's (others-annexes-partners).
    expect(
      basisOfMention({ ...prose, section: 'background', sentence: 'skolor ska särskilt prioriteras', before: '' }),
    ).toBe('mentioned');
    expect(basisOfMention({ ...prose, section: 'neutral', sentence: 'we will work on schools', before: 'we ' })).toBe(
      'named',
    );
    expect(basisOfMention({ ...prose, section: 'neutral', sentence: 'schools are old', before: '' })).toBe('mentioned');
    const generic = draftProfileFromText(
      'Region Testland, Hallands län. Det internationella samarbetet ska i första hand stärka klimatanpassning. Region Testland samarbetar.',
    ).profile;
    const coop = generic.priorities.find((p) => p.id === 'international-cooperation');
    if (coop) expect(coop.source?.basis).not.toBe('emphasised');
  });
});

describe('a section on the conditions for carrying the strategy out', () => {
  // Strategies often close with what must be in place ("Förutsättningar för genomförande"): resources, networks —
  // and commitments of the body's own, which the text puts there as firmly as anywhere else.
  const text = [
    'Internationellt program för Åby kommun, Jämtlands län',
    '',
    '1 Prioriterade områden',
    '',
    'Kommunen ska arbeta inom följande områden:',
    '- klimatanpassning',
    '- digitalisering',
    '',
    '2 Förutsättningar för genomförande',
    '',
    'Åby kommun ska också bidra till ett ökat utbyte för unga mellan skolor i Europa.',
    '',
    'Kommunen har länge haft ett rikt föreningsliv.',
    '',
    '3 Organisation och ansvar',
    '',
    'Kommunstyrelsen ska ansvara för att integrationen av nyanlända följs upp.',
  ].join('\n');
  const { profile } = draftProfileFromText(text);
  const basisOf = (id: string) => profile.priorities.find((p) => p.concepts.includes(id))?.source?.basis;

  it('is context, not administration: what the body says there it will do is named work', () => {
    expect(sectionOf('3 Förutsättningar för genomförande av kommunens internationella arbete')).toBe('neutral');
    expect(basisOf('youth')).toBe('named');
  });
  it('while an organisation section still only mentions what it names', () => {
    expect(basisOf('integration-migration') ?? 'mentioned').toBe('mentioned');
  });
});
