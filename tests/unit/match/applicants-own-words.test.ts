/**
 * Who may apply, told from what the call and the programme say, never more:
 * - a call's own list naming who applies in words of its own ("Regional Innovation Hubs", "professional
 *   artists") is not silence: programme data on the programme at large is not told as if the call said nothing;
 * - bodies a who-sentence admits only by exception ("om det finns särskilda skäl", "in exceptional cases") are
 *   neither told they are the call's applicants nor shut out by the rule's list; programme data that admits a kind
 *   only by exception (`exceptionally`) is told so;
 * - a programme's funder is not its applicant: a region is never told it may apply for its own funds, and its own
 *   area earns it no points there (the area line stays: it is true);
 * - embassies and diplomatic missions are the state's own bodies abroad: a call only for them shuts a kommun out;
 * - organisations named by what they are involved in or work with ("organisations involved in or with a city")
 *   are of any kind: the city is their field, not their kind, and no region is shut out.
 * Sentences written for this test after how funders generally write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testProfile, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Call 2027', language: 'en', ...over });

describe("a call's own list of applicants in its own words", () => {
  it('is told instead of programme data', () => {
    for (const p of [kommun, region]) {
      const m = score(
        call({
          funder: 'Nordiska ministerrådet',
          summary: 'Grants for Nordic cooperation projects.',
          applicantTypes: ['professional artists', 'cultural workers'],
        }),
        p,
      );
      expect(m.eligibility.applicantFrom, p.kind).toBeUndefined();
      expect(m.eligibility.applicant).toBe('unknown');
      expect(m.eligibility.applicantText.sv).toContain('"professional artists; cultural workers"');
    }
  });
  it('school authorities are school providers: a kommun may apply as one', () => {
    const m = score(
      call({
        language: 'sv',
        summary: 'Stöd till skolutveckling.',
        applicantTypes: ['lokala och regionala skolmyndigheter'],
      }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
  it('"organ i Kalmar län" are bodies of any kind, not words of its own', () => {
    const m = score(
      call({ language: 'sv', summary: 'Stöd till informationskontor.', applicantTypes: ['organ i Kalmar län'] }),
      kommun,
    );
    expect(m.eligibility.applicantText.sv).not.toContain('"organ i Kalmar län"');
  });
  it('a list the engine can read still decides', () => {
    const m = score(
      call({ funder: 'Nordiska ministerrådet', summary: 'Grants.', applicantTypes: ['municipalities'] }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
});

describe('applicants only by exception', () => {
  it('kommuner that may apply "om det finns särskilda skäl" get no blocker and no eligible line', () => {
    const m = score(
      call({
        language: 'sv',
        summary:
          'Stöd kan sökas av ideella föreningar. Kommuner kan söka om det finns särskilda skäl. Projekten ska pågå högst tre år.',
      }),
      kommun,
    );
    expect(m.blockers.filter((b) => b.kind === 'applicant-type')).toEqual([]);
    expect(m.eligibility.applicant).toBe('unknown');
    expect(m.eligibility.applicantText.sv).toBe(
      'Utlysningen säger att kommuner kan söka bara i undantagsfall ("om det finns särskilda skäl").',
    );
  });
  it('"in exceptional cases local authorities may also apply" is no companies-only call', () => {
    const m = score(
      call({ summary: 'The call is open to SMEs. In exceptional cases local authorities may apply.' }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('unknown');
  });
  it('an exception for regions says nothing of kommuner', () => {
    const m = score(
      call({ language: 'sv', summary: 'Kommuner kan söka stöd. Regioner kan söka i undantagsfall.' }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
  it('programme data admitting kommuner only by exception is no blocker', () => {
    for (const p of [kommun, region]) {
      const m = score(
        call({ funder: 'Allmänna arvsfonden', language: 'sv', summary: 'Ansök om pengar för nyskapande projekt.' }),
        p,
      );
      expect(
        m.blockers.filter((b) => b.kind === 'applicant-type'),
        p.kind,
      ).toEqual([]);
      expect(m.eligibility.applicantText.sv).toMatch(/kan få stöd bara i undantagsfall/);
      expect(m.eligibility.applicantFrom).toBe('programme-data');
    }
  });
});

describe("a programme's funder is not its applicant", () => {
  const own = testProfile({ id: 'own', name: 'Region Kronoberg', kind: 'region', lan: 'kronoberg' });
  const other = testProfile({ id: 'other', name: 'Växjö kommun', kind: 'kommun', lan: 'kronoberg' });
  const c = call({ funder: 'Region Kronoberg', language: 'sv', summary: 'Medel för projekt med regional karaktär.' });
  it('the region is told it awards the funds, which shuts it out as an applicant', () => {
    const m = score(c, own);
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
    expect(m.eligibility.applicantText.sv).toBe(
      'Region Kronoberg delar själv ut medlen i utlysningen och är inte sökande.',
    );
  });
  it('a kommun in its län is still told what the programme data says', () => {
    expect(score(c, other).eligibility.applicant).toBe('eligible');
  });
  it('its own area earns the region nothing: it gives the funds, it does not apply for them', () => {
    const m = score(c, own);
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.sv).toBe('Kronobergs län ingår i programområdet för Region Kronoberg.');
    expect(m.eligibility.areaPoints).toBe(0);
    expect(score(c, other).eligibility.areaPoints).toBeGreaterThan(0);
  });
  it("ranks the region's own call below the same call for a kommun in its län", () => {
    expect(score(c, own).score).toBeLessThan(score(c, other).score);
  });
});

describe('embassies and diplomatic missions', () => {
  for (const over of [
    { applicantTypes: ['Nordic embassies and diplomatic missions abroad'] },
    { summary: 'Only embassies may apply for these funds.' },
    { language: 'sv' as const, summary: 'Stödet kan sökas av ambassader och beskickningar utomlands.' },
  ]) {
    it(`shut kommuner and regioner out: ${JSON.stringify(over)}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call({ funder: 'Nordiska ministerrådet', ...over }), p);
        expect(m.eligibility.applicant, p.kind).toBe('not-eligible');
      }
    });
  }
});

describe('organisations named by what they are involved in', () => {
  it('"organisations involved in or with a city" shuts no region out', () => {
    const m = score(
      call({
        summary: 'Funding for urban transport nodes.',
        applicantTypes: ['organisations involved in or with a city that is part of the network'],
      }),
      region,
    );
    expect(m.eligibility.applicant).not.toBe('not-eligible');
    expect(m.eligibility.applicantText.sv).not.toMatch(/inte till regioner/);
  });
});
