import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const countries = (funder: string, summary: string, language: 'sv' | 'en' = 'sv') =>
  [...analyse(testCall({ funder, title: 'Utlysning', summary, language })).signals.countries].sort();

const profile = testProfile({ partnerCountries: ['Finland', 'Denmark', 'Poland'] });
const partnerBoost = (funder: string, summary: string, language: 'sv' | 'en' = 'sv') =>
  score(testCall({ funder, title: 'Utlysning om stöd för ungdomsprojekt', summary, language }), profile).boosts.find(
    (b) => b.kind === 'partner-country',
  );

describe("a group of countries within the programme's own area is not a choice of partners", () => {
  it('"Norden" in a Nordic funder\'s call is its area said again', () => {
    const nordic = 'Stödet går till nordiska projekt för unga som stärker samarbetet i Norden.';
    expect(countries('Nordiska ministerrådet', nordic)).toEqual([]);
    expect(partnerBoost('Nordiska ministerrådet', nordic)).toBeUndefined();
    expect(countries('Nordplus', 'Projects for young people in the Nordic countries.', 'en')).toEqual([]);
  });

  it('a country named alone in the same call still names partners', () => {
    const finland = 'Projektet för unga ska ha minst en partner i Finland.';
    expect(countries('Nordiska ministerrådet', finland)).toEqual(['Finland']);
    expect(partnerBoost('Nordiska ministerrådet', finland)?.text.sv).toContain('Finland');
  });

  it('the same group in the call of a funder whose area is wider names partners', () => {
    const wider = 'Projekt för unga i samarbete med partner i de nordiska länderna.';
    expect(countries('Svenska institutet', wider)).toEqual(['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden']);
    expect(partnerBoost('Svenska institutet', wider)).toBeDefined();
  });

  it("a Baltic Sea programme's countries as a group are its area; one of them named alone is a partner", () => {
    const funder = 'Interreg Baltic Sea Region';
    expect(countries(funder, 'Youth projects with partners from the Baltic Sea region countries.', 'en')).toEqual([]);
    expect(countries(funder, 'Youth projects with partners from Poland.', 'en')).toEqual(['Poland']);
  });
});
