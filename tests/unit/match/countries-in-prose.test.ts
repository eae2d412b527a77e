/**
 * Countries the call's prose names where it says who may take part, whom to partner with or where applicants must
 * be established. The prose vocabulary (countries.json) holds the countries a call most often names; every other
 * country of ISO 3166-1 ("Canada", "Japan", "Schweiz") is read in prose only where a country's name is the likely
 * reading: capitalised, in the place after applicants ("organisations based in …") or after words naming partners
 * ("partners from …"). Anywhere else a name such as "Jordan" or "Chad" may be a word or a person. Exceptions and
 * negation ("except", "utom", "ej", "not eligible") are respected. Sentences written for this test in the ways
 * funders generally write them.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const blocked = (summary: string) =>
  score(testCall({ title: 'Youth grants', summary }), testProfile()).blockers.map((b) => b.kind);

describe('where applicants must be, in prose', () => {
  it.each([
    'Applicants must be based in Canada.',
    'The call is open to organisations in Switzerland and Japan only.',
    'Eligible applicants are municipalities established in Japan or South Korea.',
    'Stödet kan sökas av organisationer som är registrerade i Schweiz.',
  ])('%s leaves Sweden out', (summary) => {
    expect(blocked(summary)).toContain('country-not-eligible');
  });
  it('a country named beside Sweden, or not as the applicants’ place, blocks nothing', () => {
    expect(blocked('Applicants must be based in Sweden or Canada.')).not.toContain('country-not-eligible');
    expect(blocked('Applicants may apply. The results will be presented in Canada.')).not.toContain(
      'country-not-eligible',
    );
    // A word, not a country, in the lowercase: "jordan" is no country here.
    expect(blocked('Applicants from jordan-based networks may apply.')).not.toContain('country-not-eligible');
  });
  it('Sweden excepted from a group is not among the places', () => {
    for (const summary of [
      'Eligible applicants are municipalities in EU Member States except Sweden.',
      'Kommuner i alla EU:s medlemsstater utom Sverige kan söka.',
    ])
      expect(blocked(summary)).toContain('country-not-eligible');
    expect(blocked('Eligible applicants are municipalities in EU Member States except Denmark.')).not.toContain(
      'country-not-eligible',
    );
  });
});

describe('partners named in prose', () => {
  const partnerBoost = (summary: string, partnerCountries: string[]) =>
    score(testCall({ title: 'Youth grants', summary }), testProfile({ partnerCountries })).boosts.map((b) => b.kind);
  it.each([
    ['Projects must involve partners from Canada or Japan.', 'Japan'],
    ['Projekten genomförs tillsammans med partner i Kanada.', 'Canada'],
    ['Municipalities apply together with a partner municipality in Switzerland.', 'Switzerland'],
  ])('%s names %s as partner', (summary, country) => {
    expect(partnerBoost(summary, [country])).toContain('partner-country');
  });
  it('outside a partner slot, or negated, a country of the reference names no partner', () => {
    expect(partnerBoost('Youth work in Canada is described in the guide.', ['Canada'])).not.toContain(
      'partner-country',
    );
    expect(partnerBoost('Partners from Canada are not eligible.', ['Canada'])).not.toContain('partner-country');
    expect(partnerBoost('Partners may come from any country except Japan.', ['Japan'])).not.toContain(
      'partner-country',
    );
  });
});
