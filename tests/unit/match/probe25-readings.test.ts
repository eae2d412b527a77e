/**
 * Readings probe 25 (blind fact-checks of 50 fresh pages) showed wrong, each as a general rule. Sentences written for
 * this test from how funders generally write, none copied from a probe's page:
 * - "the applicant organisation does not need to be from one of these countries": the list is where the work is;
 * - "a limited call (by invitation only)": only invited applicants, whoever they are;
 * - "Följande kommuner … prioriteras: A, B och C": a priority by named kommuner, told with whether we are among them;
 * - "verksamhet i Xområdet" and "samma verksamhetsområde som tidigare Sparbanken X": a local area, a doubt;
 * - "present their city's candidature": the city is the candidate, not a member of one;
 * - "advocacy" on development issues is no EU advocacy: the word counts only beside EU words.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { localAreaIn } from '../../../core/match/signals.ts';
import { chosenEarlierIn } from '../../../core/match/who-wording.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const climate = testProfile({ priorities: [testPriority('klimat', ['climate-mitigation'])] });
const eu = testProfile({ priorities: [testPriority('eu', ['eu-affairs'])] });

describe('applicants from anywhere, work in the listed countries', () => {
  it('shuts no one out for where they are from, and says where the work is', () => {
    const call = testCall({
      title: 'Call for proposals: climate and oceans',
      summary:
        'The call applies to Kenya and Ghana. The applicant organization does not need to be from one of these ' +
        'countries, as long as it works in any of them.',
      eligibleCountries: ['Kenya', 'Ghana'],
    });
    expect(analyse(call).signals.workPlaces).toEqual(['Kenya', 'Ghana']);
    expect(score(call, climate).eligibility.areaText.sv).toContain('Verksamheten ska ske i');
  });
});

describe('invited applicants only', () => {
  it('is a group chosen by the funder', () => {
    expect(chosenEarlierIn('This is a limited call for proposals (by invitation only).')).toEqual({
      said: 'by invitation only',
      kind: 'invited',
    });
    expect(chosenEarlierIn('Utlysningen är endast öppen för inbjudna organisationer.')).toBeUndefined();
    expect(chosenEarlierIn('Ansökan sker endast efter inbjudan.')).toEqual({
      said: 'endast efter inbjudan',
      kind: 'invited',
    });
  });
  it('is told as such', () => {
    const m = score(
      testCall({
        title: 'Climate call',
        summary: 'A limited call for proposals (by invitation only). Organisations working on climate may apply.',
      }),
      climate,
    );
    expect(m.eligibility.applicantText.sv).toContain('inbjudna sökande');
  });
  it('leaves a closed list of other kinds its own reason', () => {
    const m = score(
      testCall({
        title: 'Research call, second stage',
        summary: 'Only invited applicants are eligible. Universities and research institutes may apply.',
        applicantTypes: ['universities', 'research institutes'],
      }),
      climate,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});

describe('local areas', () => {
  it('reads kommuner a fund gives priority to', () => {
    const area = localAreaIn('Följande kommuner i norra Skåne prioriteras: Hässleholm, Osby och Östra Göinge.');
    expect(area?.kommuner).toEqual(['Hässleholm', 'Osby', 'Östra Göinge']);
  });
  it('tells a kommun whether it is among them, as a priority', () => {
    const summary = 'Stiftelsen stöder lokal utveckling. Följande kommuner prioriteras: Osby, Älmhult och Markaryd.';
    const outside = score(testCall({ language: 'sv', title: 'Bidrag', summary }), climate);
    expect(outside.eligibility.area).toBe('unknown');
    expect(outside.eligibility.areaText.sv).toContain('är inte en av dem');
    // A region with one of them in its län.
    const region = score(
      testCall({ language: 'sv', title: 'Bidrag', summary }),
      testProfile({ kind: 'region', name: 'Region Kronoberg', lan: 'kronoberg', priorities: climate.priorities }),
    );
    expect(region.eligibility.areaText.sv).toContain('har en eller flera av dem i länet');
  });
  it('reads a named place’s area and a former bank’s area, not a sea’s', () => {
    expect(localAreaIn('Bidrag ges till föreningar som har verksamhet i Bergbyområdet.')?.said).toBe('Bergbyområdet');
    expect(localAreaIn('Projekt med verksamhet i Östersjöområdet.')).toBeUndefined();
    expect(
      localAreaIn('Stiftelsen verkar inom samma geografiska verksamhetsområde som tidigare Sparbanken Nord.')?.said,
    ).toContain('Sparbanken Nord');
  });
});

describe("a city's own candidature", () => {
  it('makes the city the candidate', () => {
    const m = score(
      testCall({
        title: 'European award for destinations',
        summary: 'Three shortlisted cities will be asked to present their city’s candidature to the jury.',
        applicantTypes: ['cities'],
      }),
      climate,
    );
    expect(m.eligibility.applicantText.sv).not.toContain('medlemmar');
  });
});

describe('advocacy', () => {
  it('counts as EU affairs only beside EU words', () => {
    const development = score(
      testCall({ title: 'Global learning', summary: 'Campaigning and advocacy projects on global poverty.' }),
      eu,
    );
    expect(development.reasons.some((r) => r.conceptId === 'eu-affairs')).toBe(false);
    const brussels = score(
      testCall({ title: 'Regional office', summary: 'Advocacy towards the EU institutions in Brussels.' }),
      eu,
    );
    expect(brussels.reasons.some((r) => r.conceptId === 'eu-affairs')).toBe(true);
  });
});

describe('organisations the applicant works with', () => {
  it('are partners, not an opening for organisations of any kind', () => {
    const m = score(
      testCall({
        title: 'Ocean call for civil society',
        summary:
          'This is a call for civil society. The lead applicant must be invited, but can collaborate with other ' +
          'organizations that have not been invited.',
        applicantTypes: ['registered NGOs'],
      }),
      climate,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});
