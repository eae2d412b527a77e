import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const call = (summary: string, applicantTypes?: string[], language: 'sv' | 'en' = 'sv'): FundingCall =>
  testCall({
    id: 't',
    funder: 'Test funder',
    title: 'Innovationsprojekt',
    summary,
    language,
    ...(applicantTypes ? { applicantTypes } : {}),
  });
const kommun = getSeedProfile('karlskrona')!;
const region = getSeedProfile('kronoberg')!;
const applicantBlocker = (c: FundingCall, p = kommun) => score(c, p).blockers.find((b) => b.kind === 'applicant-type');

describe('public bodies named as project parties take part, whoever leads', () => {
  it.each([
    [
      'Koordinator ska vara ett universitet eller forskningsinstitut, som söker tillsammans med företag och/eller offentlig verksamhet som projektparter.',
      ['universitet', 'forskningsinstitut'],
      'sv',
    ],
    [
      'The lead applicant must be a university; projects are carried out together with local authorities as partners.',
      ['universities'],
      'en',
    ],
  ] as const)('no "only others" blocker: %s', (summary, types, language) => {
    const m = score(call(summary, [...types], language), kommun);
    expect(applicantBlocker(call(summary, [...types], language))).toBeUndefined();
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.eligibility.applicantText.sv).toContain('som parter i projekten');
  });

  it('a public body the solutions serve is no project party: the blocker stays', () => {
    const c = call('Bara små och medelstora företag kan söka. Lösningarna ska kunna användas av kommuner.', [
      'små och medelstora företag',
    ]);
    expect(applicantBlocker(c)).toBeDefined();
  });
});

describe('health and care providers are public bodies in Sweden (regions, and kommuner for care)', () => {
  it('"aktörer från hälso- och sjukvård" admits a region and a kommun', () => {
    const c = call('Vem kan söka: aktörer från hälso- och sjukvård, företag och akademi.', [
      'hälso- och sjukvård',
      'företag',
      'akademi',
    ]);
    expect(applicantBlocker(c, region)).toBeUndefined();
    expect(applicantBlocker(c, kommun)).toBeUndefined();
  });

  it('"healthcare providers" in English too', () => {
    const c = call('Eligible applicants are healthcare providers and companies.', undefined, 'en');
    expect(score(c, region).eligibility.applicant).toBe('eligible');
  });
});

describe('a municipal company is a company: excluding it never shuts out the kommun', () => {
  it.each([
    'Stödet riktar sig enbart till kommuner, inte kommunala bolag eller privata aktörer.',
    'Kommunala bolag kan inte söka; stödet går till kommuner.',
  ])('%s', (summary) => {
    const m = score(call(summary, ['kommuner']), kommun);
    expect(applicantBlocker(call(summary, ['kommuner']))).toBeUndefined();
    expect(m.eligibility.applicant).toBe('eligible');
  });

  it('a call that shuts out kommuner still says so', () => {
    expect(applicantBlocker(call('Kommuner kan inte söka stödet.'))?.text.sv).toBe(
      'Utlysningen säger att kommuner inte kan söka.',
    );
  });
});
