/**
 * Who may apply, read as the call words it and no narrower:
 * - a list that goes on ("med flera", "m.fl.", "etc.") or names organisations of any kind beside the kinds it names
 *   ("alla företag/organisationer", "företag och organisationer") is no "bara till" limit;
 * - a class named before a cue that names the applicants after it ("stödet gäller insatser för företag och riktar
 *   sig till stödaktörer") is whom the call benefits, not who applies;
 * - a sentence naming only those the work is done with ("utbyte med förening eller annan organisation") opens no list
 *   of who applies.
 * Sentences written for this test from the general ways calls say it, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import {
  allOrganisationsIn,
  bareOrganisationsIn,
  foldWording,
  openEndedAfter,
} from '../../../core/match/who-wording.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();

/** A funder without programme data, so the verdict is the text's own. */
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Utlysning 2027', language: 'sv', ...over });

const applicantBlocker = (c: FundingCall, p = kommun) =>
  score(c, p).blockers.find((b) => b.kind === 'applicant-type')?.text.sv;

describe('a list of applicants that goes on', () => {
  const OPEN = [
    'Högskolor, forskningsinstitut och andra forskningsaktörer med flera kan söka.',
    'Stödet kan sökas av föreningar, stiftelser m.fl. som verkar i länet.',
    'Företag, föreningar etc. kan söka stöd.',
    'Universities, research institutes and others may apply.',
  ];
  for (const summary of OPEN) {
    it(`is no limit: ${summary}`, () => {
      for (const p of [kommun, region]) expect(applicantBlocker(call({ summary }), p)).toBeUndefined();
    });
  }

  it('"med flera" before a noun is "with several", not a list that goes on', () => {
    expect(openEndedAfter(foldWording(' kan söka för samarbete med flera kommuner'))).toBe(false);
    expect(openEndedAfter(foldWording(' med flera kan söka'))).toBe(true);
    expect(
      applicantBlocker(call({ summary: 'Föreningar kan söka för utbyte med flera föreningar i Norden.' })),
    ).toMatch(/bara till föreningar/);
  });

  it('a list entry ending "m.fl." is open too', () => {
    expect(applicantBlocker(call({ applicantTypes: ['Företag', 'Branschorganisationer m.fl.'] }))).toBeUndefined();
  });
});

describe('organisations of any kind beside the kinds named', () => {
  it('"alla företag/organisationer" admits every organisation, kommuner and regioner among them', () => {
    expect(
      allOrganisationsIn(foldWording('Alla företag/organisationer med svenskt organisationsnummer kan söka.')),
    ).toBe(true);
    for (const p of [kommun, region]) {
      const m = score(
        call({ summary: 'Alla föreningar och organisationer med organisationsnummer kan söka stöd.' }),
        p,
      );
      expect(m.eligibility.applicant).toBe('eligible');
      expect(m.blockers).toHaveLength(0);
    }
  });

  it('"all companies and organisations working with …" are organisations of that field, not all', () => {
    expect(
      allOrganisationsIn(foldWording('All companies and organisations working with young people may apply.')),
    ).toBe(false);
  });

  it('"företag och organisationer" without "alla" is quoted, neither admitted nor shut out', () => {
    const m = score(call({ summary: 'Stödet kan sökas av företag och organisationer i hela landet.' }), kommun);
    expect(m.eligibility.applicant).toBe('unknown');
    expect(m.eligibility.applicantText.sv).toContain('"företag och organisationer"');
    expect(m.blockers).toHaveLength(0);
  });

  it('an organisation word with its own kind before it is that kind', () => {
    expect(bareOrganisationsIn('Stödet kan sökas av ideella organisationer och föreningar.')).toBeUndefined();
    expect(bareOrganisationsIn('Companies and research organisations may apply.')).toBeUndefined();
    expect(bareOrganisationsIn('Företag kan söka i samarbete med högskolor och organisationer.')).toBeUndefined();
    expect(bareOrganisationsIn('Organisationer och företag kan söka.')).toBe('Organisationer och företag');
    expect(applicantBlocker(call({ summary: 'Stödet kan sökas av ideella organisationer och föreningar.' }))).toMatch(
      /bara till föreningar/,
    );
  });
});

describe('those a call benefits, named before who it is addressed to', () => {
  it('are not its applicants', () => {
    const summary =
      'Stödet gäller insatser för kompetensutveckling i företag och riktar sig till stödaktörer inom innovation och utbildningsanordnare.';
    for (const p of [kommun, region]) expect(applicantBlocker(call({ summary }), p)).toBeUndefined();
    const en = 'The grant funds advice to SMEs and is open to innovation support organisations.';
    expect(applicantBlocker(call({ summary: en, language: 'en' }))).toBeUndefined();
  });

  it('named with a cue of their own, they still apply', () => {
    const summary = 'Företag kan söka stödet, som riktar sig till den som vill anställa.';
    expect(applicantBlocker(call({ summary }))).toMatch(/bara till företag/);
    expect(applicantBlocker(call({ summary: 'Utlysningen riktar sig till företag i länet.' }))).toMatch(
      /bara till företag/,
    );
  });
});

describe('a catch-all of those the work is done with', () => {
  it('in a sentence naming no applicant opens no list of who applies', () => {
    const summary =
      'Bidraget kan sökas av föreningar i kommunen. Bidrag kan beviljas till utbyte med förening eller annan organisation i en vänort.';
    const m = score(call({ summary }), kommun);
    expect(m.blockers.find((b) => b.kind === 'applicant-type')?.text.sv).toMatch(/bara till föreningar/);
  });

  it('in a sentence naming the applicants keeps it from shutting others out, as before', () => {
    const summary = 'Företag kan söka stödet i samverkan med universitet och andra aktörer.';
    expect(applicantBlocker(call({ summary }))).toBeUndefined();
  });
});
