import { describe, expect, it } from 'vitest';
import { meetsPopulation, populationLimitsIn, populationLimitsOf } from '../../../core/match/population-limit.ts';

const bounds = (text: string) => populationLimitsIn(text).map(({ min, max, of }) => ({ min, max, of }));

describe('population limits read from call text', () => {
  it('reads ranges, lower and upper bounds in Swedish and English', () => {
    expect(bounds('Priset är öppet för kommuner med färre än 15 000 invånare.')).toEqual([
      { min: undefined, max: 15000, of: 'local' },
    ]);
    expect(bounds('Städer med minst 50 000 invånare kan söka.')).toEqual([{ min: 50000, max: undefined, of: 'local' }]);
    expect(bounds('Open to towns and cities with between 20,000 and 100,000 inhabitants.')).toEqual([
      { min: 20000, max: 100000, of: 'local' },
    ]);
    expect(bounds('towns of 20 000–100 000 inhabitants')).toEqual([{ min: 20000, max: 100000, of: 'local' }]);
    expect(bounds('cities with a population of over 100.000')).toEqual([{ min: 100000, max: undefined, of: 'local' }]);
    expect(bounds('municipalities with up to 30\u00a0000 residents')).toEqual([
      { min: undefined, max: 30000, of: 'local' },
    ]);
    expect(bounds('små och medelstora städer med en befolkningsmängd mellan 5000 och 50 000 invånare')).toEqual([
      { min: 5000, max: 50000, of: 'local' },
    ]);
    expect(bounds('towns with a population of 20,000 and up to 99,999 inhabitants')).toEqual([
      { min: 20000, max: 99999, of: 'local' },
    ]);
    expect(bounds('Regioner med högst 300 000 invånare får söka.')).toEqual([
      { min: undefined, max: 300000, of: 'region' },
    ]);
  });

  it('marks a limit bodies may reach together', () => {
    const [one, group] = populationLimitsIn(
      'Are you an urban authority with more than 50 000 inhabitants or a grouping of urban authorities with a total population of at least 50 000 inhabitants?',
    );
    expect(one.combined).toBeUndefined();
    expect(group.combined).toBe(true);
  });

  it('ignores figures about something else', () => {
    expect(bounds('Budgeten är 100 000 euro för kommuner.')).toEqual([]);
    expect(bounds('Projects for municipalities with at least 50 000 participants.')).toEqual([]);
    expect(bounds('Sweden is a country with over 10 000 000 inhabitants.')).toEqual([]);
    expect(bounds('projektets nytta tillfaller landsbygden med upp till 20 000 invånare inom kommunerna')).toEqual([]);
    expect(bounds('Kommuner kan söka upp till 500 000 kronor.')).toEqual([]);
    expect(bounds('The programme runs 2021–2027 for cities with 1,000 staff.')).toEqual([]);
  });
  it("reads a country's name ending in -land as where the cities lie, not an area of them", () => {
    expect(
      bounds('Open to cities in Norway and Switzerland which have a population of over 20,000 inhabitants'),
    ).toEqual([{ of: 'local', min: 20000, max: undefined }]);
    expect(bounds('Projects in rural areas with fewer than 5 000 inhabitants')).toEqual([]);
  });

  it("reads a settlement's size as no limit on the kommun it lies in", () => {
    expect(bounds('Funding for towns and villages with a population of up to 5,000.')).toEqual([]);
    expect(bounds('Stöd till byar och småorter med färre än 2 000 invånare i kommunen.')).toEqual([]);
    expect(bounds('Kommuner kan söka för tätorter med högst 10 000 invånare.')).toEqual([]);
    expect(bounds('rural localities of fewer than 1,500 inhabitants')).toEqual([]);
    expect(bounds('Open to towns and cities with between 20,000 and 100,000 inhabitants.')).toEqual([
      { min: 20000, max: 100000, of: 'local' },
    ]);
  });
});

