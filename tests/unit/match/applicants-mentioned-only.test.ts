/**
 * Kommuner or regioner named only outside the sentences on who may apply — those a project's knowledge reaches,
 * a speaker at a launch, the sharers of good practice — are no evidence of who applies. Where the programme's data
 * admits the body, the applicant line says the call does not say and cites the data, not "Utlysningen nämner
 * kommuner eller offentliga aktörer". A list of nothing but running projects admits no new applicant, and a list
 * naming cities does not shut regions out when the call's text names regions beside the cities. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { judge, kommun, NAMES_US, region } from '../../support/applicant-judge.ts';

describe('a mention in prose yields to programme data that admits the body', () => {
  const prose = [
    'Good practices shared by municipalities and regions will be collected into a handbook.',
    'The project brings knowledge on solutions to the regions and local authorities of the area.',
    'The launch was opened by a speech on how municipalities and regions can work together across the border.',
  ];
  for (const summary of prose) {
    it(`"${summary}"`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ funder: 'Interreg Central Baltic', summary }, p);
        expect(j.verdict).toBe('eligible');
        expect(j.from).toBe('programme-data');
        expect(j.text).not.toMatch(NAMES_US);
        expect(j.text).toMatch(/^Utlysningen säger inte vilka som kan söka; i Interreg Central Baltic/);
      }
    });
  }
  it('a who-may-apply sentence naming them still says so, programme or not', () => {
    const j = judge({ funder: 'Interreg Central Baltic', summary: 'Municipalities and regions may apply.' });
    expect(j.text).toMatch(NAMES_US);
    expect(j.from).toBeUndefined();
  });
  it('without programme data a mention still admits (nothing better is known)', () => {
    expect(judge({ summary: 'Support is given to municipalities that want to renovate schools.' }).verdict).toBe(
      'eligible',
    );
  });
});

describe('a list of running projects', () => {
  const lists = [
    ['ongoing or finalised Interreg projects of the 2021-2027 period'],
    ['existing projects funded by the programme'],
    ['pågående och avslutade projekt inom programmet'],
  ];
  for (const applicantTypes of lists) {
    it(`${applicantTypes[0]}`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ funder: 'Interreg Central Baltic', applicantTypes }, p);
        expect(j.verdict).toBe('unknown');
        expect(j.text).toMatch(/projekt som redan finns/);
      }
    });
  }
  it('a list of bodies that run projects is no such list', () => {
    expect(judge({ applicantTypes: ['municipalities running existing projects'] }).verdict).toBe('eligible');
  });
});

describe('a list naming cities, a text naming regions beside them', () => {
  it('regions are not shut out', () => {
    const j = judge(
      {
        applicantTypes: ['consortia of cities and towns'],
        summary: 'Projects build shared data platforms for cities, regions or communities.',
      },
      region,
    );
    expect(j.verdict).toBe('unknown');
    expect(j.applicantBlockers).toEqual([]);
    expect(j.text).toMatch(/om regioner kan söka framgår inte/);
  });
  it('without regions in the text, or with "only", the list is closed', () => {
    expect(
      judge({ applicantTypes: ['consortia of cities and towns'], summary: 'Shared data platforms.' }, region).verdict,
    ).toBe('not-eligible');
  });
});
