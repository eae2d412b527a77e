/**
 * Who may take part is eligibility, not a topic, as who may apply is: in a sentence listing the organisations that
 * can participate, or saying who the coordinator must be, an actor word ("public administrations", "offentlig
 * verksamhet") names a participant. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [
    { id: 'pub', label: { sv: 'Verksamhet', en: 'Services' }, weight: 1, concepts: ['public-innovation'], terms: [] },
  ],
});
const concepts = (summary: string, language: 'sv' | 'en' = 'en') =>
  score(testCall({ title: 'Call for projects', summary, language }), body).reasons.map((r) => r.conceptId);

describe('actor words in a sentence on who takes part are not the topic', () => {
  it.each([
    ['en', 'The following types of organisations can participate in projects: public administrations; NGOs; SMEs.'],
    ['en', 'Public authorities and universities may take part in the partnership.'],
    ['en', 'The coordinator must be a university working together with public authorities.'],
    ['sv', 'Koordinatorn ska vara ett lärosäte som söker tillsammans med företag eller offentlig verksamhet.'],
    ['sv', 'Offentliga aktörer och företag kan delta i projekten.'],
  ] as const)('%s: %s', (language, summary) => {
    expect(concepts(summary, language)).not.toContain('public-innovation');
  });
  it('a topic word naming actors there ("educational institutions") is one of the partners, not the topic', () => {
    const school = testProfile({
      priorities: [
        { id: 'skola', label: { sv: 'Skola', en: 'Schools' }, weight: 1, concepts: ['schools-education'], terms: [] },
      ],
    });
    const said = (summary: string) =>
      score(testCall({ title: 'Call for projects', summary }), school).reasons.map((r) => r.conceptId);
    expect(said('Organisations of these types can participate: R&D facilities and educational institutions.')).toEqual(
      [],
    );
    expect(said('Projects develop educational methods for schools and pupils.')).toContain('schools-education');
  });
  it('the same words as the subject of the call still count', () => {
    expect(concepts('The call supports innovation in public administrations and the public sector.')).toContain(
      'public-innovation',
    );
    expect(concepts('Projekten ska utveckla offentlig verksamhet och samhällsservice.', 'sv')).toContain(
      'public-innovation',
    );
  });
});

describe('who may take part makes no one eligible', () => {
  it.each([
    'The following types of organisations can participate in projects: public administrations, NGOs and SMEs.',
    'Offentliga aktörer och företag kan delta i projekten.',
  ])('%s', (summary) => {
    // The signals read only the who-may-apply sentences; the analyser reads the take-part ones for topics alone.
    const signals = analyse(testCall({ title: 'Call for projects', summary })).signals;
    expect([...signals.targeted]).toEqual([]);
    expect(signals.openToAll).toBeUndefined();
  });
});
