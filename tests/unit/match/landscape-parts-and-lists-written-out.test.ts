/**
 * Readings from released set 51 and probe rounds gu–gv (session 44), each from sentences written for this test, none
 * copied from the set's or the probe's calls:
 * - a landskap that covers only part of a län (lan.json `partOf`: Tornedalen, Öland, Lappland, Småland) leaves the
 *   län's other kommuner outside, unless the call names the kommun or takes the län's other kommuner in as parties;
 * - "just under 100,000" is a size near the limit, not a second limit;
 * - "SMEs and other interested parties (e.g. …)" in a sentence on applying writes the list out, and it goes on;
 * - "andra organisationer utan vinstsyfte" is narrowed to non-profits;
 * - "the separate … Award" and "its own call" point those of a size to another call;
 * - "Mindre kommuner kan delta i X men inte söka" is no way in; "Kommuner med fler invånare kan söka för …" is one;
 * - "Aktörer i övriga Sverige kan vara stödmottagande projektpartner" are paid partners from outside the area;
 * - "får även ha kommuner i angränsande län som medsökande" admits the neighbours' kommuner, not their regions;
 * - "ska ha sin hemvist i … län" limits applicants to those län.
 */
import { describe, expect, it } from 'vitest';
import { populationLimitsIn } from '../../../core/match/population-limit.ts';
import { seedApplicantText, seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('a landskap covering part of a län', () => {
  const torne = {
    funder: 'Meänmaa kulturförening',
    title: 'Projektbidrag för kultur i Tornedalen 2028',
    summary:
      'Bidraget går till föreningar och kommuner som bedriver kulturverksamhet i Tornedalen. Projekten ska stärka ' +
      'språket meänkieli och det gemensamma kulturarvet över gränsen.',
  };
  it('leaves a kommun of the län outside the landskap outside', () => {
    expect(seedBlockers(torne, 'alvsbyn')).toContain('outside-programme-area');
    expect(seedAreaText(torne, 'alvsbyn')).toContain('som i Norrbottens län omfattar');
  });
  it('leaves Kalmar kommun, on the mainland, outside a call for Öland', () => {
    const oland = {
      funder: 'Ölands Kulturfond',
      title: 'Bidrag till kulturarv på Öland 2028',
      summary: 'Fonden stöder föreningar, kommuner och stiftelser som är verksamma på Öland.',
    };
    expect(seedBlockers(oland, 'kalmar')).toContain('outside-programme-area');
  });
  it('admits a kommun the call names besides the landskap', () => {
    const named = {
      funder: 'Stiftelsen Sundet',
      title: 'Bidrag 2028',
      summary:
        'Bidrag lämnas endast till mottagare i Kalmar, Borgholms och Mörbylånga kommuner. Kommuner och föreningar kan ' +
        'söka. I år prioriteras verksamhet som är verksam på Öland och samarbete över sundet.',
    };
    expect(seedBlockers(named, 'kalmar')).not.toContain('outside-programme-area');
  });
  it('admits the län’s other kommuner where the call takes them in as paid partners', () => {
    const partners = {
      ...torne,
      summary: `${torne.summary} Samarbetspartner från övriga kommuner i Norrbottens län kan ingå i projektet och får ta del av bidraget.`,
    };
    expect(seedBlockers(partners, 'alvsbyn')).not.toContain('outside-programme-area');
  });
  it('does not read another country’s Lappland as the Swedish landskap’s kommuner', () => {
    const lapland = {
      funder: 'Arktiska rådet för samverkan',
      title: 'Gränsöverskridande projekt 2028',
      summary:
        'Sökande ska vara verksamma i Finlands landskap Lappland eller i Norrbottens län. Kommuner och organisationer ' +
        'kan söka.',
    };
    expect(seedBlockers(lapland, 'alvsbyn')).not.toContain('outside-programme-area');
  });
});

describe('sizes near a limit and other calls for other sizes', () => {
  it('reads "just under 100,000" as no limit of its own', () => {
    const limits = populationLimitsIn(
      'The title is open to cities with a population of over 100,000. The jury may in special cases also admit cities with a population of just under 100,000.',
    );
    expect(limits.map((l) => [l.min, l.max])).toEqual([[100000, undefined]]);
  });
  it('reads "the separate … Award, which has its own call" as another call', () => {
    const limits = populationLimitsIn(
      'Cities with more than 150 000 inhabitants may apply. Towns with 30 000 to 150 000 inhabitants may enter the separate Blue Town Award, which has its own call.',
    );
    expect(limits.map((l) => [l.min, l.max])).toEqual([[150000, undefined]]);
  });
  it('reads "Mindre kommuner kan delta i X men inte söka" as no way in for the smaller', () => {
    const call = {
      funder: 'Naturvårdsverket',
      title: 'Stöd till gröna stråk i storstäder 2028',
      summary:
        'Sökande ska vara en kommun med minst 150 000 invånare. Mindre kommuner kan delta i erfarenhetsutbytet men inte ' +
        'söka stöd.',
    };
    expect(seedBlockers(call, 'karlskrona')).toContain('population-limit');
  });
  it('reads "Kommuner med fler invånare kan söka för …" as a way in for the larger', () => {
    const call = {
      funder: 'Boverket',
      title: 'Stöd till levande orter 2028',
      summary:
        'Kommuner med högst 40 000 invånare kan söka stöd för valfri ort. Kommuner med fler invånare kan söka för orter ' +
        'med högst 5 000 invånare utanför centralorten.',
    };
    expect(seedBlockers(call, 'linkoping')).not.toContain('population-limit');
  });
});

describe('lists written out in a sentence', () => {
  it('reads "SMEs and other interested parties (e.g. …)" in a sentence on applying as an open list', () => {
    const call = {
      funder: 'GreenVillages project (Horizon Europe)',
      title: 'Open call for village pilots',
      summary:
        'The open call invites SMEs and other interested parties (for example start-ups, research centres and local ' +
        'communities) to submit proposals for pilots of digital services in villages.',
      applicantTypes: ['SMEs', 'start-ups', 'research centres', 'local communities'],
    };
    expect(seedBlockers(call, 'kronoberg')).not.toContain('applicant-type');
  });
  it('does not read a catch-all in a sentence refusing applications as opening the list', () => {
    const call = {
      funder: 'Stiftelsen för grundforskning',
      title: 'Nominering av forskningsprojekt 2028',
      summary:
        'Stiftelsen tar inte emot ansökningar från forskare eller andra organisationer. Ansökningar lämnas av rektor ' +
        'vid inbjudna universitet.',
      applicantTypes: ['universitet'],
    };
    expect(seedApplicantText(call, 'kalmar')).not.toContain('andra organisationer');
  });
  it('reads "andra organisationer utan vinstsyfte" as non-profits only', () => {
    const call = {
      funder: 'Allmänna arvsfonden',
      title: 'Projektstöd 2028',
      summary: 'Stöd kan sökas av ideella föreningar och andra organisationer utan vinstsyfte.',
      applicantTypes: ['ideella föreningar', 'organisationer utan vinstsyfte'],
    };
    expect(seedApplicantText(call, 'kronoberg')).not.toContain('utan att begränsa');
  });
});

describe('partners from outside the area', () => {
  it('reads "Aktörer i övriga Sverige kan dock vara stödmottagande projektpartner" as paid partners', () => {
    const call = {
      funder: 'Interreg Sverige-Norge',
      title: 'Utlysning 2028: gränsöverskridande service',
      summary:
        'Programområdet omfattar på svensk sida Värmlands, Dalarnas och Jämtlands län. Stödmottagare ska finnas i ' +
        'programområdet. Aktörer i övriga Sverige kan dock vara stödmottagande projektpartner om insatsen gynnar ' +
        'programområdet.',
      eligibleCountries: ['SE', 'NO'],
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
  });
  it('admits the kommuner of neighbouring län as co-applicants, not their regions', () => {
    const call = {
      funder: 'Region Blekinge',
      title: 'Regionala projektmedel 2028',
      summary:
        'Stöd kan sökas av kommuner och ideella organisationer med verksamhet i Blekinge län. Projekt får även ha ' +
        'kommuner i angränsande län som medsökande och stödmottagare. Regioner utanför Blekinge kan delta som ' +
        'medfinansiärer men inte som stödmottagare.',
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
    expect(seedBlockers(call, 'kronoberg')).toContain('outside-programme-area');
  });
  it('reads "ska ha sin hemvist i … län" as the applicants’ area', () => {
    const call = {
      funder: 'Fonden för nordiskt grannsamarbete',
      title: 'Projektstöd 2028',
      summary:
        'Stöd kan sökas av föreningar, kommuner och regioner. Svenska sökande ska ha sin hemvist i Skåne, Hallands ' +
        'eller Blekinge län.',
      eligibleCountries: ['DK', 'SE'],
    };
    expect(seedBlockers(call, 'linkoping')).toContain('outside-programme-area');
    expect(seedBlockers(call, 'karlskrona')).not.toContain('outside-programme-area');
  });
});
