import { describe, expect, it } from 'vitest';
import { parseBudget } from '../../../core/sources/lib/budget.ts';

describe('parseBudget', () => {
  it.each([
    [
      'Det går att söka upp till 2 mkr i bidrag per projekt. Utlysningens preliminära budget är 10 mkr.',
      10_000_000,
      'SEK',
    ],
    ['Högst 4 miljoner kronor per projekt. Erbjudandets budget är preliminärt 23,4 miljoner kronor', 23_400_000, 'SEK'],
    ['Varje projekt kan beviljas 1-7 miljoner kronor.', 7_000_000, 'SEK'],
    ['700 000 - 1 000 000 kronor per etapp', 1_000_000, 'SEK'],
    ['som högst uppgå till 1.5 miljoner kronor', 1_500_000, 'SEK'],
    ['Totalt har myndigheten cirka tio miljoner kronor att dela ut.', 10_000_000, 'SEK'],
    ['In total, EUR 2 million will be reserved for the call', 2_000_000, 'EUR'],
    ['The available allocation was EUR 1,600,000.00.', 1_600_000, 'EUR'],
    ['Available IR-funding for 2027 is approximately 3,1 MEUR.', 3_100_000, 'EUR'],
    ['Det er satt av om lag 10 millioner euro fra EU.', 10_000_000, 'EUR'],
  ])('%s', (text, amount, currency) => {
    const b = parseBudget(text);
    expect(b?.amount).toBe(amount);
    expect(b?.currency).toBe(currency);
    expect(b?.text.length).toBeGreaterThan(0);
  });

  it('finds no money in counts and years', () => {
    expect(parseBudget('Call 5 in 2024 had 24 projects and 112 applications.')).toBeUndefined();
  });
});
