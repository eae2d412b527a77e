/**
 * Who-may-apply wording probe 10's fresh pages showed read wrongly, each as a general rule. Sentences written for
 * this test from how funders generally write:
 * - money that may not fund a body's ordinary work ("ordinarie åtgärder inom statlig eller kommunal verksamhet",
 *   "föreningars ordinarie verksamhet") refuses that work, not the body;
 * - holders of projects already running ("projektägare till pågående projekt", "projektägare som redan driver
 *   projekt") are a group a body belongs to or not, which the call cannot say;
 * - one kommun by its name ("Nora kommun") or a list joined by "och/eller" is a place, not the class of kommuner;
 * - "target recipient type" says who receives the grant; an entry that is a Swedish state agency's name
 *   ("Migrationsverket") is the state's; "young professionals" apply for themselves (relabel 29).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { CONCEPTS } from '../../../core/match/concepts.ts';
import { namedMunicipalitiesAt } from '../../../core/match/named-municipalities.ts';
import { judge, region } from '../../support/applicant-judge.ts';
import { testCall } from '../../support/test-call.ts';

describe("a body's ordinary work", () => {
  it('is what the money may not fund, not who may apply', () => {
    const j = judge({
      summary:
        'Medlen kan inte användas till att finansiera ordinarie åtgärder inom statlig eller kommunal verksamhet. Sökande kan vara offentliga förvaltningar, föreningar eller organisationer.',
      language: 'sv',
    });
    expect(j.blockers).toEqual([]);
    expect(j.verdict).toBe('eligible');
  });
  it("an association's ordinary work, in the genitive, refuses no association", () => {
    const a = analyse(
      testCall({
        summary: 'Bidrag beviljas normalt ej till föreningars eller organisationers ordinarie verksamhet.',
        language: 'sv',
      }),
    );
    expect([...(a.signals.excluded ?? [])]).toEqual([]);
  });
  it('a refusal of the body still refuses', () => {
    expect(judge({ summary: 'Kommuner kan inte söka. Föreningar kan söka.', language: 'sv' }).verdict).toBe(
      'not-eligible',
    );
  });
});

describe('holders of projects already running', () => {
  it('are a group the call cannot place a body in', () => {
    for (const over of [
      {
        summary:
          'Nu kan projektägare som redan driver projekt inom programmet söka ytterligare stöd för att förlänga sina projekt.',
      },
      {
        summary: 'Följande aktörer kan söka stöd: projektägare till pågående projekt inom programmet.',
        applicantTypes: ['projektägare till pågående projekt inom programmet'],
      },
    ]) {
      const j = judge({ ...over, language: 'sv' });
      expect(j.verdict, over.summary).toBe('unknown');
      expect(j.text, over.summary).toMatch(/redan deltar/);
    }
  });
});

describe('kommuner by their names', () => {
  const at = (text: string, word = 'kommun') => namedMunicipalitiesAt(text, text.lastIndexOf(word));
  it('one kommun, or a list joined by "och/eller", is a place', () => {
    expect(at('Området är huvudsakligen Lindesbergs kommun och Nora kommun.')).toBe(true);
    expect(at('Alla med anknytning till Lindesbergs, Nora och/eller Storfors kommun kan söka.')).toBe(true);
  });
  it('the class stays the class', () => {
    expect(at('Kommun och region kan söka.', 'Kommun')).toBe(false);
    expect(at('Only Nordic municipalities may apply.', 'municipalities')).toBe(false);
  });
  it('a list of applicants naming only such places names no kommun as applicant', () => {
    const j = judge(
      {
        summary: 'Vem kan söka? Alla med anknytning till Lindesbergs, Nora och/eller Storfors kommun.',
        applicantTypes: ['alla med anknytning till Lindesbergs, Nora och/eller Storfors kommun'],
        language: 'sv',
      },
      region,
    );
    expect(j.applicantBlockers).toEqual([]);
  });
});

describe('who receives the grant, and a state agency by its name', () => {
  it('"target recipient type" says who, not what the call is about', () => {
    const a = analyse(
      testCall({
        title: 'Environment governance',
        summary:
          'Projects on environmental compliance. Target recipient type and size: legal entities of any size, including public administrations, private companies and civil society organisations.',
        language: 'en',
      }),
    );
    const publicInnovation = CONCEPTS.findIndex((c) => c.id === 'public-innovation');
    expect(a.tf[publicInnovation]).toBe(0);
  });
  it('a list naming only a state agency is for the state', () => {
    const j = judge({
      summary: 'Utlysningen, som endast är öppen för Migrationsverket, gäller utvecklingsprojekt.',
      applicantTypes: ['Migrationsverket'],
      language: 'sv',
    });
    expect(j.applicantBlockers).toEqual(['Utlysningen vänder sig bara till statliga myndigheter.']);
  });
});

describe('young professionals', () => {
  it('are persons applying for themselves', () => {
    const j = judge({
      summary: 'Are you a young professional? Apply to the summer academy.',
      applicantTypes: ['young professionals'],
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual(['Utlysningen vänder sig till enskilda personer, inte till organisationer.']);
  });
});
