/**
 * The call's own funder by name is context, not a topic: the names in its funder field (two words or more) in any
 * inflection, and the proper name of a society, foundation or fund ("Letterstedtska föreningen", "Stiftelsen X").
 * Lowercase, "föreningen" is an association the call speaks of and still counts. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { topicsOf } from '../../support/evidence.ts';
import { testCall } from '../../support/test-call.ts';

function topics(over: Partial<FundingCall>): string[] {
  return topicsOf({ language: 'sv', ...over });
}

describe("the funder field's names, in any inflection", () => {
  it('a genitive of the funder\'s name is no civil society ("Föreningslivets fonds utlysning")', () => {
    const over = { funder: 'Föreningslivets fond', title: 'Föreningslivets fonds utlysning 2025' };
    expect(topics(over)).not.toContain('civil-society');
    // The same words with another funder are an association's: civil society.
    expect(topics({ ...over, funder: 'Kulturkontoret' })).toContain('civil-society');
  });
  it('a name in brackets in the funder field ("Länsstyrelsen X (Stiftelsen Y läns fond)")', () => {
    const over = {
      funder: 'Länsstyrelsen Testlän (Stiftelsen för testlänets föreningar)',
      title: 'Utlysning ur Stiftelsen för testlänets föreningar',
      summary: 'Pengar till behövande invånare.',
    };
    expect(topics(over)).not.toContain('civil-society');
    expect(topics({ ...over, funder: 'Länsstyrelsen Testlän' })).toContain('civil-society');
  });
  it('a one-word funder is left to the reference data: its word may be the topic too', () => {
    expect(topics({ funder: 'Föreningar', summary: 'Stöd till föreningar i länet.' })).toContain('civil-society');
  });
  it('the topic still counts outside the name', () => {
    const over = {
      funder: 'Testbygdens föreningen',
      summary: 'Testbygdens föreningen stödjer ideella föreningar och föreningsliv i bygden.',
    };
    expect(topics(over)).toContain('civil-society');
  });
});

describe("a society's, foundation's or fund's proper name", () => {
  const names = [
    'Anslag från Letterstedtska föreningen till nordiska projekt.',
    'Letterstedtska föreningens huvudstyrelse beslutar om anslagen.',
    'Utlysning ur Stiftelsen Norrbottens läns nödhjälpsfond.',
  ];
  for (const summary of names) {
    it(`"${summary}" is no civil society`, () => {
      expect(topics({ summary })).not.toContain('civil-society');
    });
  }
  const associations = [
    'Stödet går till stiftelser och föreningar i kommunen.',
    'Projekten ska stärka föreningen i byn och dess medlemmar.',
  ];
  for (const summary of associations) {
    it(`"${summary}" is civil society`, () => {
      expect(topics({ summary })).toContain('civil-society');
    });
  }
});

it("countries in the funder's name are still read as the text reads them", () => {
  const c = testCall({
    funder: "Testing Council's Offices in Estonia, Latvia and Lithuania",
    summary: "The Testing Council's Offices in Estonia, Latvia and Lithuania support partners from Estonia.",
  });
  expect([...analyse(c).signals.countries]).toEqual(expect.arrayContaining(['Estonia']));
});

describe('a foundation, fund or society speaking of itself', () => {
  const summary =
    'Stiftelsen har till sitt ändamål att stödja forskning. Ett anslag från stiftelsen kan sökas av forskare.';
  it('"Stiftelsen", "stiftelsen" in a foundation\'s call is the funder, no civil society', () => {
    expect(topics({ funder: 'Testssons Stiftelse', title: 'Anslag till symposier', summary })).not.toContain(
      'civil-society',
    );
  });
  it('with a funder that is no foundation, or in the plural, it still counts', () => {
    expect(topics({ funder: 'Kulturkontoret', title: 'Anslag till symposier', summary })).toContain('civil-society');
    expect(
      topics({ funder: 'Testssons Stiftelse', title: 'Anslag', summary: 'Stöd till stiftelser och föreningar.' }),
    ).toContain('civil-society');
  });
});