describe('towns, by the sense the call gives them', () => {
  it('are settlements where the call pairs them with villages, in any of its sentences or fields', () => {
    expect(
      bounds(
        'Two categories: towns and villages of up to 2,000 people, and towns with a population of 2,001 to 8,000.',
      ),
    ).toEqual([]);
    const split = populationLimitsOf(['Renewal of towns and villages', 'Towns with a population of 2,001 to 8,000.']);
    expect(split).toEqual([]);
    expect(bounds('Grants for byar och städer. Städer med högst 8 000 invånare prioriteras.')).toEqual([]);
  });
  it('are local authorities where the call pairs them with cities, or pairs them with nothing', () => {
    expect(bounds('Open to cities and towns with 30,000–90,000 inhabitants.')).toEqual([
      { min: 30000, max: 90000, of: 'local' },
    ]);
    expect(bounds('Towns with a population of 2,001 to 8,000 may apply.')).toEqual([
      { min: 2001, max: 8000, of: 'local' },
    ]);
  });
});

describe('the condition as the call words it', () => {
  it('reads "a minimum of" and "a maximum of" as bounds', () => {
    expect(bounds('The contest is open to cities with a minimum of 40,000 inhabitants.')).toEqual([
      { min: 40000, max: undefined, of: 'local' },
    ]);
    expect(bounds('Municipalities with a maximum of 12,000 residents may apply.')).toEqual([
      { min: undefined, max: 12000, of: 'local' },
    ]);
  });
  it('quotes the bound with its word for people or population', () => {
    const quotes = (text: string) => populationLimitsIn(text).map((l) => l.quote);
    expect(quotes('The contest is open to cities with a minimum of 40,000 inhabitants.')).toEqual([
      'a minimum of 40,000 inhabitants',
    ]);
    expect(quotes('cities with a population of over 150.000')).toEqual(['population of over 150.000']);
    expect(quotes('Kommuner med mellan 4 000 och 9 000 invånare kan söka.')).toEqual([
      'mellan 4 000 och 9 000 invånare',
    ]);
  });
});

describe('a population against the limits', () => {
  const leafAndCapital = populationLimitsIn(
    'open to cities with over 100,000 inhabitants (Green Capital) and towns with 20,000-100,000 inhabitants (Green Leaf)',
  );
  it('is inside any limit of its kind, or outside them all', () => {
    expect(meetsPopulation(leafAndCapital, 'local', 166700)).toBe(true);
    expect(meetsPopulation(leafAndCapital, 'local', 66700)).toBe(true);
    expect(meetsPopulation(leafAndCapital, 'local', 8100)).toBe(false);
  });
  it('says nothing of another kind of body, or of one that may join others', () => {
    expect(meetsPopulation(leafAndCapital, 'region', 203000)).toBeUndefined();
    const grouped = populationLimitsIn('a grouping of urban authorities with a total population of at least 50 000');
    expect(meetsPopulation(grouped, 'local', 8100)).toBeUndefined();
  });
});

describe('a bound after the figure and its people', () => {
  it('reads "or more" and "eller färre" as bounds', () => {
    expect(bounds('Cities from anywhere in the world with 100,000 residents or more can apply.')).toEqual([
      { min: 100000, max: undefined, of: 'local' },
    ]);
    expect(bounds('Kommuner med 15 000 invånare eller färre kan söka.')).toEqual([
      { min: undefined, max: 15000, of: 'local' },
    ]);
  });
  it('a figure of people a project reaches is no limit', () => {
    expect(bounds('Projects reaching 5,000 people or more are preferred.')).toEqual([]);
  });
});

describe('population limits in other wordings', () => {
  it('reads a figure, then "or more" or "+", then its people', () => {
    expect(bounds('Open to cities with 100,000 or more residents.')).toEqual([
      { min: 100000, max: undefined, of: 'local' },
    ]);
    expect(bounds('City governments of cities with 250,000+ inhabitants')).toEqual([
      { min: 250000, max: undefined, of: 'local' },
    ]);
    expect(bounds('kommuner med 10 000 eller färre invånare')).toEqual([{ min: undefined, max: 10000, of: 'local' }]);
  });
  it('skips the other side of a limit that the call refuses', () => {
    expect(
      bounds(
        'Stödet riktar sig till kommuner med minst 40 000 invånare. Kommuner med färre än 40 000 invånare kan inte vara sökande.',
      ),
    ).toEqual([{ min: 40000, max: undefined, of: 'local' }]);
  });
  it('reads a size refused for applying as the limit on its other side', () => {
    expect(bounds('Municipalities with fewer than 30,000 inhabitants are not eligible.')).toEqual([
      { min: 30000, max: undefined, of: 'local' },
    ]);
    expect(bounds('Kommuner med 20 000 invånare eller fler kan inte söka.')).toEqual([
      { min: undefined, max: 19999, of: 'local' },
    ]);
  });
});
