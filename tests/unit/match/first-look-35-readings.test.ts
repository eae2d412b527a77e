/**
 * Readings set 35's first look (blind fact-checks of a fresh set) showed wrong, each as a general rule. Sentences
 * written for this test from how funders generally write, none copied from a set's page:
 * - "EFTA/EEA countries" are Iceland, Liechtenstein and Norway, and candidate countries are never Sweden: a list of
 *   them leaves Sweden out, where "EEA countries" alone holds it;
 * - "third countries (deployment)" says where volunteers or projects go, not where applicants are;
 * - the municipal sector ("kommunsektorn") is kommuner and regioner alike;
 * - "national-level public bodies" are the state's, not the public sector at large;
 * - a strategy every project must be linked to ("ska kopplas till den regionala utvecklingsstrategin") is a
 *   condition, not what the call is about;
 * - "capacity development" of an organisation is capacity building, not the supply of skills;
 * - a compound naming a kind of body ("kulturskolor") in a list of who takes part says who, not what about;
 * - a group named only for where applicants may be ("EU- eller EFTA-länder") names no partner countries.
 * A seventh reading is left false: a Horizon 2020 call that a news page said "cities" should apply to. The
 * framework programme takes any legal entity, but so do the Cities Mission's calls that want cities alone, and the
 * words do not tell them apart.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { swedenInCountryList } from '../../../core/match/signals.ts';
import { judge } from '../../support/applicant-judge.ts';
import { topicsOf } from '../../support/evidence.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

describe('a list of EFTA/EEA and candidate countries', () => {
  it('leaves Sweden out', () => {
    expect(swedenInCountryList(['EFTA/EEA countries', 'candidate countries', 'potential candidates'])).toBe(false);
    expect(swedenInCountryList(['EFTA-länder', 'kandidatländer'])).toBe(false);
  });
  it('while the EEA, or the EU beside EFTA, holds it', () => {
    expect(swedenInCountryList(['EEA countries'])).toBe(true);
    expect(swedenInCountryList(['EU Member States', 'EFTA countries'])).toBe(true);
  });
});

describe('countries noted as where the work is done', () => {
  const call = (eligibleCountries: string[]) =>
    score(
      testCall({
        title: 'Volunteer deployment',
        summary: 'Grants to send trained volunteers to humanitarian projects.',
        eligibleCountries,
      }),
      testProfile(),
    );
  it('do not shut Swedish applicants out', () => {
    const m = call(['third countries (deployment)']);
    expect(m.eligibility.area).not.toBe('not-eligible');
    expect(m.blockers.filter((b) => b.kind === 'country-not-eligible')).toEqual([]);
  });
  it('while a list of third countries alone does', () => {
    expect(call(['third countries']).eligibility.area).toBe('not-eligible');
  });
});

describe('the municipal sector', () => {
  const region = testProfile({ kind: 'region', name: 'Region Testlän' });
  it('holds regions as it holds kommuner', () => {
    for (const words of ['municipal sector', 'kommunsektorn']) {
      expect(
        judge({ summary: 'Research and innovation for public services.', applicantTypes: [words] }, region).verdict,
      ).toBe('eligible');
      expect(judge({ summary: 'Research and innovation for public services.', applicantTypes: [words] }).verdict).toBe(
        'eligible',
      );
    }
  });
});

describe('national-level public bodies', () => {
  it('are the state’s: a kommun is not one', () => {
    const v = judge({
      summary:
        'Technical assistance to raise the quality of proposals. Only national-level public bodies responsible ' +
        'for the programme in a Member State may apply.',
      applicantTypes: ['national-level public bodies responsible for the programme'],
    });
    expect(v.verdict).toBe('not-eligible');
  });
  it('while public bodies at large hold kommuner', () => {
    const v = judge({
      summary: 'Technical assistance to raise the quality of proposals.',
      applicantTypes: ['public bodies'],
    });
    expect(v.verdict).toBe('eligible');
  });
});

describe('a strategy every project must be linked to', () => {
  const p = testProfile({ priorities: [testPriority('regional', ['regional-development'])] });
  const terms = (summary: string) =>
    score(testCall({ title: 'Projektmedel för besöksnäringen', summary, language: 'sv' }), p)
      .reasons.flatMap((r) => r.evidence.map((e) => e.term))
      .join(' ');
  it('is a condition, not the call’s topic', () => {
    expect(
      terms('Projekten ska kopplas till insatsområdet attraktivitet i den regionala utvecklingsstrategin.'),
    ).not.toMatch(/utvecklingsstrategi/i);
    expect(terms('Projects must be in line with the regional development strategy of the county.')).not.toMatch(
      /development strateg/i,
    );
  });
  it('however the link is worded: "bidra till genomförandet av"', () => {
    expect(terms('Projekten ska bidra till genomförandet av den regionala utvecklingsstrategin.')).not.toMatch(
      /utvecklingsstrategi/i,
    );
  });
  it('while a call to write one is about it', () => {
    expect(terms('Stöd till kommuner som vill ta fram en lokal utvecklingsstrategi för landsbygden.')).toMatch(
      /utvecklingsstrategi/i,
    );
  });
});

describe('capacity development of an organisation', () => {
  const concepts = (summary: string) => topicsOf({ title: 'Partnership projects', summary });
  it('is capacity building, not the supply of skills', () => {
    const found = concepts('The programme funds projects for organisational capacity development in local democracy.');
    expect(found).toContain('capacity-building');
    expect(found).not.toContain('skills-supply');
  });
});

describe('a compound naming a kind of body', () => {
  const p = testProfile({ priorities: [testPriority('kultur', ['culture-heritage'])] });
  const terms = (summary: string) =>
    score(testCall({ title: 'Utbyten för elever', summary, language: 'sv' }), p)
      .reasons.flatMap((r) => r.evidence.map((e) => e.term))
      .join(' ');
  it('in a list of who takes part says who, not what about', () => {
    expect(
      terms(
        'Stödet går till utbyten mellan skolor. Projektparter kan vara grundskolor, gymnasieskolor eller kulturskolor.',
      ),
    ).not.toMatch(/kulturskol/i);
  });
  it('while the same word as the call’s subject still counts', () => {
    expect(terms('Stödet ska utveckla kulturskolornas undervisning i musik och dans.')).toMatch(
      /kulturskol|musik|dans/i,
    );
  });
});

describe('a group named only for where applicants may be', () => {
  const boosts = (summary: string) =>
    score(testCall({ title: 'Youth grants', summary }), testProfile({ partnerCountries: ['Norway'] })).boosts.map(
      (b) => b.kind,
    );
  it('names no partner countries', () => {
    expect(
      boosts('Youth networks of at least ten organisations, five of them seated in EU or EFTA countries.'),
    ).not.toContain('partner-country');
  });
  it('while a partner in Norway still is one', () => {
    expect(boosts('Youth projects must involve partners from Norway.')).toContain('partner-country');
  });
});
