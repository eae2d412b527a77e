/**
 * Readings that the second eligibility probe (parts e–h of tests/fixtures/eligibility-probe, written blind in the
 * thirtieth session) showed wrong, each as a general rule. Sentences written for this test, none copied from the
 * probe:
 * - a refusal reaches no body in a clause after it that concedes or contrasts ("…, även om kommunen får delta i
 *   dialogen");
 * - "other municipalities" are the rest beside the one the call is for, not the class; "groupings of municipalities"
 *   refuse the groupings; "city-owned companies" name companies;
 * - a länsstyrelse's scheme with the same rules in every län, applied for where the site lies, is no limit to the
 *   handler's län; a host whose text draws a district of several län is limited to the district, not its own län;
 * - a place abroad in a call whose list of countries holds Sweden is the lead's, not a limit on Swedish partners;
 *   Swedish län the text names are where those partners may come from;
 * - a landskap named in passing first and as a limit later ("ska ligga inom landskapet Smålands gränser") limits;
 * - "employers, universities and other organisations cannot apply" opens the call to no organisation;
 * - "partners from other countries may take part" opens a programme for applicants outside the EU to Swedish
 *   partners, and "foreign public authorities may participate as partners" a list of countries without Sweden;
 * - "sökande behöver inte ha säte i länet": a region's own area limits where the work is done, not where the
 *   applicant is.
 */
import { describe, expect, it } from 'vitest';
import { seedBlockers } from '../../support/seed-score.ts';

const blockers = seedBlockers;

describe('whom a refusal reaches', () => {
  it('not a body in a conceding clause after it', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stödet kan sökas av kommuner med minst 30 000 invånare. Regioner kan varken söka eller vara part, även om kommunen gärna får samråda med regionen.',
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'kronoberg')).not.toEqual([]);
  });
  it('not the class where the call refuses "other municipalities", "groupings of municipalities" or "city-owned companies"', () => {
    for (const summary of [
      'The lead must be a city of at least 50,000 inhabitants. Other municipalities cannot take part as partners.',
      'Towns of 20,000 to 100,000 inhabitants may apply. Provinces and groupings of municipalities are not eligible.',
      'City governments may apply. National governments, city-owned companies and NGOs cannot apply.',
    ])
      expect(blockers({ summary, language: 'en' }, 'kalmar')).not.toContain('applicant-type');
  });
});

describe('where a länsstyrelse or a host region calls', () => {
  it('a scheme with the same rules in every län is open across the country', () => {
    const call = {
      funder: 'Länsstyrelsen i Östergötlands län',
      language: 'sv' as const,
      title: 'Bidrag till vård av fornlämningar',
      summary:
        'Bidrag ges till vård av fornlämningar. Ansökan lämnas till länsstyrelsen i det län där fornlämningen ligger; samma regler gäller i alla län. Kommuner och föreningar kan söka.',
    };
    expect(blockers(call, 'karlskrona')).not.toContain('outside-programme-area');
  });
  it('a district of several län that the host names is the call’s area', () => {
    const call = {
      funder: 'Länsstyrelsen i Kalmar län',
      language: 'sv' as const,
      title: 'Bidrag till lokala vattenplaner',
      summary:
        'Bidrag till kommuner i vattendistriktet. Distriktet omfattar Blekinge, Kalmar och Östergötlands län. Kommuner kan söka.',
    };
    expect(blockers(call, 'karlskrona')).not.toContain('outside-programme-area');
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
  });
});

describe('a place abroad in a call open to Sweden', () => {
  it('is the lead’s, and Swedish län named are where partners come from', () => {
    const open = {
      language: 'en' as const,
      title: 'Island cooperation pool',
      summary:
        'The lead applicant must be an organisation located in Nordland. Partners may come from any country around the Baltic Sea, including municipalities.',
      eligibleCountries: ['NO', 'SE', 'DK'],
    };
    expect(blockers(open, 'karlskrona')).not.toContain('outside-programme-area');
    const named = {
      ...open,
      summary:
        'The lead applicant must be an organisation located in Nordland. Swedish partners from Norrbotten or Västerbotten may take part, including municipalities.',
    };
    expect(blockers(named, 'alvsbyn')).not.toContain('outside-programme-area');
    expect(blockers(named, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('more readings of the second probe', () => {
  it('a landskap named in passing, then as a limit, limits the call', () => {
    const call = {
      language: 'sv' as const,
      title: 'Bidrag till kulturarv',
      summary:
        'Stiftelsen stöder projekt om kulturarvet i Hälsingland. Sökande kan vara kommuner och föreningar, men verksamheten ska ligga inom landskapet Hälsinglands gränser.',
    };
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('a list of those refused that ends in "other organisations" opens nothing', () => {
    const call = {
      language: 'en' as const,
      title: 'Scholarships for professionals',
      summary:
        'Scholarships for professionals who study a master’s programme. Only individuals can apply; employers, universities and other organisations cannot apply on their behalf.',
    };
    expect(blockers(call, 'linkoping')).toContain('applicant-type');
  });
  it('partners from other countries open a programme for applicants outside the EU', () => {
    const call = {
      funder: 'Nordiska ministerrådet',
      programme: 'NORA – Nordic Atlantic Cooperation',
      language: 'en' as const,
      title: 'Project funding 2027',
      summary:
        'Projects need partners from at least two NORA countries. Partners from other countries may take part as full partners, but they finance their own participation.',
    };
    expect(blockers(call, 'karlskrona')).not.toContain('country-not-eligible');
    expect(
      blockers({ ...call, summary: 'Projects need partners from at least two NORA countries.' }, 'karlskrona'),
    ).toContain('country-not-eligible');
  });
});

describe('where partners and applicants may be', () => {
  it('foreign public authorities admitted as partners open a list of countries without Sweden', () => {
    const call = {
      language: 'en' as const,
      title: 'Innovation in the public sector',
      summary:
        'The project owner must be a public body registered in Norway. Foreign public authorities, for example from the other Nordic countries, may participate as partners.',
      eligibleCountries: ['NO'],
    };
    expect(blockers(call, 'kalmar')).not.toContain('country-not-eligible');
    expect(
      blockers({ ...call, summary: 'The project owner must be a public body registered in Norway.' }, 'kalmar'),
    ).toContain('country-not-eligible');
  });
  it("a region's own call that does not require a seat in the län shuts no body elsewhere out", () => {
    const call = {
      funder: 'Region Kalmar län',
      language: 'sv' as const,
      title: 'Regionala projektmedel',
      summary:
        'Projektmedel för regional utveckling. Kommuner och föreningar kan söka. Sökande behöver inte ha säte i länet, men projektet ska genomföras i Kalmar län.',
    };
    expect(blockers(call, 'karlskrona')).not.toContain('outside-programme-area');
    expect(
      blockers(
        { ...call, summary: 'Projektmedel för regional utveckling. Kommuner och föreningar kan söka.' },
        'karlskrona',
      ),
    ).toContain('outside-programme-area');
  });
});
