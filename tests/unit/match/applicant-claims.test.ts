/**
 * The applicant line and blocker say only what the call says. Kinds of false claims found by fact-checking, each
 * fixed by a general rule: vague actors ("local actors") name no kind of body; bodies named as a topic, as
 * recipients of a service, as members of the applicants or abroad are not applicants; a call that shuts public
 * bodies out or admits only existing projects says so; cities and schools are not regions; the call's own wider
 * wording beats programme data's narrower list; a call naming individuals says so. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { judge, kommun, NAMES_US, region } from '../../support/applicant-judge.ts';

describe('vague actors name no kind of applicant', () => {
  it('"local actors" in a list is neither kommuner nor a limit', () => {
    for (const p of [kommun, region]) {
      const j = judge({ applicantTypes: ['local actors', 'NGOs'] }, p);
      expect(j.text).not.toMatch(NAMES_US);
      expect(j.text).toContain('"local actors"');
      expect(j.applicantBlockers).toEqual([]);
    }
  });
  it('with programme data admitting kommuner, the line says the call does not name them and marks programme data', () => {
    const j = judge({ funder: 'Interreg South Baltic', applicantTypes: ['lokala aktörer'], language: 'sv' });
    expect(j.verdict).toBe('eligible');
    expect(j.text).toMatch(
      /^Utlysningen nämner "lokala aktörer" utan att säga vilka slags organisationer; i .* kan kommuner/,
    );
    expect(j.from).toBe('programme-data');
  });
  it('"lokala aktörer" in a who-may-apply sentence', () => {
    const j = judge({ summary: 'Utlysningen riktar sig till lokala aktörer på landsbygden.', language: 'sv' });
    expect(j.verdict).toBe('unknown');
    expect(j.text).not.toMatch(NAMES_US);
  });
});

describe('public bodies that are not applicants', () => {
  const cases: [string, string][] = [
    ['topic', 'The project improves the digitalisation of public administration. Universities may apply.'],
    ['recipients of a service', 'Projects shall provide training for local authorities in the region. NGOs may apply.'],
    ['bodies abroad', 'The call funds projects for the local public sector in Ukraine.'],
    ['members of the applicants', 'Applicants must be networks whose members include municipalities and regions.'],
    ['recipients of support', 'The project delivers support to regions implementing the reform.'],
  ];
  for (const [kind, summary] of cases) {
    it(`${kind}: "${summary}"`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ summary }, p);
        expect(j.verdict).not.toBe('eligible');
        expect(j.text).not.toMatch(NAMES_US);
      }
    });
  }
  it('grant wording still admits them: "Support is given to municipalities that want to…"', () => {
    expect(judge({ summary: 'Support is given to municipalities that want to renovate schools.' }).verdict).toBe(
      'eligible',
    );
    expect(
      judge({ summary: 'Support to regions and municipalities that want to improve public transport.' }, region)
        .verdict,
    ).toBe('eligible');
  });
  it('"Stödet kan sökas av kommuner" (passive agent) still names kommuner', () => {
    expect(judge({ summary: 'Stödet kan sökas av kommuner och regioner.', language: 'sv' }).verdict).toBe('eligible');
  });
});

describe('a call that shuts public bodies out, or admits existing projects only', () => {
  it('"Public authorities are not expected to participate" is no sign that they may apply', () => {
    const j = judge({
      summary: 'Civil society organisations may apply. Public authorities are not expected to participate.',
    });
    expect(j.verdict).toBe('not-eligible');
    expect(j.text).toMatch(/offentliga aktörer inte/);
  });
  it('"ej myndigheter" in a list of applicants', () => {
    const j = judge({ applicantTypes: ['föreningar', 'ej myndigheter'], language: 'sv' });
    expect(j.text).not.toMatch(NAMES_US);
    expect(j.verdict).toBe('not-eligible');
  });
  it('"Only existing Interreg projects can apply"', () => {
    const j = judge({ summary: 'Only existing Interreg projects can apply for this capitalisation round.' });
    expect(j.verdict).toBe('unknown');
    expect(j.text).toMatch(/projekt som redan finns/);
  });
});

describe('cities and schools are not regions', () => {
  it('urban authorities only: a kommun is named, a region is not', () => {
    expect(judge({ applicantTypes: ['urban authorities'] }).verdict).toBe('eligible');
    const r = judge({ applicantTypes: ['urban authorities'] }, region);
    expect(r.verdict).toBe('not-eligible');
    expect(r.text).toMatch(/inte till regioner/);
  });
  it('"Cities and their agencies may apply" never says regions', () => {
    const r = judge({ summary: 'Cities and their agencies may apply.' }, region);
    expect(r.text).not.toMatch(NAMES_US);
  });
  it('a schools-only call never claims regions among applicants', () => {
    const r = judge({ applicantTypes: ['schools', 'VET providers'] }, region);
    expect(r.verdict).toBe('unknown');
    expect(r.text).toMatch(/regioner nämns inte/);
  });
  it('"statliga myndigheter" alone admits neither a kommun nor a region', () => {
    for (const p of [kommun, region]) {
      expect(judge({ applicantTypes: ['Statliga myndigheter'], language: 'sv' }, p).verdict).toBe('not-eligible');
    }
  });
});

describe("the call's own wider wording beats programme data's narrower list", () => {
  const erc = (summary: string) => ({ funder: 'European Research Council', summary });
  const open = [
    'Universities, research organisations and other non-academic organisations may apply.',
    'Any legal entity established in a Member State can host the grant.',
    'The prize is open to organisations or persons in Europe.',
    'Public or private bodies may apply.',
  ];
  for (const summary of open) {
    it(`no programme-data blocker: "${summary}"`, () => {
      for (const p of [kommun, region]) {
        const j = judge(erc(summary), p);
        expect(j.applicantBlockers).toEqual([]);
        expect(j.text).not.toMatch(/säger inte vilka som kan söka.*inte till/);
      }
    });
  }
  it('the programme-data blocker stays when the call says nothing wider', () => {
    expect(judge(erc('Grants for frontier research in any field.')).applicantBlockers).toHaveLength(1);
  });
});

describe('a call that names individuals says so', () => {
  for (const summary of [
    "Master's students can apply for the scholarship.",
    'Individuals may apply for a travel grant.',
  ]) {
    it(`"${summary}"`, () => {
      const j = judge({ funder: 'European Research Council', summary });
      expect(j.verdict).toBe('not-eligible');
      expect(j.applicantBlockers[0]).toMatch(/enskilda personer/);
      expect(j.applicantBlockers[0]).not.toMatch(/säger inte vilka/);
    });
  }
});

describe('a list of applicants that names public bodies only as members or recipients', () => {
  const lists = [
    ['Associations whose members include municipalities', 'NGOs'],
    ['Consultancies offering services to public authorities'],
    ['Networks with municipalities as members'],
  ];
  for (const applicantTypes of lists) {
    it(`${JSON.stringify(applicantTypes)} does not name kommuner among applicants`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ applicantTypes }, p);
        expect(j.verdict).not.toBe('eligible');
        expect(j.text).not.toMatch(NAMES_US);
      }
    });
  }
  it('"Municipalities and their associations" still does', () => {
    expect(judge({ applicantTypes: ['Municipalities and their associations'] }).verdict).toBe('eligible');
  });
});
