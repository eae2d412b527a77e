/**
 * Readings that the third eligibility probe (parts i–l of tests/fixtures/eligibility-probe, written blind in the
 * thirtieth session) showed wrong, each as a general rule. Sentences written for this test, none copied from the
 * probe:
 * - "kommuner över befolkningsgränsen kan inte söka" refuses part of the class;
 * - a refusal followed by "men är välkomna som samverkanspartner" shuts no one out;
 * - "partners located outside the programme area, but within an EU Member State, may take part" opens the area;
 * - "a partner … from any country" admits Swedish partners to a call for applicants of one country;
 * - a kommun named alone before an area's list ("omfattar Kalmar kommun och kommunerna A och B") is in the area;
 * - a population limit or a refusal said of one strand ("(Strand B)", "cannot apply under strand B") is that
 *   strand's;
 * - "organisationer i Sverige kan inte vara sökande" shuts every Swedish body out, whatever cooperation with Swedish
 *   parties the call welcomes;
 * - a call of several countries that names the Swedish part of its area ("Norrbotten and Västerbotten in Sweden")
 *   admits Swedish bodies from those län only.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { seedBlockers } from '../../support/seed-score.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const blockers = seedBlockers;

describe('refusals of part of a class or with a way in', () => {
  it('"över befolkningsgränsen" refuses only the larger kommuner', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stödet kan sökas av kommuner med färre än 15 000 invånare. Kommuner över befolkningsgränsen kan inte söka.',
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    // The larger kommun is outside the limit itself.
    expect(blockers(call, 'kalmar')).toContain('population-limit');
  });
  it('"men är välkomna som samverkanspartner" shuts no one out', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Ansökan lämnas av en ideell förening. Kommuner och regioner kan inte vara sökande men är välkomna som samverkanspartner.',
    };
    expect(blockers(call, 'linkoping')).not.toContain('applicant-type');
  });
});

describe('partners from elsewhere', () => {
  it('outside the programme area, when the call says so in a longer clause', () => {
    const call = {
      funder: 'Interreg North Sea',
      language: 'en' as const,
      summary:
        'The lead partner must be located in the programme area. Partners located outside the programme area, but within an EU Member State or Norway, may take part as full partners.',
    };
    expect(blockers(call, 'kalmar')).not.toContain('outside-programme-area');
  });
  it('from any country, in a call for applicants of one country', () => {
    const call = {
      language: 'en' as const,
      summary:
        'Applicants must be Latvian NGOs. Each project needs a partner abroad, which may be a municipality or a school from any country.',
      applicantTypes: ['Latvian NGOs'],
    };
    expect(blockers(call, 'kalmar')).not.toContain('country-not-eligible');
    expect(blockers({ ...call, summary: 'Applicants must be Latvian NGOs.' }, 'kalmar')).toContain(
      'country-not-eligible',
    );
  });
});

describe('areas and strands', () => {
  it('a kommun named before the list of an area is in it', () => {
    const call = {
      funder: 'Leader Testbygd',
      language: 'sv' as const,
      summary:
        'Projekten ska genomföras inom Leaderområdet, som omfattar Kalmar kommun och de två grannkommunerna Nybro och Torsås. Föreningar och kommuner kan söka.',
    };
    expect(blockers(call, 'kalmar')).not.toContain('outside-programme-area');
  });
  it('a limit or a refusal said of one strand is that strand’s', () => {
    const limit = {
      language: 'en' as const,
      summary: 'Strand A is open to all municipalities and regions; strand B funds local pilots.',
      applicantTypes: ['Municipalities', 'Regions', 'Municipalities under 15 000 inhabitants (Strand B)'],
    };
    expect(blockers(limit, 'kalmar')).not.toContain('population-limit');
    const refusal = {
      language: 'en' as const,
      summary:
        'Strand A is open to local and regional public authorities. Strand B is for designated hubs only; cities and regions cannot apply under strand B.',
    };
    expect(blockers(refusal, 'kalmar')).not.toContain('applicant-type');
  });
});

describe('Swedish bodies in a call of other countries', () => {
  it('refused outright are outside', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stiftelsen stöder kulturprojekt i Finland. Samarbete med parter i Sverige är välkommet, men organisationer i Sverige kan inte vara sökande eller medsökande.',
      eligibleCountries: ['FI'],
    };
    expect(blockers(call, 'kalmar')).toContain('country-not-eligible');
  });
  it('named by the Swedish part of the area come from those län', () => {
    const call = {
      language: 'en' as const,
      summary:
        'Applicants must be registered in Norway or in the Swedish part of the region, that is Jämtland and Västernorrland in Sweden. Municipalities and NGOs may apply.',
      eligibleCountries: ['NO', 'SE'],
    };
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
    const inside = score(
      testCall({ funder: 'Testfonden', ...call }),
      testProfile({ name: 'Östersunds kommun', lan: 'jamtland' }),
    );
    expect(inside.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
  });
});
