/**
 * Readings probe 20 (fresh call pages, blind fact-checks) showed wrong, each as a general rule. Sentences written for
 * this test from how funders generally write, none copied from a probe page:
 * - a call for a kind of territory: islands (a doubt for any body), the EU's outermost regions (Sweden has none),
 *   areas on an internal land border (none in a län without one: lan.json `landBorders`);
 * - "authors" stem as "authorities" do, and are persons;
 * - "the grant is only for individuals" makes a list of professions persons;
 * - experts, and an organisation's own staff, apply as persons;
 * - "unga arrangörer" hold no role a public body holds;
 * - "unless you are applying as part of a city consortium" is a way in under a size limit;
 * - a Swedish body abroad ("Svenska skolföreningen i …, Vietnam") is no Swedish applicant;
 * - applicants "from abroad" are admitted beside the funder's own country;
 * - an entry "EU" holds Sweden.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { territoryLimitIn } from '../../../core/match/territory-kind.ts';
import { judge, region } from '../../support/applicant-judge.ts';
import { evidenceTerms } from '../../support/evidence.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({ kind: 'kommun' });
const norrbottenRegion = testProfile({ id: 'nb', name: 'Region Nord', kind: 'region', lan: 'norrbotten' });
const kinds = (m: ReturnType<typeof score>) => m.blockers.map((b) => b.kind);
const call = (title: string, summary: string, over = {}) =>
  testCall({ funder: 'Testkommissionen', title, summary, language: 'en', ...over });

describe('a call for a kind of territory', () => {
  it('finds islands, the outermost regions and land-border areas', () => {
    expect(territoryLimitIn('Call for technical assistance open to EU islands', '')?.kind).toBe('islands');
    expect(
      territoryLimitIn('Advisory tool', 'The call is open to any entity based in one of the outermost regions.')?.kind,
    ).toBe('outermost');
    expect(
      territoryLimitIn('b-solutions', 'The territory of the applicant must share at least one EU internal land border.')
        ?.kind,
    ).toBe('border');
    expect(
      territoryLimitIn('Energy call', 'Cities, regions and islands may all take part in the network.'),
    ).toBeUndefined();
  });
  it('islands: a doubt, no blocker', () => {
    const m = score(call('Call open to EU islands', 'All interested islands should submit their application.'), kalmar);
    expect(m.eligibility.area).toBe('unknown');
    expect(kinds(m)).not.toContain('outside-programme-area');
  });
  it('the outermost regions: Sweden has none', () => {
    const m = score(
      call('Advisory tool', 'Open to any organisation based in one of the outermost regions of the EU.'),
      kalmar,
    );
    expect(kinds(m)).toContain('outside-programme-area');
    expect(m.eligibility.areaText.sv).toMatch(/yttersta randområden/);
  });
  it('a land border: outside for a län without one, a doubt for one with one', () => {
    const summary =
      'The territory on which the applicant is competent must share at least one EU internal land border.';
    expect(kinds(score(call('Border obstacles', summary), kalmar))).toContain('outside-programme-area');
    expect(score(call('Border obstacles', summary), norrbottenRegion).eligibility.area).toBe('unknown');
  });
});

describe('persons named by their trade', () => {
  it('"authors" are no public authorities', () => {
    const j = judge({
      title: 'Mobility grants',
      applicantTypes: ['artists', 'authors', 'translators'],
      language: 'en',
    });
    expect(j.text).not.toMatch(/offentliga aktörer/);
  });
  it('"only for individuals" makes researchers in a list of professions persons', () => {
    const j = judge({
      title: 'Mobility grants',
      summary: 'Support can be granted to artists, authors and researchers. The grant is only for individuals.',
      applicantTypes: ['artists', 'researchers'],
      language: 'en',
    });
    expect(j.applicantBlockers.join(' ')).toMatch(/enskilda personer/);
  });
  it("experts and an organisation's staff apply as persons", () => {
    expect(
      judge({ title: 'Call for experts', applicantTypes: ['experts'], language: 'en' }).applicantBlockers,
    ).not.toEqual([]);
    expect(
      judge({ title: 'Staff training', applicantTypes: ['ACME faculty and administrative employees'], language: 'en' })
        .applicantBlockers,
    ).not.toEqual([]);
  });
  it('"unga arrangörer" hold no role a kommun holds', () => {
    const j = judge({ title: 'Kulturstipendium', summary: 'Även unga arrangörer kan söka.', language: 'sv' });
    expect(j.text).not.toMatch(/en roll som/);
  });
});

describe('a size limit with a consortium as the way in', () => {
  it('shuts no smaller kommun out', () => {
    const small = testProfile({ kind: 'kommun', population: { count: 8100, source: 'test' } });
    const m = score(
      call(
        'Cities challenge',
        'You must represent a city with more than 50 000 inhabitants, unless you are applying as part of a city consortium.',
      ),
      small,
    );
    expect(kinds(m)).not.toContain('population-limit');
  });
});

describe('countries', () => {
  it('a Swedish body abroad is no Swedish applicant', () => {
    const m = score(
      testCall({
        funder: 'Testverket',
        title: 'Statsbidrag till svensk undervisning utomlands',
        summary:
          'Statsbidrag kan lämnas till följande huvudmän: Svenska skolföreningen i Hanoi, Vietnam; Svenska sektionen vid skolan i Genève, Schweiz.',
        eligibleCountries: ['Vietnam', 'Schweiz'],
        language: 'sv',
      }),
      kalmar,
    );
    expect(m.eligibility.areaText.sv).not.toMatch(/sökande i Sverige/);
  });
  it('an entry "EU" holds Sweden', () => {
    const m = score(call('LIFE call', 'Projects on nature.', { eligibleCountries: ['EU', 'Albania'] }), kalmar);
    expect(kinds(m)).not.toContain('country-not-eligible');
  });
  it('professionals "from abroad" may apply beside the funder\'s own country', () => {
    const m = score(
      testCall({
        funder: 'Danish Test Foundation',
        title: 'Research visit to Denmark',
        summary: 'Who may apply? Professionals from abroad such as curators and critics may apply for funding.',
        eligibleCountries: ['Denmark'],
        language: 'en',
      }),
      kalmar,
    );
    expect(m.blockers.map((b) => b.text.sv).join(' ')).not.toMatch(/Danmark/);
  });
});

// From the blind labels of the claims these rules made (relabel 40).
describe('a list of persons alone', () => {
  it('"kulturskapare (person eller grupp)" leaves no room for an organisation', () => {
    const j = judge({
      title: 'Kulturstipendium',
      applicantTypes: ['kulturskapare (person eller grupp)'],
      language: 'sv',
    });
    expect(j.verdict).toBe('not-eligible');
  });
  it('curators, critics and journalists are persons', () => {
    const j = judge({
      title: 'Research visit',
      applicantTypes: ['curators', 'critics', 'journalists'],
      language: 'en',
    });
    expect(j.applicantBlockers.join(' ')).toMatch(/enskilda personer/);
  });
});

describe('publishers', () => {
  it('are companies', () => {
    const j = judge({
      title: 'Översättning',
      applicantTypes: ['professionella bokförlag', 'förlagsgrupper'],
      language: 'sv',
    });
    expect(j.applicantBlockers.join(' ')).toMatch(/företag/);
  });
});

describe('a kind of kommun', () => {
  it('"kustkommuner" shuts a region out and leaves a kommun a doubt', () => {
    const over = { title: 'Bidrag till planering', applicantTypes: ['kustkommuner'], language: 'sv' as const };
    expect(judge(over, region).verdict).toBe('not-eligible');
    const j = judge(over);
    expect(j.verdict).toBe('unknown');
    expect(j.text).toMatch(/ett slags kommuner/);
  });
});

describe('recipients by name', () => {
  it('a body not among them is not one', () => {
    const j = judge({
      title: 'Statsbidrag för IB-utbildning',
      applicantTypes: ['Stockholms kommun', 'Göteborgs kommun', 'Testskolan Läroverket'],
      language: 'sv',
    });
    expect(j.verdict).toBe('not-eligible');
    expect(j.text).toMatch(/räknar upp sina mottagare/);
  });
  it('a body among them is', () => {
    const j = judge({ title: 'Statsbidrag', applicantTypes: ['Testby kommun', 'Annanstad kommun'], language: 'sv' });
    expect(j.verdict).toBe('eligible');
    expect(j.text).toMatch(/Testby kommun är en av dem/);
  });
});

// From the blind labels of relabel 41.
describe('young people by their age in years', () => {
  it('"18-åringar födda 2001" apply as persons', () => {
    const j = judge({
      title: 'Res i Europa',
      applicantTypes: ['18-åringar födda 2001 med medborgarskap i ett EU-land'],
      language: 'sv',
    });
    expect(j.applicantBlockers.join(' ')).toMatch(/enskilda personer/);
  });
});

describe('the channel an application is sent through', () => {
  it('is no digitalisation topic', () => {
    for (const summary of [
      'Ansök om statsbidraget via den säkra digitala meddelandetjänsten senast i november.',
      'Applications must be submitted through the online platform of the programme.',
    ]) {
      const language = summary.startsWith('Ans') ? ('sv' as const) : ('en' as const);
      expect(evidenceTerms({ summary, language }, 'digitalisation'), summary).toEqual([]);
    }
  });
  it('while a call on digital services still is', () => {
    const call = { summary: 'Projekten ska utveckla digitala tjänster för invånarna.', language: 'sv' as const };
    expect(evidenceTerms(call, 'digitalisation')).not.toEqual([]);
  });
});
