/**
 * Readings probe 15's fresh pages showed wrong, each as a general rule. Sentences written for this test from how
 * funders generally write, none copied from a probed page:
 * - a call for the funder's own grantees is for a group chosen before;
 * - "samfund" (Finland-Swedish for a registered organisation) beside "privatperson" admits organisations;
 * - "organisationer som inte är statliga eller kommunala" in the summary says what applicants may not be;
 * - a kommun's own grant keeps its area when a committee follows its name, and a region of the same län is not
 *   outside it; "Testby kommuns föreningsregister" is one kommun's register, not kommuner as applicants;
 * - a funder named by its country's adjective ("Danish …") is that country's, unless the call admits non-nationals;
 * - schools named only in prose ("workshops in schools") are where the work happens, not those the call is for;
 * - "actors from the cultural sphere, the public administration and the private sector" names parties, not a topic.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { blockerKinds, judge } from '../../support/applicant-judge.ts';
import { evidenceTerms } from '../../support/evidence.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

describe("a funder's own grantees", () => {
  it('a call for "our grant recipients" is for a group chosen before', () => {
    const j = judge({
      summary: 'This autumn we open a special funding call for our grant recipients to support greener travel.',
      language: 'en',
    });
    expect(j.verdict).toBe('unknown');
    expect(j.text).toMatch(/bara öppen för/);
  });
  it('so is a list naming "Testfonden Foundation grantees"', () => {
    const j = judge({ summary: 'Support for greener travel.', applicantTypes: ['Testfonden Foundation grantees'] });
    expect(j.text).toMatch(/bara öppen för "Testfonden Foundation grantees"/);
  });
  it('"previous grantees may not apply" is no such group', () => {
    const j = judge({ summary: 'Municipalities may apply. Previous grantees may not apply again.', language: 'en' });
    expect(j.text).not.toMatch(/bara öppen för/);
  });
});

describe('"samfund"', () => {
  it('beside "privatperson" admits organisations', () => {
    const j = judge({ summary: 'Resestipendium för nordiskt samarbete.', applicantTypes: ['privatperson', 'samfund'] });
    expect(j.applicantBlockers).toEqual([]);
  });
});

describe('a negated kind in the summary', () => {
  it('"organisationer som inte är statliga eller kommunala" does not name kommuner as applicants', () => {
    const j = judge({
      summary:
        'Bidragen kan sökas av ideella föreningar och av stiftelser och organisationer som inte är statliga eller kommunala.',
      language: 'sv',
    });
    expect(j.verdict).not.toBe('eligible');
    expect(j.text).not.toMatch(/nämner kommuner/);
  });
  it('a list naming "organisationer som inte är statliga eller kommunala" shuts regions out as well', () => {
    const j = judge(
      {
        summary: 'Bidrag till projekt för unga.',
        applicantTypes: ['ideella föreningar', 'stiftelser och organisationer som inte är statliga eller kommunala'],
        language: 'sv',
      },
      testProfile({ id: 'r', name: 'Region Test', kind: 'region' }),
    );
    expect(j.verdict).toBe('not-eligible');
  });
});

describe('a programme named with its hyphenated words, "i nära samarbete med" a named body', () => {
  it('"Havs-, fiskeri- och vattenbruksprogrammet" is a name, not marine evidence', () => {
    const call = {
      funder: 'Jordbruksverket',
      programme: 'Havs-, fiskeri- och vattenbruksprogrammet 2021–2027',
      title: 'Pengar till svensk sjömat',
      summary: 'Stöd till yrkesfiskare och företag som producerar sjömat.',
      language: 'sv' as const,
    };
    expect(evidenceTerms(call, 'water-marine')).toEqual([]);
  });
  it('"i nära samarbete med Europeiska regionkommittén" is said of a named partner, no international cooperation', () => {
    const call = {
      summary: 'Kommissionen genomför projektet i nära samarbete med Europeiska regionkommittén.',
      language: 'sv' as const,
    };
    expect(evidenceTerms(call, 'international-cooperation')).toEqual([]);
  });
});

describe("a kommun's own grant", () => {
  it('keeps its area when a committee follows its name', () => {
    expect(blockerKinds({ funder: 'Alfaby kommun (Kulturnämnden)', summary: 'Bidrag till föreningar.' })).toContain(
      'outside-programme-area',
    );
  });
  it('is not outside a region of the same län', () => {
    const own = testProfile({ id: 'r', name: 'Region Test', kind: 'region', lan: 'kronoberg' });
    const m = score(testCall({ funder: 'Växjö kommun', summary: 'Stöd till föreningar.' }), own);
    expect(m.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
    expect(m.eligibility.areaText.sv).toMatch(/Kronobergs län/);
  });
  it('"Alfaby kommuns föreningsregister" is one kommun’s register, not kommuner as applicants', () => {
    const j = judge({
      summary: 'Resebidrag till föreningar.',
      applicantTypes: ['föreningar registrerade i Alfaby kommuns föreningsregister'],
      language: 'sv',
    });
    expect(j.text).not.toMatch(/nämner kommuner/);
  });
});

describe('a funder named by its country', () => {
  it('"Danish …" is a Danish funder, for applicants in Denmark', () => {
    expect(blockerKinds({ funder: 'Danish Design Foundation', summary: 'Grants for design projects.' })).toContain(
      'country-not-eligible',
    );
  });
  it('unless the call admits non-Danish applicants', () => {
    expect(
      blockerKinds({
        funder: 'Danish Design Foundation',
        summary: 'Grants for design projects. Non-Danish venues may apply for exhibitions of Danish design.',
      }),
    ).not.toContain('country-not-eligible');
  });
  it('"Svenska …" is no foreign funder', () => {
    expect(blockerKinds({ funder: 'Svenska Designfonden', summary: 'Bidrag till designprojekt.' })).not.toContain(
      'country-not-eligible',
    );
  });
});

describe('schools named in prose only', () => {
  it('are where the work happens, not those the call is for', () => {
    const j = judge({
      summary: 'Activities may include training sessions, workshops in schools and local festivals for young people.',
      language: 'en',
    });
    expect(j.text).not.toMatch(/skolor/);
  });
  it('a list of applicants naming schools still admits the kommun as their provider', () => {
    const j = judge({ summary: 'Support for exchanges.', applicantTypes: ['schools'] });
    expect(j.text).toMatch(/huvudman/);
  });
});

describe('actors from sectors', () => {
  it('"actors from the cultural sphere, the public administration and the private sector" names parties', () => {
    const call = {
      summary:
        'Teams develop an urban project through collaboration among actors from the cultural sphere, the public administration, and the private sector.',
    };
    expect(evidenceTerms(call, 'public-innovation')).toEqual([]);
  });
});

describe('"är nu öppen för"', () => {
  it('names the applicants as "är öppen för" does', () => {
    const j = judge({
      summary: 'Ansökan är nu öppen för ideella organisationer som arbetar med att främja psykisk hälsa.',
      language: 'sv',
    });
    expect(j.verdict).toBe('not-eligible');
  });
});
