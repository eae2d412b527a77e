/**
 * Two readings of a strategy's words. General words for education and learning ("utbildningar", "lärande") are the
 * school sector only when their sentence names it; otherwise they are what the body's own staff and organisation
 * learn. And a related area the text does not make a priority of its own goes with the areas it is named with
 * (pupils on an exchange go with the exchange, not with the skills priority next to it). Synthetic text only.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { buildProfileFromText, conceptEvidence } from '../../../core/profile/from-document.ts';

const strengthOf = (text: string, concept: string) => conceptEvidence(text).strength[CONCEPT_INDEX.get(concept)!];

describe('education and learning in general words', () => {
  it('are no school-sector evidence when said of staff or of the organisation', () => {
    expect(
      strengthOf(
        'Verksamheterna arbetar för ett brett deltagande för medarbetare i projekt och utbildningar.',
        'schools-education',
      ),
    ).toBe(0);
    expect(
      strengthOf('Projekten ger möjligheter för såväl lärande som extern finansiering.', 'schools-education'),
    ).toBe(0);
    expect(strengthOf('Staff take part in projects and training.', 'schools-education')).toBe(0);
  });

  it('are school-sector evidence when the sentence names schools, pupils or teachers', () => {
    expect(strengthOf('Kommunen ska stödja utbildning och lärande i skolan.', 'schools-education')).toBeGreaterThan(0);
    expect(strengthOf('Lärare och elever ska få del av utbildningar.', 'schools-education')).toBeGreaterThan(0);
    expect(strengthOf('The programme supports learning for pupils and teachers.', 'schools-education')).toBeGreaterThan(
      0,
    );
  });
});

describe('a related area that is no priority of its own', () => {
  // Enough words that a single mention is no priority of its own (a long document), none of them a topic.
  const filler = Array.from({ length: 120 }, () => 'Arbetet följs upp varje år av styrelsen.').join(' ');
  const text = [
    'Internationell strategi för Exempelby kommun',
    '',
    'Prioriterade områden',
    '',
    'Kommunen ska prioritera:',
    '',
    '- kompetensförsörjning och kompetensutveckling',
    '- internationella utbyten och ungdomsutbyten',
    '',
    'Kommunen ska stärka kompetensförsörjningen genom att attrahera talanger och arbeta med kompetensutveckling.',
    '',
    'Kommunen ska också bidra till ett ökat kulturellt utbyte bland skolelever och ungdomar.',
    '',
    filler,
  ].join('\n');

  it('goes with the priority the text names it with, not with every related priority', () => {
    const { priorities } = buildProfileFromText(text, { lan: 'kalmar' });
    const withSchools = priorities.filter((p) => p.concepts.includes('schools-education')).map((p) => p.concepts[0]);
    const exchange = priorities.find((p) => p.concepts.includes('mobility-exchange'));
    const skills = priorities.find((p) => p.concepts.includes('skills-supply'));
    expect(exchange && skills && exchange !== skills).toBe(true);
    expect(exchange?.concepts).toContain('schools-education');
    expect(skills?.concepts).not.toContain('schools-education');
    expect(withSchools).toHaveLength(1);
  });
});
