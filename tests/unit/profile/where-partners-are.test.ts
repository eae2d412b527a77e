/**
 * A place where the strategy says the body's cooperation lies above all is named (weight-rule.ts), even in a
 * description of past work; a topic said the same way, or a place only mentioned, is not. Synthetic strategies.
 */
import { describe, expect, it } from 'vitest';
import { draftProfileFromText } from '../../../core/profile/from-document.ts';
import { basisOfMention, type MentionPlace } from '../../../core/profile/weight-rule.ts';
import { fold } from '../../../core/text/fold.ts';

const described: MentionPlace = {
  sentence: '',
  before: '',
  stated: false,
  listed: false,
  section: 'neutral',
  naming: false,
  describing: true,
};
const basis = (before: string, place = true) =>
  basisOfMention({ ...described, sentence: fold(before.toLowerCase()), before: fold(before.toLowerCase()), place });

const doc = (partners: string) =>
  [
    'Internationell strategi för Sjöby kommun',
    '',
    'Sjöby kommun ligger i Västerbottens län.',
    '',
    'Nuläge',
    '',
    `Under förra perioden deltog kommunen i ett tiotal projekt. ${partners}`,
    '',
    'Prioriterade områden',
    '',
    'Kommunen ska arbeta inom följande områden:',
    '- klimatanpassning',
    '- integration av nyanlända',
  ].join('\n');

const placeWeight = (text: string) =>
  draftProfileFromText(text).profile.priorities.find((p) => p.concepts.includes('baltic-sea'))?.weight;

describe('where the body’s partners are', () => {
  it('names a place its cooperation lies in above all, in Swedish and English', () => {
    expect(basis('kommunen har samarbetat med ett trettiotal organisationer i framförallt ')).toBe('named');
    expect(basis('samarbetet har främst skett i ')).toBe('named');
    expect(basis('our partners are mainly around the ')).toBe('named');
    expect(basis('projects were carried out above all in ')).toBe('named');
  });
  it('leaves a place only mentioned without it, and a topic said first the same way', () => {
    expect(basis('kommunen har samarbetat med organisationer i ')).toBe('mentioned');
    expect(basis('kommunen har samarbetat med organisationer i framförallt ', false)).toBe('mentioned');
  });
  it('weighs the place as named in a drafted profile, and as mentioned without "above all"', () => {
    expect(placeWeight(doc('Vi har samarbetat med organisationer i framförallt Östersjöområdet.'))).toBe(1);
    expect(placeWeight(doc('Vi har samarbetat med organisationer i Östersjöområdet.'))).toBe(0.7);
  });
});
