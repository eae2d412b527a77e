/**
 * Applicants named by a role rather than a kind of body — property owners, landowners, employers, the organiser of
 * an event, the body responsible for a school, "fastighetsägare", "markägare", "arbetsgivare", "arrangörer",
 * "huvudmän" — include every kind of body that can hold the role, a kommun and a region among them. A list that
 * names such a role never turns into "not for kommuner/regioner"; the applicant line says the call names the role.
 * A role a public body cannot hold ("privata fastighetsägare") is no such opening. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { FundingCall } from '../../../core/model/call.ts';
import { judge, kommun, region } from '../../support/applicant-judge.ts';

describe('a role names no kind of body, so it shuts no kommun or region out', () => {
  const cases: [string, Partial<FundingCall>, string][] = [
    [
      'fastighetsägare',
      { language: 'sv', summary: 'Stödet kan sökas av fastighetsägare, företag och ideella föreningar.' },
      'fastighetsägare',
    ],
    ['markägare', { language: 'sv', summary: 'Bidraget kan sökas av markägare och ideella föreningar.' }, 'markägare'],
    [
      'arbetsgivare',
      { language: 'sv', summary: 'Stöd kan sökas av arbetsgivare och ideella föreningar.' },
      'arbetsgivare',
    ],
    [
      'arrangörer',
      {
        language: 'sv',
        summary: 'Stödet riktar sig till arrangörer av evenemang, till exempel föreningar och företag.',
      },
      'arrangörer',
    ],
    [
      'fastighetsägare in a list',
      { language: 'sv', applicantTypes: ['Fastighetsägare', 'Företag', 'Ideella organisationer'] },
      'Fastighetsägare',
    ],
    ['landowners', { summary: 'Landowners, companies and non-profit organisations may apply.' }, 'Landowners'],
    ['property owners', { summary: 'The grant is open to property owners and housing companies.' }, 'property owners'],
    ['employers', { summary: 'Employers, companies and NGOs can apply for the grant.' }, 'Employers'],
    ['the organiser', { summary: 'Eligible applicants are event organisers and associations.' }, 'event organisers'],
    [
      'the body responsible for the school',
      { summary: 'The applicant must be the body responsible for the school or a company.' },
      'body responsible for',
    ],
  ];
  for (const [kind, call, role] of cases) {
    it(`${kind}`, () => {
      for (const p of [kommun, region]) {
        const j = judge(call, p);
        expect(j.applicantBlockers).toEqual([]);
        expect(j.verdict).not.toBe('not-eligible');
        expect(`${j.text} ${j.textEn}`).not.toMatch(/inte till (kommuner|regioner)|not to (municipalities|regions)/);
        if (j.verdict === 'unknown') expect(j.text).toContain(`"${role}"`);
      }
    });
  }
  it('a role beside kommuner: the kommun is named, the region is not shut out', () => {
    const call = { language: 'sv' as const, summary: 'Stöd kan sökas av arbetsgivare, företag och kommuner.' };
    expect(judge(call, kommun).verdict).toBe('eligible');
    const r = judge(call, region);
    expect(r.applicantBlockers).toEqual([]);
    expect(r.text).toMatch(/"arbetsgivare".*regioner/);
    expect(r.textEn).toMatch(/"arbetsgivare".*regions/);
  });
  it('programme data naming others does not shut us out either', () => {
    const j = judge({ funder: 'European Research Council', summary: 'Landowners and farmers may apply.' }, kommun);
    expect(j.applicantBlockers).toEqual([]);
  });
});

describe('a role a public body cannot hold, and calls without a role, keep their blocker', () => {
  it('"privata fastighetsägare och företag"', () => {
    for (const p of [kommun, region]) {
      const j = judge({ language: 'sv', summary: 'Stödet kan sökas av privata fastighetsägare och företag.' }, p);
      expect(j.verdict).toBe('not-eligible');
    }
  });
  it('"private landowners and companies"', () => {
    expect(judge({ summary: 'Private landowners and companies may apply.' }, kommun).verdict).toBe('not-eligible');
  });
  it('"Företag och ideella föreningar kan söka"', () => {
    expect(judge({ language: 'sv', summary: 'Företag och ideella föreningar kan söka.' }, kommun).verdict).toBe(
      'not-eligible',
    );
  });
  it('a role named as those the applicants work with is no opening', () => {
    for (const [summary, language] of [
      ['Företag kan söka stöd i samarbete med markägare.', 'sv'],
      ['Companies may apply together with local employers.', 'en'],
    ] as const) {
      expect(judge({ summary, language }, kommun).verdict).toBe('not-eligible');
    }
  });
  it('"Employment" or "organisation" is no role', () => {
    expect(judge({ summary: 'Companies that create employment may apply.' }, kommun).verdict).toBe('not-eligible');
  });
});

describe('coordinators: a role any kind of body can hold', () => {
  it('a list of municipalities and coordinators shuts no region out', () => {
    const j = judge({ language: 'en', applicantTypes: ['municipalities', 'coordinators', 'energy agencies'] }, region);
    expect(j.blockers).toEqual([]);
    expect(j.text).toMatch(/"coordinators", en roll som även regioner kan ha/);
  });
  it('"the coordinators must be universities" says which kind holds the role', () => {
    const j = judge({ language: 'en', summary: 'Universities may apply; the coordinators must be universities.' });
    expect(j.verdict).toBe('not-eligible');
  });
  it('"schools may apply as coordinators" is the schools\' role', () => {
    const j = judge(
      {
        language: 'en',
        applicantTypes: ['preschools', 'primary schools'],
        summary: 'Schools may apply as coordinators.',
      },
      region,
    );
    expect(j.text).not.toMatch(/en roll som även regioner kan ha/);
  });
});

describe('a role written as a title is an office, not a role any body takes on', () => {
  it('"Policy Area Coordinators", "National Coordinators" do not say a kommun or region may apply', () => {
    for (const p of [kommun, region]) {
      const j = judge(
        {
          summary: 'Support for communication measures.',
          applicantTypes: ['National Coordinators', 'Policy Area Coordinators'],
        },
        p,
      );
      expect(j.verdict).toBe('unknown');
      expect(j.text).not.toMatch(/en roll som även/);
    }
  });
  it('"project coordinators" in prose still is a role', () => {
    const j = judge({ summary: 'Project coordinators, companies and NGOs may apply.' }, kommun);
    expect(j.text).toMatch(/en roll som även/);
  });
});
