/**
 * A list of who may apply or take part that ends with a catch-all ("…, businesses, SMEs and other socio-economic
 * actors", "företag, universitet och andra aktörer") goes on to organisations of any kind: a kommun and a region are
 * among them, and no blocker may say the call is only for the classes named. Qualified to a kind of body that
 * leaves them out ("other private actors", "other research organisations", "övriga privata aktörer"), the list stays
 * closed. Sentences written for this test from the general ways calls say it, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { APPLICANT_TYPES } from '../../../core/data/index.ts';
import { score } from '../../../core/match/index.ts';
import { catchAllEndingList, foldWording, namesOtherOrganisations } from '../../../core/match/who-wording.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();

/** A funder without programme data, so the verdict is the text's own. */
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Call for proposals 2027', ...over });

const OPEN: [string, Partial<FundingCall>][] = [
  [
    'a who-may-apply sentence',
    { summary: 'Who can apply: universities, research institutes, businesses, SMEs and other socio-economic actors.' },
  ],
  // Pages often write the hyphen as U+2011 (non-breaking) or U+2010.
  [
    'a non-breaking hyphen',
    { summary: 'The call is open to universities, businesses and other socio\u2011economic actors.' },
  ],
  ['a list entry', { applicantTypes: ['Universities', 'Research organisations', 'Other socio-economic actors'] }],
  [
    'the end of one list entry',
    {
      applicantTypes: [
        'Academic organisations',
        'Non-academic organisations (businesses, SMEs and other stakeholders)',
      ],
    },
  ],
  // The list field names research bodies only; the call's own text says what the partnerships are made of.
  [
    'a partnership made of them, beside a list of research bodies',
    {
      applicantTypes: ['Universities', 'Research organisations'],
      summary:
        'Projects are carried out by partnerships of universities, research organisations, businesses including SMEs, and other socio\u2010economic actors from several countries.',
    },
  ],
  ['"any other entity"', { summary: 'Eligible applicants are universities, companies and any other entity.' }],
  ['Swedish "andra aktörer"', { language: 'sv', summary: 'Sökande kan vara företag, universitet och andra aktörer.' }],
  [
    'Swedish "övriga organisationer"',
    { language: 'sv', summary: 'Stödet kan sökas av föreningar, stiftelser och övriga organisationer.' },
  ],
  [
    'Swedish "andra organisationer" in a list',
    { language: 'sv', applicantTypes: ['Ideella föreningar', 'Företag', 'Andra organisationer'] },
  ],
];

/** Catch-alls qualified to a kind of body no kommun or region is: the list names only that kind. */
const QUALIFIED: [string, Partial<FundingCall>, RegExp][] = [
  ['"other private actors"', { summary: 'Companies and other private actors may apply.' }, /bara till företag/],
  ['"other companies"', { summary: 'SMEs and other companies may apply.' }, /bara till företag/],
  [
    '"other research organisations"',
    { summary: 'Universities, research institutes and other research organisations may apply.' },
    /bara till universitet/,
  ],
  ['"other actors from industry"', { summary: 'SMEs and other actors from industry can apply.' }, /bara till företag/],
  [
    'Swedish "andra företag"',
    { language: 'sv', summary: 'Små och medelstora företag och andra företag kan söka.' },
    /bara till företag/,
  ],
  [
    'Swedish "övriga privata aktörer"',
    { language: 'sv', summary: 'Företag och övriga privata aktörer kan söka.' },
    /bara till företag/,
  ],
  [
    'Swedish "andra ideella organisationer"',
    { language: 'sv', summary: 'Stödet kan sökas av föreningar och andra ideella organisationer.' },
    /bara till föreningar/,
  ],
  [
    'Swedish "andra aktörer inom näringslivet"',
    { language: 'sv', summary: 'Företag och andra aktörer inom näringslivet kan söka.' },
    /bara till företag/,
  ],
];

describe('a list of applicants ending with a catch-all of organisations', () => {
  for (const [what, over] of OPEN) {
    it(`admits a kommun and a region: ${what}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call(over), p);
        expect(m.eligibility.applicant, `${p.kind}: ${m.eligibility.applicantText.sv}`).toBe('eligible');
        expect(m.eligibility.applicantText.sv).toMatch(/avslutar med "/);
        expect(m.eligibility.applicantText.sv).toContain(
          p.kind === 'region' ? 'omfattar regioner' : 'omfattar kommuner',
        );
        expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
      }
    });
  }

  it('quotes the catch-all as the call writes it', () => {
    const m = score(call(OPEN[1][1]), kommun);
    expect(m.eligibility.applicantText.en).toContain('"other socio\u2011economic actors"');
  });
});

describe('a catch-all qualified to a kind of body that leaves kommuner and regioner out', () => {
  for (const [what, over, only] of QUALIFIED) {
    it(`opens nothing: ${what}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call(over), p);
        expect(m.eligibility.applicant, `${p.kind}: ${m.eligibility.applicantText.sv}`).toBe('not-eligible');
        expect(m.blockers.find((b) => b.kind === 'applicant-type')?.text.sv).toMatch(only);
      }
    });
  }
});

describe('a catch-all that ends no list of applicants', () => {
  it('of those the applicants work with admits no one', () => {
    const text = 'Företag kan söka stödet i samverkan med universitet och andra aktörer.';
    expect(catchAllEndingList(text)).toBeUndefined();
    // …but still keeps the list of applicants from shutting others out, as it did.
    expect(namesOtherOrganisations(foldWording(text))).toBe(true);
    const m = score(call({ language: 'sv', summary: text }), kommun);
    expect(m.eligibility.applicant).not.toBe('eligible');
    expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
  });
  it('after a clause of its own', () => {
    expect(catchAllEndingList('Eligible applicants are SMEs; any other entity may join as associated partner.')).toBe(
      undefined,
    );
  });
  it('of those a project should engage admits no one', () => {
    const m = score(
      call({
        summary: 'Companies can apply. The project should engage universities, citizens and other stakeholders.',
      }),
      kommun,
    );
    expect(m.eligibility.applicant).not.toBe('eligible');
  });
});

describe('catch-all vocabulary (applicant-types.json)', () => {
  const classWords = new Set(
    Object.values(APPLICANT_TYPES.classes).flatMap((c) => [...c.sv, ...c.en].map(foldWording)),
  );
  it('its organisation words name no applicant class ("other companies" stays companies)', () => {
    for (const w of [...APPLICANT_TYPES.catchAll.actors.sv, ...APPLICANT_TYPES.catchAll.actors.en])
      expect(classWords.has(foldWording(w)), w).toBe(false);
  });
  it('no narrowing word names public bodies', () => {
    for (const w of [...APPLICANT_TYPES.catchAll.narrowing.sv, ...APPLICANT_TYPES.catchAll.narrowing.en])
      expect(foldWording(w), w).not.toMatch(/public|offentlig|kommun|region|municipal|local|lokal/);
  });
});
