import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../core/text/language.ts';

describe('guessLanguage', () => {
  it('lets function words decide', () => {
    expect(guessLanguage('Utlysningen riktar sig till kommuner och regioner som vill samverka')).toBe('sv');
    expect(guessLanguage('The call is open to municipalities and regions from the programme area')).toBe('en');
    // Norwegian calendar text counts as Scandinavian.
    expect(guessLanguage('Søknadsfrist for prosjekter til og med mars')).toBe('sv');
  });

  it('reads a short title with no function words by its letters', () => {
    expect(guessLanguage('Kommunala partnerskap – höstens ansökningsomgång')).toBe('sv');
    expect(guessLanguage('Small projects call 2027')).toBe('en');
  });
});
