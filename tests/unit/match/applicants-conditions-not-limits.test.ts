/**
 * Words on who applies that are no list of who alone may apply: a part the group must hold ("varav minst ett
 * företag"), actors from every sector, the body one applies to ("söka bidrag hos Länsstyrelsen"), a channel the call
 * turns away from ("inte via nationella myndigheter"), a list the summary gives as examples, and bodies one visits.
 * Calls written for these tests from how funders generally write them.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const applicantBlocker = (m: ReturnType<typeof score>) => m.blockers.find((b) => b.kind === 'applicant-type');

describe('a part the group of applicants must hold', () => {
  it('"varav minst ett företag" opens the group to others: no companies-only blocker', () => {
    const c = testCall({
      funder: 'Testmyndigheten',
      language: 'sv',
      title: 'Planeringsprojekt för EU-ansökningar',
      summary:
        'Utlysningen riktar sig till konstellationer som ska bestå av minst tre svenska parter varav minst ett företag. Projekten kan få upp till 300 000 kronor.',
      applicantTypes: ['konstellationer med minst tre parter varav minst ett företag'],
    });
    for (const body of [kommun, region]) expect(applicantBlocker(score(c, body))).toBeUndefined();
  });

  it('"at least one SME" in English too, while "companies only" still shuts a kommun out', () => {
    const open = testCall({
      summary: 'Applications are submitted by consortia of at least three partners, including at least one SME.',
    });
    expect(applicantBlocker(score(open, kommun))).toBeUndefined();
    const closed = testCall({ summary: 'Only companies may apply. The call funds feasibility studies.' });
    expect(applicantBlocker(score(closed, kommun))?.text.sv).toContain('bara till företag');
  });
});

describe('actors from different sectors', () => {
  it('are every kind of body: an industry named among the sectors makes no companies-only call', () => {
    const c = testCall({
      summary:
        'The call is aimed at actors from different sectors, industries and organisations who can carry out the project the programme has defined.',
    });
    expect(applicantBlocker(score(c, kommun))).toBeUndefined();
  });
});

describe('the body one applies to', () => {
  it('"söka bidrag hos Länsstyrelsen" names the funder, not state agencies as the applicants', () => {
    const c = testCall({
      funder: 'Länsstyrelsen',
      language: 'sv',
      title: 'Bidrag till kulturmiljöer',
      summary:
        'Vårdar du en kulturmiljö? Du kan söka bidrag för det hos Länsstyrelsen. Du som äger eller förvaltar en värdefull byggnad kan söka bidrag från Länsstyrelsen.',
    });
    expect(applicantBlocker(score(c, kommun))?.text.sv ?? '').not.toContain('statliga myndigheter');
  });
});

describe('a channel the call turns away from', () => {
  it('"inte via nationella myndigheter" shuts no public body out', () => {
    const c = testCall({
      language: 'sv',
      summary:
        'Programmet hanteras av kommissionens egen avdelning och inte via nationella myndigheter. Ansökan ska gälla klimat eller miljö.',
    });
    expect(applicantBlocker(score(c, kommun))).toBeUndefined();
  });

  it('while "kommuner kan inte söka" still does', () => {
    const c = testCall({ language: 'sv', summary: 'Kommuner kan inte söka stödet. Det gäller klimat och miljö.' });
    expect(applicantBlocker(score(c, kommun))).toBeDefined();
  });
});

describe('a list the summary gives as examples', () => {
  it('is no closed list: a region is not shut out of "det kan exempelvis vara universitet, företag och kommuner"', () => {
    const c = testCall({
      language: 'sv',
      summary:
        'Ansökan kan göras av alla aktörer inom området som är behöriga att söka. Det kan exempelvis vara universitet, institut, små och medelstora företag, kommuner och ideella organisationer.',
      applicantTypes: ['universitet', 'institut', 'små och medelstora företag', 'kommuner', 'ideella organisationer'],
    });
    expect(applicantBlocker(score(c, region))).toBeUndefined();
  });

  it('a list the summary does not give as examples still limits', () => {
    const c = testCall({
      language: 'sv',
      summary: 'Stödet kan sökas av universitet och små och medelstora företag.',
      applicantTypes: ['universitet', 'små och medelstora företag'],
    });
    expect(applicantBlocker(score(c, kommun))?.text.sv).toContain('inte till kommuner och regioner');
  });
});

describe('bodies one visits', () => {
  it('are places to go, not applicants the call names', () => {
    const c = testCall({
      language: 'sv',
      summary:
        'Du kan söka resestöd för en resa som ger nya kontakter, till exempel för att besöka organisationer, institutioner eller myndigheter.',
    });
    expect(score(c, kommun).eligibility.applicantText.sv).not.toContain('nämner kommuner eller offentliga aktörer');
  });
});

describe('artists and cultural professionals', () => {
  it('apply for themselves: a call for them is not for a kommun', () => {
    const c = testCall({
      summary: 'Mobility grants for artists and cultural professionals who work with an international partner.',
      applicantTypes: ['artists and cultural professionals'],
    });
    expect(applicantBlocker(score(c, kommun))?.text.sv).toContain('enskilda personer');
  });
});
