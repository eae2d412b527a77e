/**
 * Who may apply, as funders write it. A battery of sentences in Swedish and English (EU legal wording, Swedish
 * agencies' wording) written for this test from the general ways calls say it, none copied from a labelled call.
 * A blocker ("bara till företag") may only be claimed when a sentence clearly admits others only.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { testProfile } from '../../support/test-call.ts';

const body = (kind: Profile['kind']): Profile =>
  testProfile({ id: `test-${kind}`, name: kind === 'kommun' ? 'Testby kommun' : 'Region Test', kind });
const kommun = body('kommun');
const region = body('region');

/** A funder without programme data, so the verdict is the text's own. */
const inSummary = (summary: string, language: 'sv' | 'en'): FundingCall => ({
  id: 'test:who',
  source: 'test',
  funder: 'Testfonden',
  title: language === 'sv' ? 'Utlysning 2027' : 'Call for proposals 2027',
  summary,
  url: '',
  language,
  deadlines: [],
});
const inList = (applicantTypes: string[], language: 'sv' | 'en'): FundingCall => ({
  ...inSummary(language === 'sv' ? 'Projekt för unga.' : 'Projects for young people.', language),
  applicantTypes,
});

/** Sentences that admit a Swedish kommun (and a region): public bodies, any organisation, any legal entity. */
const ADMIT_PUBLIC: [string, 'sv' | 'en'][] = [
  ['Eligible applicants are legal entities established in an EU Member State.', 'en'],
  ['Applicants must be public or private bodies established in a Programme country.', 'en'],
  ['Bodies governed by public law and non-profit private bodies may apply.', 'en'],
  ['Lead partners must be local or regional public authorities.', 'en'],
  ['The call is open to any organisation active in the field.', 'en'],
  ['Non-profit and public organisations can apply.', 'en'],
  ['SMEs, large enterprises, public authorities, NGOs and universities can apply.', 'en'],
  ['Who can apply? Local authorities, public bodies and associations.', 'en'],
  ['The call is open to public sector organisations, NGOs and SMEs.', 'en'],
  ['Eligible organisations: public bodies at local, regional or national level.', 'en'],
  ['National, regional and local authorities may apply.', 'en'],
  ['Government agencies and local governments are eligible applicants.', 'en'],
  ['Any public or private organisation may apply.', 'en'],
  ['Organisations of any type (public, private or non-profit) can apply.', 'en'],
  ['Applicants can be public authorities, research organisations or companies.', 'en'],
  ['All types of organisations may apply.', 'en'],
  ['The call is open to all legal entities.', 'en'],
  ['Public and private organisations from the programme area can apply.', 'en'],
  ['Offentliga organisationer kan söka.', 'sv'],
  ['Statliga myndigheter, kommuner och regioner kan söka.', 'sv'],
  ['Kommuner, regioner och myndigheter kan söka stödet.', 'sv'],
  ['Utlysningen vänder sig till organisationer inom offentlig sektor.', 'sv'],
  ['Aktörer i offentlig, privat och ideell sektor kan söka.', 'sv'],
  ['Alla juridiska personer kan söka.', 'sv'],
  ['Stödet kan sökas av juridiska personer.', 'sv'],
  ['Alla typer av organisationer kan söka.', 'sv'],
  ['Stödet riktar sig till företag, kommuner och regioner.', 'sv'],
  ['Offentliga aktörer, företag och ideella organisationer kan söka.', 'sv'],
  ['Länsstyrelser, kommuner och regioner kan söka.', 'sv'],
  ['Både privata och offentliga aktörer kan söka.', 'sv'],
  ['Statliga och kommunala aktörer kan söka.', 'sv'],
  ['Utlysningen är öppen för alla organisationer.', 'sv'],
  ['Myndigheter och offentliga organ kan söka bidrag.', 'sv'],
];

/** The same kinds of wording in an applicantTypes list. */
const ADMIT_PUBLIC_LIST: [string[], 'sv' | 'en'][] = [
  [['Legal entities established in an EU Member State'], 'en'],
  [['Public or private bodies'], 'en'],
  [['Bodies governed by public law'], 'en'],
  [['Local/regional public authorities'], 'en'],
  [['Any organisation'], 'en'],
  [['Non-profit and public organisations'], 'en'],
  [['SMEs', 'Large enterprises', 'Public authorities', 'NGOs'], 'en'],
  [['Companies together with municipalities'], 'en'],
  [['Government agencies'], 'en'],
  [['Offentliga organisationer'], 'sv'],
  [['Kommuner, regioner och myndigheter'], 'sv'],
  [['Organisationer inom offentlig sektor'], 'sv'],
  [['Aktörer i offentlig, privat och ideell sektor'], 'sv'],
  [['Juridiska personer'], 'sv'],
  [['Alla typer av organisationer'], 'sv'],
  [['Företag', 'Kommuner'], 'sv'],
  [['Juridiska personer', 'Alla typer av organisationer'], 'sv'],
];

