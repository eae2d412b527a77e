/**
 * Set 23 showed three places read wrongly, each now a general rule. Sentences written for this test from how funders
 * generally write:
 * - a country named among those associated to a programme ("EU-länder eller länder som är anslutna till Erasmus+
 *   såsom Norge") is one of the programme's countries, not a partner the call seeks;
 * - a place word inside the name of a forum, association or centre ("the Nordic Forum for Risk Analysis") names that
 *   body, not what the call is about;
 * - a län in the list of applicants ("aktörer i Kalmar län") limits the call to it, as a title's län does.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { CONCEPTS } from '../../../core/match/concepts.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const read = (summary: string, language: 'sv' | 'en') => analyse(testCall({ title: 'Utlysning', summary, language }));
const topics = (summary: string, language: 'sv' | 'en') => {
  const a = read(summary, language);
  return CONCEPTS.filter((_, i) => a.tf[i] > 0).map((c) => c.id);
};

describe('a country associated to a programme', () => {
  it('is one of its countries, not a partner', () => {
    for (const [summary, language] of [
      [
        'Projekten ska ha minst 3 partner från 3 olika EU-länder (eller länder som är anslutna till Erasmus+ såsom Norge).',
        'sv',
      ],
      ['Partners come from EU member states or countries associated to the programme, such as Norway.', 'en'],
    ] as const) {
      expect([...read(summary, language).signals.countries], summary).toEqual([]);
    }
  });
  it('a partner named as one still is', () => {
    expect([...read('Projektet genomförs tillsammans med partner i Norge.', 'sv').signals.countries]).toEqual([
      'Norway',
    ]);
  });
});

describe('a place word inside the name of a forum or association', () => {
  it('names that body, not the topic', () => {
    expect(
      topics('Good practices exist, such as the Nordic Forum for Risk Analysis and Strategic Foresight.', 'en'),
    ).not.toContain('nordic-arctic');
  });
  it('the place word in a sentence still counts', () => {
    expect(topics('Projects strengthen Nordic cooperation on risk analysis.', 'en')).toContain('nordic-arctic');
  });
});

describe('a län in the list of applicants', () => {
  const call = testCall({
    funder: 'Regionförbundet',
    title: 'Finansiering av internationella projekt',
    summary: 'Projektkontoret hjälper till med finansiering av internationella projekt.',
    applicantTypes: ['aktörer i Kalmar län'],
    language: 'sv',
  });
  it('limits the call to it', () => {
    expect(score(call, testProfile({ kind: 'kommun', lan: 'kalmar' })).eligibility.area).toBe('eligible');
    expect(score(call, testProfile({ kind: 'kommun', lan: 'blekinge' })).eligibility.area).toBe('not-eligible');
  });
  it('a list naming no län sets no area', () => {
    const open = testCall({ ...call, applicantTypes: ['kommuner', 'regioner'] });
    expect(score(open, testProfile({ kind: 'kommun', lan: 'blekinge' })).eligibility.area).not.toBe('not-eligible');
  });
});
