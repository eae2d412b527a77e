/**
 * A call for a group of young people ("initiated and carried out by a group of minimum 5 young people aged 18–30",
 * "genomföras av en grupp om minst fem ungdomar") is for the young people themselves: a blocker says so, in those
 * words, not that the call is for non-profit organisations (programme data on the strand's organisations). Young
 * people named as those who take part ("youth exchanges bring together groups of young people from two countries")
 * apply through an organisation and are no such limit. Sentences written for this test after how funders write,
 * none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const GROUPS: [string, Partial<FundingCall>][] = [
  [
    'a strand whose programme data names organisations',
    {
      funder: 'European Commission',
      programme: 'European Solidarity Corps',
      title: 'European Solidarity Corps: Solidarity Projects 2027',
      summary:
        'Solidarity projects are initiated and carried out by a group of minimum 5 young people aged 18-30 who want to make a positive change in their local community.',
    },
  ],
  [
    'no programme data',
    {
      funder: 'Ungdomsfonden',
      title: 'Egna projekt 2027',
      language: 'sv',
      summary:
        'Stödet kan sökas av en grupp om minst tre ungdomar i åldern 15–25 år som vill genomföra ett eget projekt.',
    },
  ],
];

describe('a call for a group of young people', () => {
  for (const [what, over] of GROUPS) {
    it(`${what}: the blocker names the group, not organisations`, () => {
      for (const body of [testKommun(), testRegion()]) {
        const m = score(testCall(over), body);
        expect(m.eligibility.applicant).toBe('not-eligible');
        expect(m.blockers.map((b) => b.kind)).toEqual(['applicant-type']);
        expect(m.blockers[0].text.sv).toMatch(/grupp/);
        expect(m.blockers[0].text.sv).not.toMatch(/ideella|föreningar|säger inte vilka/);
        expect(m.blockers[0].from).toBeUndefined();
      }
    });
  }
  it('young people who take part through an organisation are no limit', () => {
    const m = score(
      testCall({
        funder: 'Testfonden',
        title: 'Youth exchanges 2027',
        summary:
          'Youth exchanges bring together groups of young people from at least two countries. Youth organisations and municipalities may apply.',
      }),
      testKommun(),
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
  it('a group that an organisation or a kommun may support is not for the group alone', () => {
    const m = score(
      testCall({
        funder: 'Testfonden',
        title: 'Solidaritetsprojekt',
        language: 'sv',
        summary:
          'Projektet genomförs av en grupp om minst fem ungdomar. Gruppen kan ta stöd av en organisation eller en kommun.',
        applicantTypes: ['grupper av unga', 'organisationer', 'kommuner'],
      }),
      testRegion(),
    );
    expect(m.eligibility.applicant).not.toBe('not-eligible');
    expect(m.blockers).toEqual([]);
  });
});
