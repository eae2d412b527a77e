/**
 * Readings set 32's first look (blind fact-checks of a fresh set) showed wrong, each as a general rule. Sentences
 * written for this test from how funders generally write, none copied from a set's page:
 * - a text that opens on a counted group ("The 12 approved networks are looking for new partners") names that group,
 *   not the whole text, and a group taking in new members is no closed group;
 * - a sector after persons ("unga ledare inom näringslivet") is where they work: it names no company applicant;
 * - a word in the title of a listed document ("Annex 2 – Environmental information") names a form, not a topic;
 * - "länets kommuner" are bodies in a place, not regional development; a website's "documents library" is no
 *   library, and the EU's "strategies for growth and jobs" or "competitiveness of Europe" frame a call without being its topic.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { chosenEarlierIn } from '../../../core/match/who-wording.ts';
import { judge } from '../../support/applicant-judge.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

describe('a counted group at the start of the text', () => {
  it('that takes in new partners is open to them', () => {
    const summary =
      'The 12 networks approved in March are looking for new partners to join their work on urban mobility. ' +
      'Who can be a partner? Cities, regions and other public bodies.';
    expect(chosenEarlierIn(summary, false)).toBeUndefined();
    const v = judge({ summary, applicantTypes: ['Cities', 'Regions', 'Equivalent public bodies'] });
    expect(v.verdict).toBe('eligible');
  });
  it('that is closed is named by its own words, not by the whole text', () => {
    const summary = 'The four regional partnerships will receive support in 2026. Each develops a plan for its area.';
    expect(chosenEarlierIn(summary, false)?.said).toBe('The four regional partnerships');
  });
  it('is still the group when it is a list entry', () => {
    expect(chosenEarlierIn('the four green partnerships: A, B, C and D')?.kind).toBe('formed');
  });
});

describe('a sector after persons', () => {
  it('names where they work, not companies who apply', () => {
    const v = judge({
      language: 'sv',
      title: 'Projektstöd',
      summary:
        'Fonden stöder projekt som skapas av och för unga. Fonden driver också ett ledarprogram. Det vänder sig ' +
        'till unga ledare inom näringslivet i Sverige och Norge.',
      applicantTypes: ['unga människor (under 30 år)'],
    });
    expect(v.verdict).not.toBe('not-eligible');
  });
  it('leaves companies named as the actors who apply', () => {
    const v = judge({
      language: 'sv',
      title: 'Stöd till innovation',
      summary: 'Stödet riktar sig till företag inom tillverkningsindustrin.',
    });
    expect(v.verdict).toBe('not-eligible');
  });
});

describe('words that frame a call, not its topic', () => {
  const regional = testProfile({ priorities: [testPriority('regional', ['regional-development'])] });
  const culture = testProfile({ priorities: [testPriority('kultur', ['culture-heritage'])] });
  const business = testProfile({ priorities: [testPriority('naringsliv', ['business-development'])] });
  const conceptsOf = (m: ReturnType<typeof score>) => m.reasons.map((r) => r.conceptId);

  it('"länets kommuner" name bodies in a place', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Stöd till lovaktiviteter',
        summary: 'Regionen erbjuder länets kommuner stöd till kulturaktiviteter för barn under skollov.',
      }),
      regional,
    );
    expect(conceptsOf(m)).not.toContain('regional-development');
    const development = score(
      testCall({ language: 'sv', title: 'Stöd till utveckling i länet', summary: 'Stödet gäller projekt i länet.' }),
      regional,
    );
    expect(conceptsOf(development)).toContain('regional-development');
  });
  it("a website's documents library is no library", () => {
    const m = score(
      testCall({
        title: 'Second call for proposals',
        summary:
          'The call is open for projects on flood risk. All forms are in the Documents Library section of the website.',
      }),
      culture,
    );
    expect(conceptsOf(m)).not.toContain('culture-heritage');
  });
  it("a listed document's title names a form, not a topic", () => {
    const green = testProfile({ priorities: [testPriority('miljo', ['green-transition'])] });
    const listed = score(
      testCall({
        title: 'Second call for applications',
        summary:
          'The call for transport projects is open. The materials are: Application Form; Annex 1 – Indicators; ' +
          'Annex 2 – Environmental information; Bilaga 3: Miljöbedömning.',
      }),
      green,
    );
    expect(conceptsOf(listed)).not.toContain('green-transition');
    const topic = score(
      testCall({
        title: 'Second call for applications',
        summary: 'The call funds environmental projects. Annex 1 – Budget.',
      }),
      green,
    );
    expect(conceptsOf(topic)).toContain('green-transition');
  });
  it('the EU strategy for growth and jobs is a frame', () => {
    const m = score(
      testCall({
        title: 'Interregional cooperation: second call',
        summary:
          'Regional authorities play a role in the EU strategies for growth and jobs. The programme contributes to ' +
          'the competitiveness of Europe by exchanging experience on waste water and flood risk.',
      }),
      business,
    );
    expect(conceptsOf(m)).not.toContain('business-development');
  });
  it('growth of companies is still the topic', () => {
    const m = score(
      testCall({
        title: 'Support for the growth of small companies',
        summary: 'The call funds business development and growth in small and medium-sized enterprises.',
      }),
      business,
    );
    expect(conceptsOf(m)).toContain('business-development');
  });
});
