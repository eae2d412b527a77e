/**
 * Readings probe 12's fresh pages (Swedish regional and national calls, their places stated in varied ways) showed
 * wrong, each as a general rule. Sentences written for this test from how funders generally write:
 * - a region's own call that shuts no one out by where they live ("Vi utesluter inte sökande som bor utanför
 *   Sverige", "oavsett var du bor") is not limited to the region's län;
 * - money that must be spent in a län ("minst 35 000 kronor måste spenderas i Västra Götaland") makes the call that
 *   län's, with or without the word "län";
 * - young people by their age ("unga mellan 13–25 år") apply themselves;
 * - kommuner listed with "&" ("Eslöv, Hörby & Höörs kommun") are places;
 * - "människohandel" (human trafficking) is no trade;
 * - a landskap named as the call's area ("inom ett område bestämt till Småland", "anknytning till Tornedalen", a
 *   title's "i Hälsingland") limits it to the län it lies in (lan.json `landscapes`); named in passing or inside a
 *   name ("Småland-Blekinge-Hallands kontor", "Leader Linné Småland") it does not, and "företrädesvis Jönköpings län"
 *   is a preference, not the limit.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { CONCEPTS } from '../../../core/match/concepts.ts';
import { score } from '../../../core/match/index.ts';
import { municipalAreaIn } from '../../../core/match/named-municipalities.ts';
import { textArea } from '../../../core/match/where-text.ts';
import { judge } from '../../support/applicant-judge.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

describe("a region's call open to those living elsewhere", () => {
  const call = (summary: string) =>
    testCall({ funder: 'Region Dalarna', title: 'Residens för konstnärer', summary, language: 'sv' });
  const blekinge = testProfile({ kind: 'kommun', lan: 'blekinge' });
  it('is not limited to its län', () => {
    for (const summary of [
      'Nu kan konstnärer söka residens. Vi utesluter inte sökande som bor utanför Sverige.',
      'Residenset kan sökas oavsett var du bor.',
    ]) {
      expect(score(call(summary), blekinge).eligibility.area, summary).not.toBe('not-eligible');
    }
  });
  it('a call saying nothing of it stays the region’s', () => {
    expect(score(call('Nu kan konstnärer söka residens.'), blekinge).eligibility.area).toBe('not-eligible');
  });
});

describe('money that must be spent in a län', () => {
  it('makes the call that län’s', () => {
    expect(textArea('Talent to Watch', 'Minst 35 000 kronor måste spenderas i Västra Götaland.')?.lan).toEqual([
      'vastra-gotaland',
    ]);
    expect(textArea('Film fund', 'The grant must be spent in Skåne.')?.lan).toEqual(['skane']);
  });
  it('spending named without a län sets no area', () => {
    expect(textArea('Film fund', 'Minst hälften måste spenderas på manusarbete.')).toBeUndefined();
  });
});

describe('young people by their age', () => {
  it('apply themselves', () => {
    const j = judge({
      summary: 'Unga kan söka upp till 25 000 kr för att genomföra ett projekt.',
      applicantTypes: ['unga mellan 13-25 år'],
      language: 'sv',
    });
    expect(j.applicantBlockers).toEqual(['Utlysningen vänder sig till enskilda personer, inte till organisationer.']);
  });
});

describe('kommuner listed with "&"', () => {
  it('make the area a sentence says the call is for', () => {
    expect(municipalAreaIn('Vårt område omfattar Eslöv, Hörby & Höör kommuner.')?.names).toEqual([
      'Eslöv',
      'Hörby',
      'Höör',
    ]);
  });
});

describe('"människohandel"', () => {
  it('is no trade', () => {
    const a = analyse(
      testCall({
        title: 'Statsbidrag för våldsförebyggande arbete',
        summary: 'Bidrag till arbete mot prostitution och människohandel för sexuella ändamål.',
        language: 'sv',
      }),
    );
    expect(a.tf[CONCEPTS.findIndex((c) => c.id === 'business-development')]).toBe(0);
  });
});

describe('a landskap as the call’s area', () => {
  it('limits the call to the län it lies in', () => {
    const cases: [string, string, string[]][] = [
      [
        'Ansökan om stöd',
        'Stiftelsen lämnar bidrag inom ett geografiskt område bestämt till Småland, företrädesvis Jönköpings län.',
        ['jonkoping', 'kronoberg', 'kalmar'],
      ],
      [
        'Kulturstipendier',
        'Stipendier kan sökas av dem vars verksamhet har anknytning till Tornedalen.',
        ['norrbotten'],
      ],
      ['Kulturstöd i Hälsingland', 'Stöd till kultur.', ['gavleborg']],
    ];
    for (const [title, summary, lan] of cases) expect(textArea(title, summary)?.lan, summary).toEqual(lan);
  });
  it('named in passing or inside a name, does not', () => {
    for (const [title, summary] of [
      ['Kulturstöd', 'Kalmar är en stad i Småland. Projekt om kultur.'],
      ['LIFE 2018', 'Flera av Småland-Blekinge-Hallands huvudmän arbetar inom området.'],
      ['Leader', 'Leader Linné Småland has three goals for the region.'],
    ]) {
      expect(textArea(title, summary), summary).toBeUndefined();
    }
  });
});
