import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';

const karlskrona = getSeedProfile('karlskrona')!;
const call = (applicantTypes: string[]): FundingCall => ({
  id: 'test:applicants',
  source: 'test',
  funder: 'Test funder',
  title: 'Research on the Baltic Sea marine environment',
  summary: 'Projects on eutrophication and water quality.',
  url: '',
  language: 'en',
  deadlines: [],
  applicantTypes,
});

describe('who may apply, from the applicantTypes list', () => {
  it('reads "public bodies" as admitting a kommun', () => {
    expect(score(call(['public bodies', 'NGOs']), karlskrona).eligibility.applicant).toBe('eligible');
    expect(score(call(['offentliga aktörer']), karlskrona).eligibility.applicant).toBe('eligible');
  });
  it('does not read "public research organisations" as a public body', () => {
    const m = score(call(['public research organisations', 'universities']), karlskrona);
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
  });
});
