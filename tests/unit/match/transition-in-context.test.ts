/**
 * "Omställning" alone is any change of course: a labour market's, a workforce's, a digital one. It is the green
 * transition only beside a word of climate, energy or the environment in its sentence ("omställning till ett
 * fossilfritt samhälle"), never in "den digitala omställningen" or "förmågan till omställning" of a workforce.
 * Sentences written for this test, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = (): Profile =>
  testProfile({ lan: 'blekinge', priorities: [testPriority('hallbar', ['green-transition'])] });
const concepts = (summary: string) =>
  score(testCall({ funder: 'Testfonden', title: 'Projektstöd 2027', language: 'sv', summary }), body()).reasons.map(
    (r) => r.conceptId,
  );

describe('omställning in context', () => {
  it('a workforce’s or a digital change of course is not the green transition', () => {
    expect(concepts('Insatser som stärker de anställdas förmåga till omställning på arbetsmarknaden.')).not.toContain(
      'green-transition',
    );
    expect(concepts('Insatser som ökar den digitala omställningen i företagen.')).not.toContain('green-transition');
  });
  it('omställning beside climate or energy words is', () => {
    expect(concepts('Projekt som driver omställning till ett fossilfritt samhälle.')).toContain('green-transition');
    expect(concepts('Stöd till omställning av energisystemet.')).toContain('green-transition');
  });
});
