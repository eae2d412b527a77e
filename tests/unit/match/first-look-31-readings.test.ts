/**
 * Readings set 31's first look (blind fact-checks of a fresh set) showed wrong, each as a general rule. Sentences
 * written for this test from how funders generally write, none copied from a set's page:
 * - a working group's or a panel's name ("the Nordic Working Group for Chemicals, Environment and Health") says who
 *   funds, not what the call is about — in a title as in running text;
 * - "Sveriges myndigheter" are the state's agencies: a call for them, naming "myndigheter" bare after, is no call
 *   for kommuner;
 * - a list of applicants naming only cities makes a call a programme for cities, and the concept it counts for says
 *   so: "cooperation between cities and programmes for cities", not cooperation alone.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../../core/match/concepts.ts';
import { score } from '../../../core/match/index.ts';
import { inBodyNameAt } from '../../../core/text/in-name.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const health = testProfile({ priorities: [testPriority('halsa', ['health-care'])] });
const cities = testProfile({ priorities: [testPriority('stader', ['city-cooperation'])] });
const climate = testProfile({ priorities: [testPriority('klimat', ['climate-adaptation'])] });

describe("a working group's name", () => {
  it('is a body name', () => {
    const text = 'Funding from the Nordic Working Group for Forests, Soil and Health is open.';
    const at = text.indexOf('Health');
    expect(inBodyNameAt(text, at, at + 'Health'.length)).toBe(true);
    const panel = 'Grants of the Expert Panel on Water and Health';
    expect(inBodyNameAt(panel, panel.indexOf('Health'), panel.indexOf('Health') + 6)).toBe(true);
  });
  it('is no topic in the title either', () => {
    const m = score(
      testCall({
        title: 'Project funding 2025 from the Nordic Working Group for Forests, Soil and Health (NFSH)',
        summary: 'The group funds Nordic projects on soil sealing and forest monitoring methods.',
      }),
      health,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'health-care')).toEqual([]);
  });
  it('leaves a title about health itself as it was', () => {
    const m = score(
      testCall({
        title: 'Call for projects on mental health in the Nordic countries',
        summary: 'Projects improve mental health services for young people.',
      }),
      health,
    );
    expect(m.reasons.some((r) => r.conceptId === 'health-care')).toBe(true);
  });
});

describe("Sweden's agencies", () => {
  it('are state agencies, not kommuner', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Myndigheter kan söka medel för klimatanpassning',
        summary:
          'Sveriges myndigheter har en viktig roll i klimatanpassningen. Nu kan myndigheterna söka medel för att ' +
          'ta fram handlingsplaner för klimatanpassning.',
        applicantTypes: ['myndigheter'],
      }),
      climate,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(m.eligibility.applicantText.sv).toContain('statliga myndigheter');
  });
  it('leave a call for public authorities at large open', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Medel för klimatanpassning',
        summary: 'Offentliga myndigheter, kommuner och regioner kan söka medel för klimatanpassning.',
        applicantTypes: ['myndigheter'],
      }),
      climate,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
});

describe('a call for cities', () => {
  it('counts for the concept of programmes for cities, and says so', () => {
    const concept = CONCEPTS.find((c) => c.id === 'city-cooperation');
    expect(concept?.label.en).toContain('programmes for cities');
    expect(concept?.label.sv).toContain('program för städer');
    const m = score(
      testCall({
        title: 'Innovative actions: fifth call',
        summary: 'The initiative gives urban authorities space to test new ideas for sustainable urban development.',
        applicantTypes: ['urban authorities'],
      }),
      cities,
    );
    const reason = m.reasons.find((r) => r.conceptId === 'city-cooperation');
    expect(reason?.evidence.map((e) => e.quote)).toContain('urban authorities');
  });
});
