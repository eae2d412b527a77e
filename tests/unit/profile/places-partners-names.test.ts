/**
 * How a drafted profile reads places, partner countries and names in a strategy, as Swedish strategies write them:
 * a place named as where money comes from is no geographic focus; places are a dimension of their own beside the
 * topics; a wide group of countries ("Norden", "länderna runt Östersjön") names a region, not partners; and the
 * names of funders and networks are context, not topics. Synthetic text only, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { conceptEvidence, draftProfileFromText } from '../../../core/profile/from-document.ts';

const HEAD = ['Internationell strategi för Exempelby kommun', '', 'Prioriterade områden', ''];
const draft = (lines: string[]) => draftProfileFromText([...HEAD, ...lines].join('\n'), { lan: 'kalmar' });
const concepts = (lines: string[]) => draft(lines).profile.priorities.flatMap((p) => p.concepts);
const strengthOf = (lines: string[], concept: string) =>
  conceptEvidence([...HEAD, ...lines].join('\n')).strength[CONCEPT_INDEX.get(concept)!];

describe('a place named as where money comes from', () => {
  it('is no geographic focus: "finansieringsmöjligheter inom EU samt Norden" names funders', () => {
    const lines = [
      'Kommunen ska särskilt prioritera klimatanpassning.',
      '',
      '- stärka kunskaper om finansieringsmöjligheter inom EU samt Norden,',
      '- söka medel från Norden för kommunens projekt.',
    ];
    expect(strengthOf(lines, 'nordic-arctic')).toBe(0);
    expect(concepts(lines)).not.toContain('nordic-arctic');
  });

  it('while cooperation in the place is one', () => {
    const lines = ['Kommunen ska särskilt prioritera samarbete i Norden och klimatanpassning.'];
    expect(strengthOf(lines, 'nordic-arctic')).toBeGreaterThan(0);
    expect(concepts(lines)).toContain('nordic-arctic');
  });
});

describe('places beside topics', () => {
  it('a place keeps its own slot however many topics the strategy lists', () => {
    const topics = [
      'klimatanpassning',
      'digitalisering av kommunal service',
      'integration av nyanlända',
      'kulturarv och kultur',
      'besöksnäring och turism',
      'näringslivsutveckling och företagande',
      'skolans internationella utbyten',
      'folkhälsa och äldreomsorg',
      'energiomställning och förnybar energi',
      'ungdomars delaktighet och demokrati',
    ];
    const lines = [
      'Kommunen ska arbeta inom följande fokusområden:',
      ...topics.map((t) => `- ${t}`),
      '',
      'Bakgrund',
      '',
      'Kommunen har länge samarbetat med städer runt Östersjön, och Östersjöregionen är vår närmaste omvärld.',
    ];
    const { profile, review } = draft(lines);
    expect(profile.priorities.some((p) => p.concepts.length === 1 && p.concepts[0] === 'baltic-sea')).toBe(true);
    expect(review.geography.map((g) => g.conceptId)).toContain('baltic-sea');
    // The topics are all still there: the place took no topic's slot.
    expect(profile.priorities.filter((p) => p.id !== 'baltic-sea').length).toBeGreaterThanOrEqual(8);
  });
});

describe('partner countries', () => {
  it('a wide group names a region, not a partner in each of its countries', () => {
    const lines = [
      'Kommunen ska särskilt prioritera klimatanpassning.',
      '',
      'Kommunen är medlem i ett nätverk av 90 städer i länderna runt Östersjön och samarbetar inom Norden.',
    ];
    const { profile } = draft(lines);
    expect(profile.partnerCountries).not.toContain('Germany');
    expect(profile.partnerCountries).not.toContain('Iceland');
    expect(profile.partnerCountries).toEqual([]);
  });

  it('countries named by name are partners, and so are the three Baltic states named as one', () => {
    const named = draft([
      'Kommunen ska särskilt prioritera samarbete med Polen och Litauen kring klimatanpassning.',
    ]).profile;
    expect(named.partnerCountries).toEqual(['Lithuania', 'Poland']);
    const baltic = draft(['Kommunen ska särskilt prioritera samarbete med Baltikum kring klimatanpassning.']).profile;
    expect(baltic.partnerCountries).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });
});

describe('names of funders and networks', () => {
  it('are context: "Havs- och vattenmyndigheten" and "Energimyndigheten" as funders are no marine or energy topic', () => {
    const lines = [
      'Kommunen ska särskilt prioritera klimatanpassning.',
      '',
      'Projekten har finansierats av Havs- och vattenmyndigheten och Energimyndigheten.',
    ];
    expect(strengthOf(lines, 'water-marine')).toBe(0);
    expect(strengthOf(lines, 'energy-transition')).toBe(0);
  });

  it('while the same words said of the work count', () => {
    const lines = ['Kommunen ska arbeta för en bättre havsmiljö och för förnybar energi.'];
    expect(strengthOf(lines, 'water-marine')).toBeGreaterThan(0);
    expect(strengthOf(lines, 'energy-transition')).toBeGreaterThan(0);
  });

  it('a network counts for its own concepts once, and a place in its name stays a place', () => {
    const lines = [
      'Kommunen ska särskilt prioritera klimatanpassning.',
      '',
      'Kommunen är medlem i Energy Cities och samarbetar med partner i Barentsregionen.',
    ];
    const text = [...HEAD, ...lines].join('\n');
    // Energy Cities: its concept once, as a network (networks-funders.json), not again from "Energy" in its name.
    expect(draftProfileFromText(text, { lan: 'kalmar' }).profile.networks).toContain('Energy Cities');
    expect(strengthOf(lines, 'energy-transition')).toBe(0);
    expect(strengthOf(lines, 'nordic-arctic')).toBeGreaterThan(0);
  });
});
