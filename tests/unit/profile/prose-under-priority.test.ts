/**
 * The prose under a priority's own heading says what that priority holds: the built-in profiles quote it as
 * stated (Linköping's "omvärldsbevakning och påverkan": "…skapas allianser med … nätverk och städer"), and so does
 * the document builder, whether or not the sentence says "ska". Not every concept in it: kinds of actor name whom
 * the work is done with, general concepts how any work is done; and where a list item states the concept too, the
 * list item is the passage quoted. Synthetic text only.
 */
import { describe, expect, it } from 'vitest';
import { buildProfileFromText } from '../../../core/profile/from-document.ts';
import { readStructure } from '../../../core/profile/structure.ts';

const DOC = [
  'Strategi för internationellt arbete i Exempelby kommun',
  '',
  '2 Övergripande inriktning',
  '',
  'Insatser ska planeras och genomföras inom två prioriterade områden:',
  '',
  '- samhällsplanering och påverkan,',
  '- kompetensförsörjning',
  '',
  'Samhällsplanering och påverkan',
  '',
  'För ett starkt påverkansarbete byggs allianser med organisationer, nätverk och städer. Samarbeten med andra aktörer i länet: näringsliv, akademin och civilsamhället.',
  '',
  'Kompetensförsörjning',
  '',
  'Kommunens arbete med kompetensförsörjning sker i samverkan med arbetsgivare.',
  '',
  '3 Uppföljning',
  '',
  'Arbetet följs upp årligen i nätverk och städer.',
].join('\n');

const profile = buildProfileFromText(DOC, { lan: 'ostergotland', kind: 'kommun' });
const byConcept = (id: string) => profile.priorities.find((p) => p.concepts.includes(id));

describe('prose under a priority heading', () => {
  it('is marked as standing under that heading, up to the next heading', () => {
    const prose = readStructure(DOC).filter((l) => l.role === 'prose');
    const under = (start: string) => prose.find((l) => l.text.startsWith(start))?.underStated === true;
    expect(under('För ett starkt påverkansarbete')).toBe(true);
    expect(under('Kommunens arbete med kompetensförsörjning')).toBe(true);
    expect(under('Arbetet följs upp')).toBe(false);
    expect(under('Insatser ska planeras')).toBe(false);
  });

  it('states the topics it names, without a word of what the body shall do', () => {
    expect(byConcept('city-cooperation')?.source).toMatchObject({
      basis: 'stated',
      passage: expect.stringContaining('allianser med organisationer, nätverk och städer'),
    });
    expect(byConcept('city-cooperation')?.weight).toBe(1.2);
  });

  it('does not state the kinds of actor it names as those the work is done with', () => {
    expect(byConcept('civil-society')?.source?.basis ?? 'absent').not.toBe('stated');
  });

  it('leaves the list item that states a concept as the passage quoted for it', () => {
    expect(byConcept('skills-supply')?.source).toMatchObject({ basis: 'stated', passage: 'kompetensförsörjning' });
  });
});
