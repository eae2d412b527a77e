/**
 * Words that look like applicant classes but are not: "non-governmental" and "icke-kommunala" bodies are not public
 * ones; a programme named by those it serves ("programmet för icke-statliga organisationer", "NGO-programmet")
 * names a programme, not who may apply to this call; "regional institutions" in a list of partners are regional
 * bodies, a region among them. Sentences written for this test after how funders write, none copied from a
 * labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { namesPublicBodies } from '../../../core/match/who-wording.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Projektstöd 2027', ...over });

describe('not public bodies', () => {
  it('"non-", "icke-" before the public word', () => {
    expect(namesPublicBodies('non-governmental organisations may apply')).toBe(false);
    expect(namesPublicBodies('icke-kommunala organisationer kan soka')).toBe(false);
    expect(namesPublicBodies('non-public bodies')).toBe(false);
    expect(namesPublicBodies('non-governmental organisations and public bodies')).toBe(true);
  });

  it('a call for non-governmental organisations does not name a kommun', () => {
    const m = score(
      call({ summary: 'Non-governmental organisations may apply for grants for cooperation projects.' }),
      kommun,
    );
    expect(m.eligibility.applicant).not.toBe('eligible');
  });
});

describe('a programme named by those it serves', () => {
  it('"programmet för icke-statliga organisationer" and "NGO-programmet" are programme names', () => {
    const m = score(
      call({
        language: 'sv',
        summary:
          'Man kan ansöka om bidrag från två program: programmet för nordiskt samarbete och programmet för icke-statliga organisationer (NGO-programmet).',
      }),
      kommun,
    );
    expect(m.blockers.map((b) => b.kind)).not.toContain('applicant-type');
  });
  it('a class outside a programme name still limits', () => {
    const m = score(call({ language: 'sv', summary: 'Endast ideella organisationer kan söka bidrag.' }), kommun);
    expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
  });
});

describe('regional institutions', () => {
  it('a list of municipalities and regional institutions admits a region', () => {
    const m = score(
      call({
        summary: 'Networks of cities.',
        applicantTypes: ['municipalities', 'local authorities', 'metropolitan or regional institutions'],
      }),
      region,
    );
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers).toEqual([]);
  });
});

describe('associations named after their members', () => {
  it('"Local Government Associations" are associations, a kommun only a member', () => {
    const m = score(
      call({ summary: 'Training on local democracy tools.', applicantTypes: ['Local Government Associations'] }),
      kommun,
    );
    expect(m.eligibility.applicant).not.toBe('eligible');
  });
  it('"local governments" alone still name a kommun', () => {
    const m = score(
      call({ summary: 'Training on local democracy tools.', applicantTypes: ['local governments'] }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
});