/** Sentences that clearly admit others only: a blocker is right. */
const OTHERS_ONLY: [string, 'sv' | 'en'][] = [
  ['Only SMEs may apply.', 'en'],
  ['The call is open to companies only.', 'en'],
  ['Only universities and research institutes can apply.', 'en'],
  ['Utlysningen riktar sig till små och medelstora företag.', 'sv'],
  ['Endast ideella föreningar kan söka.', 'sv'],
  ['Stödet kan sökas av universitet och högskolor.', 'sv'],
];

/** Sentences that do not say who may apply, or say only what applicants must do: no blocker. */
const NOT_A_RULE: [string, 'sv' | 'en'][] = [
  ['Applicants must involve companies and universities in the partnership.', 'en'],
  ['The project should benefit SMEs in the region.', 'en'],
  ['Applicants are encouraged to cooperate with research organisations.', 'en'],
  ['Projektet ska gynna små och medelstora företag i regionen.', 'sv'],
  ['Sökande ska samverka med företag och universitet.', 'sv'],
  ['Applicants must be legal entities and SMEs.', 'en'],
  ['Open to partners from the whole Baltic Sea Region, including companies.', 'en'],
];

/** "Open to all" said of countries, fields or priorities is not said of applicants. */
const NOT_ANY: [string, 'sv' | 'en'][] = [
  ['The action is open to all countries participating in the programme; cultural organisations may apply.', 'en'],
  ['The call is open to all priorities of the programme.', 'en'],
  ['Utlysningen är öppen för alla insatsområden.', 'sv'],
];

describe('who may apply: wording that admits public bodies', () => {
  for (const [text, lang] of ADMIT_PUBLIC) {
    it(`admits a kommun and a region: "${text}"`, () => {
      for (const p of [kommun, region]) {
        const m = score(inSummary(text, lang), p);
        expect(m.eligibility.applicant, `${p.kind}: ${m.eligibility.applicantText.sv}`).toBe('eligible');
        expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
      }
    });
  }
  // Kommuner named as parties of the companies that apply: a kommun takes part; a region, not named, is neither
  // admitted nor shut out (the sentence does not say only these may apply).
  for (const [text, lang] of [
    ['Companies together with municipalities may apply.', 'en'],
    ['Företag tillsammans med kommuner kan söka.', 'sv'],
  ] as const) {
    it(`admits a kommun, names no region: "${text}"`, () => {
      expect(score(inSummary(text, lang), kommun).eligibility.applicant).toBe('eligible');
      const m = score(inSummary(text, lang), region);
      expect(m.eligibility.applicant, m.eligibility.applicantText.sv).toBe('unknown');
      expect(m.eligibility.applicantText.sv).not.toMatch(/nämner regioner/);
      expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
    });
  }
  for (const [list, lang] of ADMIT_PUBLIC_LIST) {
    it(`admits a kommun from the list ${JSON.stringify(list)}`, () => {
      const m = score(inList(list, lang), kommun);
      expect(m.eligibility.applicant, m.eligibility.applicantText.sv).toBe('eligible');
      expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
    });
  }
});

describe('who may apply: others only', () => {
  for (const [text, lang] of OTHERS_ONLY) {
    it(`is a blocker: "${text}"`, () => {
      const m = score(inSummary(text, lang), kommun);
      expect(m.eligibility.applicant, m.eligibility.applicantText.sv).toBe('not-eligible');
      expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
    });
  }
});

describe('who may apply: not a rule about applicants', () => {
  for (const [text, lang] of NOT_A_RULE) {
    it(`claims no blocker: "${text}"`, () => {
      for (const p of [kommun, region]) {
        const m = score(inSummary(text, lang), p);
        expect(m.eligibility.applicant, `${p.kind}: ${m.eligibility.applicantText.sv}`).not.toBe('not-eligible');
        expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
      }
    });
  }
});

describe('"open to all" of countries or priorities', () => {
  for (const [text, lang] of NOT_ANY) {
    it(`is not "any organisation": "${text}"`, () => {
      const m = score(inSummary(text, lang), kommun);
      expect(m.eligibility.applicantText.sv).not.toMatch(/alla typer av organisationer/);
    });
  }
});

describe('"juridiska personer" beside an entry or class of its own', () => {
  it('claims neither "any organisation" nor a blocker', () => {
    const m = score(inList(['Kulturlivets mellanled', 'Juridiska personer', 'Företag'], 'sv'), kommun);
    expect(m.eligibility.applicantText.sv).not.toMatch(/alla typer av organisationer/);
    expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
  });
});

describe('the texts say what the call says', () => {
  it('"legal entities" is not read as naming kommuner', () => {
    const m = score(
      inSummary('Eligible applicants are legal entities established in an EU Member State.', 'en'),
      kommun,
    );
    expect(m.eligibility.applicantText.sv).not.toMatch(/nämner kommuner/);
    expect(m.eligibility.applicantText.sv).toMatch(/juridisk|alla typer/);
  });
  it('"companies together with municipalities" names kommuner', () => {
    const m = score(inSummary('Företag tillsammans med kommuner kan söka.', 'sv'), kommun);
    expect(m.eligibility.applicantText.sv).toMatch(/kommuner/);
  });
});
