/**
 * A strategy's words are read in the lexicon's senses, as a call's are (`otherSenses`, `excludeWords`), and a
 * priority holds only what the text puts at its weight. Sentences written for this test, after how Swedish public
 * bodies generally write their strategies:
 * - "ett kompetenscentrum", "människor från olika kulturer", "medlemsavgift, resor och arvode", "ett värdefullt
 *   utbyte mellan kommunerna" name a centre, whom people meet, travel costs and an exchange between colleagues,
 *   not skills, culture, transport or learning mobility; an exchange of pupils and young people stays a learning
 *   exchange;
 * - "främsta geografiska fokus", "huvudsakliga tematiska fokus" set what follows first, as "främsta fokus" does;
 * - a related area named only as an example does not ride along with a listed goal at the goal's weight.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { buildProfileFromText, conceptEvidence } from '../../../core/profile/from-document.ts';

const evidence = (text: string) => conceptEvidence(`Internationell strategi för Exempelby kommun\n\n${text}\n`);
const strengthOf = (text: string, concept: string) => evidence(text).strength[CONCEPT_INDEX.get(concept)!];
const basisOf = (text: string, concept: string) => evidence(text).basis.get(CONCEPT_INDEX.get(concept)!)?.basis;

describe('words in another sense are no evidence in a strategy', () => {
  const rejected: [string, string][] = [
    ['Kommunen ska bygga upp ett kompetenscentrum för EU-frågor.', 'skills-supply'],
    ['Samarbetet ska öka förståelsen mellan människor från olika kulturer.', 'culture-heritage'],
    ['Kostnaderna uppskattas till 60 000 kronor, inkl. medlemsavgift, resor och arvode.', 'mobility-transport'],
    ['Nätverket ger ett värdefullt utbyte mellan kommunerna.', 'mobility-exchange'],
    ['Kommunen ska hitta rätt nätverk och kontakter.', 'human-rights'],
  ];
  for (const [sentence, concept] of rejected) {
    it(`"${sentence}" is not ${concept}`, () => {
      expect(strengthOf(sentence, concept)).toBe(0);
    });
  }

  it('an exchange of pupils and young people stays a learning exchange', () => {
    expect(
      strengthOf(
        'Kommunen ska bidra till ett ökat kulturellt utbyte bland skolelever och ungdomar.',
        'mobility-exchange',
      ),
    ).toBeGreaterThan(0);
  });

  it('the same words in their own sense still count', () => {
    expect(strengthOf('Kommunen ska satsa på kompetensförsörjning.', 'skills-supply')).toBeGreaterThan(0);
    expect(strengthOf('Kommunen ska stödja kulturarvet och kulturlivet.', 'culture-heritage')).toBeGreaterThan(0);
    expect(strengthOf('Kommunen ska utveckla kollektivtrafiken.', 'mobility-transport')).toBeGreaterThan(0);
  });
});

describe('emphasis with a word between', () => {
  it('"främsta geografiska fokus" sets what follows first', () => {
    const text = 'Den baltiska ringen utgör kommunens främsta geografiska fokus för vänortsrelationer.';
    expect(basisOf(text, 'town-twinning')).toBe('emphasised');
  });
  it('"huvudsakliga tematiska fokus" does too', () => {
    expect(basisOf('Kommunens huvudsakliga tematiska fokus är vänortssamarbetet.', 'town-twinning')).toBe('emphasised');
  });
});

describe('a related area named apart from a priority', () => {
  // Enough words that a single mention is no priority of its own (a long document), none of them a topic.
  const filler = Array.from({ length: 120 }, () => 'Arbetet följs upp varje år av styrelsen.').join(' ');
  const strategy = (lines: string[]) =>
    buildProfileFromText(['Internationell strategi för Exempelby kommun', '', ...lines, '', filler].join('\n'), {
      lan: 'norrbotten',
    });
  const marketing = (lines: string[]) =>
    strategy(lines).priorities.find((p) => p.concepts.includes('place-marketing'))?.concepts ?? [];

  it('named only as an example, does not take the weight of a listed goal', () => {
    const concepts = marketing([
      'Prioriterade områden',
      '',
      'Kommunen ska prioritera:',
      '',
      '- marknadsföring av kommunen internationellt',
      '',
      'Föreningar kan få stöd för sina projektidéer, exempelvis inom kulturen.',
    ]);
    expect(concepts).toContain('place-marketing');
    expect(concepts).not.toContain('culture-heritage');
  });

  it('put as strongly as the priority, rides along with it', () => {
    const concepts = marketing([
      'Kommunen ska marknadsföra kommunen internationellt.',
      '',
      'Kommunen ska också bidra till marknadsföring av kommunen i andra länder.',
      '',
      'Kommunen ska stödja kulturen.',
    ]);
    expect(concepts).toContain('place-marketing');
    expect(concepts).toContain('culture-heritage');
  });
});
