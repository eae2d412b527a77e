/**
 * What a strategy says of others is not what it sets itself. Synthetic text only, after how Swedish strategies
 * generally write (the rules read cue words and layout, never a particular document's sentences):
 * - other bodies' priorities ("i linje med EU:s och SKR:s prioriteringar", "regeringens strategiska mål", another
 *   region's focus areas) are theirs, not one of the strategy's listed priorities;
 * - an annex of rules or conduct, the administration and a background description set nothing first for the body
 *   ("bör i första hand … väljas"), while an annex that is the strategy itself is read as the strategy;
 * - a kommun's own region stays its funder wherever the text names it.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { buildProfileFromText, conceptEvidence } from '../../../core/profile/from-document.ts';
import { readStructure, sectionOf } from '../../../core/profile/structure.ts';

const HEAD = ['Internationell strategi för Exempelby kommun', '', 'Exempelby kommun arbetar internationellt.', ''];
const basisOf = (lines: string[], concept: string) =>
  conceptEvidence([...HEAD, ...lines].join('\n')).basis.get(CONCEPT_INDEX.get(concept)!)?.basis;

describe("other bodies' priorities", () => {
  const others = [
    'Kommunen ska arbeta med kulturarv i linje med EU:s och SKR:s prioriteringar.',
    'Kommunen ska arbeta med kulturarv utifrån regeringens strategiska mål.',
    'Kommunen ska arbeta med kulturarv, som är ett av Region Grannlands fokusområden.',
    'Kommunen ska arbeta med kulturarv i enlighet med de nationella prioriteringarna.',
    'The municipality will work on cultural heritage in line with the priority areas of the EU.',
    "The municipality will work on cultural heritage, one of the Commission's priority areas.",
  ];
  for (const s of others)
    it(`"${s}" names the work, it does not list it among the strategy's priorities`, () =>
      expect(basisOf([s], 'culture-heritage')).toBe('named'));

  const own = [
    'Kulturarv är ett av kommunens prioriterade områden.',
    'Kulturarv är ett av Exempelby kommuns fokusområden.',
    "Cultural heritage is one of the municipality's priority areas.",
  ];
  for (const s of own) it(`"${s}" states it`, () => expect(basisOf([s], 'culture-heritage')).toBe('stated'));

  it("another body's emphasis is no emphasis of the strategy's", () => {
    expect(basisOf(['Kommunen ska arbeta med kulturarv, som är EU:s högsta prioritet.'], 'culture-heritage')).toBe(
      'named',
    );
    expect(basisOf(['Kommunen ska ge kulturarv högsta prioritet.'], 'culture-heritage')).toBe('emphasised');
  });
});

describe('annexes, administration and background', () => {
  const conduct = [
    'Bilaga 1. Uppförandekod vid internationella samarbeten',
    '',
    'Vid val av lokal för utländska besökare bör i första hand kommunens egna restauranger och konferensanläggningar väljas.',
  ];
  const strategyAnnex = [
    'Bilaga 1. Strategi för internationellt arbete',
    '',
    'Kommunens internationella arbete ska i första hand inriktas på klimatanpassning.',
  ];

  it('tells an annex that is the strategy from an annex of rules, conduct or lists', () => {
    expect(sectionOf('Bilaga 1. Strategi för internationellt arbete')).toBe('neutral');
    expect(sectionOf('Bilaga 1; Förslag till program för internationellt arbete')).toBe('neutral');
    expect(sectionOf('Annex 1: International strategy 2025–2030')).toBe('neutral');
    expect(sectionOf('Bilaga 1. Uppförandekod vid internationella samarbeten')).toBe('background');
    expect(sectionOf('Bilaga 2. Specifikation av regionens strategier')).toBe('background');
    expect(sectionOf('Bilaga 3. Förteckning över regionens nätverk')).toBe('background');
  });

  it('reads what an annex of conduct sets first as no priority of the body', () => {
    expect(basisOf(conduct, 'tourism')).toBe('mentioned');
    const p = buildProfileFromText([...HEAD, ...conduct].join('\n'), { lan: 'kalmar' });
    expect(p.priorities.filter((x) => x.concepts.includes('tourism')).map((x) => x.weight)).not.toContain(1.5);
  });

  it('reads an annex that is the strategy as the strategy', () => {
    expect(basisOf(strategyAnnex, 'climate-adaptation')).toBe('emphasised');
  });

  it('sets nothing first in the administration', () => {
    const admin = ['Organisation och ansvar', '', 'Kommunstyrelsen ska särskilt prioritera uppföljning av turismen.'];
    expect(basisOf(admin, 'tourism')).toBe('mentioned');
  });

  it('reads emphasis in a description of how things are or were as none, commitments there as named', () => {
    const background = [
      'Bakgrund',
      '',
      'Tidigare låg fokus i första hand på turism.',
      '',
      'Kommunen ska fortsätta arbeta med klimatanpassning.',
    ];
    expect(readStructure([...HEAD, ...background].join('\n')).at(-1)?.describing).toBe(true);
    expect(basisOf(background, 'tourism')).toBe('mentioned');
    expect(basisOf(background, 'climate-adaptation')).toBe('named');
    // The same emphasis in the strategy's own words, under a heading of its own, comes first.
    expect(basisOf(['Inriktning', '', 'Fokus ska i första hand ligga på turism.'], 'tourism')).toBe('emphasised');
  });
});

describe("a kommun's own region", () => {
  const funders = (text: string) =>
    buildProfileFromText(`${HEAD.join('\n')}Kommunen ska särskilt prioritera klimatanpassning.\n${text}\n`, {
      lan: 'blekinge',
    }).preferredFunders;

  it('is a funder it applies to, named for money or as a partner (kommuner apply for its development funds)', () => {
    expect(funders('Projekt ska söka medel från Region Blekinge och andra finansiärer.')).toContain('region-blekinge');
    expect(funders('Regional samverkan ska stärkas genom samarbete med Region Blekinge.')).toContain('region-blekinge');
  });
});
