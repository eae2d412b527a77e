/**
 * Readings set 29's first look (blind fact-checks of a fresh set) showed wrong, each as a general rule. Sentences
 * written for this test from how funders generally write, none copied from a set's page:
 * - a list of classes of country by development ("low-income countries") that the summary names only as where the
 *   projects are ("grants to development projects … in low-income countries") says nothing of who applies: no
 *   country blocker, but the work is abroad, and the call keeps a share of its score, told as its own line;
 * - a funder named after a topic and the word "stad" ("Hållbar stad") is no kommun, and its call no kommun's own;
 * - "lokalföreningar i minst fyra av länets kommuner" places the associations; it names no kommun as applicant, and
 *   "länsorganisationer" are civil society (relabel 46);
 * - "stärkt internationell konkurrens- och attraktionskraft" is no international work;
 * - "green growth" is the green transition, not business growth;
 * - "financing can be granted to partnerships between … companies or authorities" says who, not what about;
 * - "municipalities … can receive technical assistance" names them among the applicants (the app's islands card
 *   said it did not).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { projectPlacesOnly } from '../../../core/match/signals.ts';
import { municipalFunder } from '../../../core/match/where-text.ts';
import { judge } from '../../support/applicant-judge.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const business = testProfile({ priorities: [testPriority('naringsliv', ['business-development'])] });
const climate = testProfile({
  priorities: [testPriority('klimat', ['climate-mitigation'])],
});

describe('projects in developing countries', () => {
  const summary =
    'The facility provides grants to development projects that reduce emissions and poverty in low-income countries.';
  it('are where the work is, not who applies', () => {
    expect(projectPlacesOnly(summary, ['low-income countries'])).toBe(true);
    // Persons in the class are whom the programme is for: the list is where they are.
    expect(projectPlacesOnly('The programme is for officials in developing countries.', ['developing countries'])).toBe(
      false,
    );
    // A class that is not by development ("third countries") is where applicants are.
    expect(projectPlacesOnly('Projects in third countries.', ['third countries'])).toBe(false);
    // Named countries are read by the rules for countries, not this one.
    expect(projectPlacesOnly('Projects in Kenya.', ['Kenya'])).toBe(false);
  });
  it('shut no Swedish body out, and the call keeps a share of its score', () => {
    const call = testCall({
      title: 'Climate facility: call for proposals',
      summary: `${summary} Climate change mitigation and low-carbon solutions.`,
      eligibleCountries: ['low-income countries'],
    });
    const m = score(call, climate);
    expect(m.blockers.map((b) => b.kind)).not.toContain('country-not-eligible');
    expect(m.eligibility.area).toBe('unknown');
    expect(m.eligibility.areaText.sv).toContain('low-income countries');
    const cut = m.boosts.find((b) => b.kind === 'work-abroad');
    expect(cut?.points).toBeLessThan(0);
    expect(cut?.text.sv).toContain('utanför Sverige');
  });
  it('still shut a Swedish body out where the list is of applicants', () => {
    const m = score(
      testCall({
        summary: 'The training programme is for officials in developing countries.',
        eligibleCountries: ['developing countries'],
      }),
      climate,
    );
    expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
  });
});

describe('a funder named after a topic', () => {
  it('is no kommun', () => {
    expect(municipalFunder('Hållbar stad')).toBeUndefined();
    expect(municipalFunder('Smart stad (plattform)')).toBeUndefined();
    expect(municipalFunder('Malmö stad')).toEqual(['Malmö stad']);
    expect(municipalFunder('City of Helsinki')).toEqual(['City of Helsinki']);
  });
  it('gives no own area that puts a body outside', () => {
    const m = score(
      testCall({
        funder: 'Hållbar stad',
        title: 'Bostadsförsörjning för alla',
        summary: 'Sök medel för forsknings- och innovationsprojekt om bostäder i hela Sverige.',
        language: 'sv',
        eligibleCountries: ['Sverige'],
      }),
      climate,
    );
    expect(m.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
  });
});

describe('associations in kommuner', () => {
  it('place the associations; no kommun is named as an applicant', () => {
    const j = judge({
      title: 'Organisationsbidrag',
      summary:
        'Bidraget kan sökas av länsorganisationer som har lokalföreningar i minst fyra av länets kommuner med sammanlagt minst 100 medlemmar.',
      language: 'sv',
    });
    expect(j.text).not.toContain('nämner kommuner');
    // A county organisation of associations ("länsorganisation") is civil society: a list of them shuts a kommun out.
    expect(j.verdict).toBe('not-eligible');
    expect(
      analyse(testCall({ summary: 'Branches in at least three municipalities may apply.' })).signals.targeted,
    ).not.toContain('municipal');
    const activity = judge({
      summary: 'Bidraget kan sökas av ideella organisationer med verksamhet i minst fyra av länets kommuner.',
      language: 'sv',
    });
    expect(activity.text).not.toContain('nämner kommuner');
  });
});

describe('words that are no international work', () => {
  it('"stärkt internationell konkurrens- och attraktionskraft" reaches nowhere abroad', () => {
    const cooperation = testProfile({
      priorities: [testPriority('samarbete', ['international-cooperation'])],
    });
    const call = (aim: string) =>
      testCall({
        funder: 'Testverket',
        title: 'Samverkansprojekt för bättre hälsa',
        summary: `Projekt med stor kommersiell potential inom life science. Syftet är hållbar tillväxt i Sverige och ${aim}.`,
        language: 'sv',
        eligibleCountries: ['Sverige'],
      });
    const concepts = (aim: string) => score(call(aim), cooperation).reasons.map((r) => r.conceptId);
    expect(concepts('stärkt internationell konkurrens- och attraktionskraft')).not.toContain(
      'international-cooperation',
    );
    // An international partnership is international work: the guard is the word's sense, not the topic.
    expect(concepts('samverkansprojekt med partners i andra länder')).toContain('international-cooperation');
  });
});

describe('green growth', () => {
  it('is the green transition, not business growth', () => {
    const m = score(
      testCall({ title: 'Green Growth for Sustainable Livelihoods', summary: 'Climate adaptation projects.' }),
      business,
    );
    expect(m.reasons.map((r) => r.conceptId)).not.toContain('business-development');
  });
});

describe('financing granted to partnerships', () => {
  it('names who, not what the call is about', () => {
    const m = score(
      testCall({
        title: 'Climate facility',
        summary:
          'Climate adaptation projects. Financing can be granted to partnerships between institutions, organisations, companies or authorities.',
      }),
      business,
    );
    expect(m.reasons.map((r) => r.conceptId)).not.toContain('business-development');
  });
});

describe('those who can receive technical assistance', () => {
  it('are named among the applicants', () => {
    const j = judge({
      title: 'Technical assistance for clean energy on islands',
      summary:
        'Municipalities and local authorities on islands can receive technical assistance to prepare energy plans.',
    });
    expect(j.verdict).toBe('eligible');
    expect(j.text).toContain('nämner kommuner');
  });
});
