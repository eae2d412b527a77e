/**
 * Readings probe 22 (fresh call pages, prizes and awards among them; blind fact-checks) showed wrong, each as a
 * general rule. Sentences written for this test from how funders generally write, none copied from a probe page:
 * - "countries participating in the X programme, including A, B and C": the programme's countries, Sweden among them;
 * - "for municipalities with a population over 100,000, and those under 100,000": classes by size, no limit;
 * - "…regardless of population size": a way in for bodies of any size beside a limit for some;
 * - "call for proposals on research projects" is a call for research;
 * - a list entry that counts its kommuner ("39 kommuner med …") is a group chosen already, which holds no region;
 * - "norra Sverige" is Norrland, and "kommuner i norra Sverige" places the call there;
 * - a list of a basin abroad's countries ("coastal EU Member States of the Mediterranean") holds no Sweden;
 * - "Europeiska veckan för regioner och städer" is a name, no mention of applicants; a call's own list of who applies
 *   ("projekt finansierade av …") outranks a word in its prose;
 * - a prize "för att uppmuntra kommunernas arbete" encourages their work: it is for kommuner, no region;
 * - a funder "X (municipality)" is a municipality, whose own grant is for its own area; in a kommun's own call,
 *   "kommunen" is the funder.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { populationLimitsOf } from '../../../core/match/population-limit.ts';
import { swedenInCountryList } from '../../../core/match/signals.ts';
import { judge, region } from '../../support/applicant-judge.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({ kind: 'kommun', population: { count: 72000, source: 'test' } });
const kinds = (m: ReturnType<typeof score>) => m.blockers.map((b) => b.kind);

describe("a programme's participating countries", () => {
  it('hold Sweden, whatever examples follow', () => {
    expect(
      swedenInCountryList(['countries participating in the Creative Europe programme, including Armenia and Georgia']),
    ).toBe(true);
    expect(swedenInCountryList(['länder som deltar i Kreativa Europa'])).toBe(true);
    // Not a programme the data knows as EU-wide: no reading.
    expect(swedenInCountryList(['countries participating in the Test Initiative, including Armenia'])).not.toBe(true);
  });
});

describe('classes of a prize by size', () => {
  it('"over 100,000, and those under 100,000" is no limit', () => {
    expect(
      populationLimitsOf(['Awards for municipalities with a population over 100,000, and those under 100,000.']),
    ).toEqual([]);
    expect(
      populationLimitsOf(['municipalities with a population over 100,000', 'municipalities under 100,000']),
    ).toEqual([]);
    // One class alone is a limit.
    expect(populationLimitsOf(['Awards for municipalities with a population over 100,000.'])).toHaveLength(1);
  });
  it('shut no kommun of either size out', () => {
    const m = score(
      testCall({
        funder: 'Testkommissionen',
        title: 'Mobility awards',
        summary: 'Two categories of award, for municipalities with a population over 100,000, and those under 100,000.',
        language: 'en',
      }),
      kalmar,
    );
    expect(kinds(m)).not.toContain('population-limit');
  });
});

describe('any size admitted', () => {
  it('"regardless of population size" beside a limit for some: a doubt, no blocker', () => {
    const m = score(
      testCall({
        funder: 'Testkommissionen',
        title: 'Boost for small municipalities',
        summary:
          'Rural municipalities may apply regardless of population size. Urban municipalities may apply provided they have fewer than 20,000 inhabitants.',
        language: 'en',
      }),
      kalmar,
    );
    expect(kinds(m)).not.toContain('population-limit');
    expect(m.eligibility.applicantText.sv).toMatch(/oavsett storlek/);
  });
});

describe('a call for research', () => {
  it('"call for proposals on research projects" does not admit a kommun by the cities it studies', () => {
    const j = judge({
      funder: 'NordForsk',
      title: 'Call for proposals on research projects',
      summary:
        'The call funds research on urban life in cities of all sizes, with innovations accessible to large cities and small communities.',
      language: 'en',
    });
    expect(j.text).not.toMatch(/nämner kommuner/);
  });
});

describe('a counted group of kommuner', () => {
  it('is a group chosen already: a doubt for a kommun, none of it a region', () => {
    const over = {
      title: 'Stöd till kommuner',
      applicantTypes: ['25 kommuner med särskilda utmaningar'],
      language: 'sv' as const,
    };
    expect(judge(over).text).toMatch(/bara öppen för "25 kommuner/);
    expect(judge(over, region).verdict).toBe('not-eligible');
    // Not a count of partners.
    expect(judge({ ...over, applicantTypes: ['minst två kommuner'] }).text).not.toMatch(/bara öppen/);
  });
});

describe('places', () => {
  it('"norra Sverige" is Norrland: a kommun in Kalmar län lies outside', () => {
    const m = score(
      testCall({
        funder: 'Testverket',
        title: 'Stöd till kommuner',
        summary: 'Stödet kan sökas av kommuner inom norra Sverige som vill stärka sitt företagsklimat.',
        language: 'sv',
      }),
      kalmar,
    );
    expect(m.eligibility.area).toBe('not-eligible');
  });
  it('"kommuner i norra Sverige" places the call there, without other words of place', () => {
    const m = score(
      testCall({
        funder: 'Testverket',
        title: 'Stöd till kommuner',
        summary: 'Uppdraget är att stärka företagsklimatet i 39 kommuner i norra Sverige.',
        language: 'sv',
      }),
      kalmar,
    );
    expect(m.eligibility.area).toBe('not-eligible');
  });
  it("a basin abroad's countries hold no Sweden, where no programme area says more", () => {
    const call = (eligibleCountries: string[]) =>
      testCall({
        funder: 'Testkommissionen',
        title: 'Maritime spatial planning',
        summary: 'Support for maritime spatial plans.',
        eligibleCountries,
        language: 'en',
      });
    expect(kinds(score(call(['coastal EU Member States of the Mediterranean']), kalmar))).toContain(
      'country-not-eligible',
    );
    expect(kinds(score(call(['EU Member States']), kalmar))).not.toContain('country-not-eligible');
  });
  it("a municipality abroad named as such is the funder of its own area's grant", () => {
    const m = score(
      testCall({
        funder: 'Testbyggð (municipality)',
        title: 'Culture fund',
        summary: 'The fund supports cultural activities within the municipality.',
        language: 'en',
      }),
      kalmar,
    );
    expect(m.eligibility.areaText.sv).toMatch(/eget stöd från Testbyggð/);
    expect(m.eligibility.area).toBe('not-eligible');
  });
  it('in a kommun\'s own call, "kommunen" is the funder, no applicant', () => {
    const j = judge({
      funder: 'Teststads kommun',
      title: 'Landsbygdsmiljonen',
      summary: 'Medel ges endast till föreningar inom det område som i kommunens landsbygdsprogram är landsbygd.',
      language: 'sv',
    });
    expect(j.text).not.toMatch(/nämner kommuner/);
  });
});

describe('names and lists', () => {
  it('"Europeiska veckan för regioner och städer" names no applicants', () => {
    const a = analyse(
      testCall({
        funder: 'EU-kommissionen',
        title: 'Nominera ditt projekt',
        summary: 'Priset delas ut under den Europeiska veckan för regioner och städer i Bryssel.',
        language: 'sv',
      }),
    );
    expect(a.signals.mentioned.has('region')).toBe(false);
    expect(a.signals.mentioned.has('municipal')).toBe(false);
  });
  it("a call's own list of who applies outranks a word in its prose", () => {
    const j = judge({
      title: 'Nominera ditt projekt',
      summary: 'Priset uppmärksammar projekt som bygger klimatresistenta städer.',
      applicantTypes: ['projekt finansierade av strukturfonderna'],
      language: 'sv',
    });
    expect(j.text).toMatch(/vänder sig till "projekt finansierade av strukturfonderna"/);
  });
});

describe("a prize that encourages kommuner's work", () => {
  it('is for kommuner: a region is shut out, as by any list of kommuner', () => {
    const j = judge(
      {
        title: 'Årets testkommun',
        summary: 'Priset delas ut för att stimulera och uppmuntra kommunernas arbete med friluftsliv.',
        applicantTypes: ['kommuner'],
        language: 'sv',
      },
      region,
    );
    expect(j.verdict).toBe('not-eligible');
  });
});
