/**
 * Read from set 46, released in the thirty-ninth session, and checked on the other released sets: a country listed
 * beside the Union ("any public authority in the EU, Norway or Switzerland") is one more country where applicants
 * may be, not a partner; and "deltagarländerna" (the participating countries) lists the programme's countries, as
 * "programländer" does. A group the Union qualifies ("EU-länder runt Östersjön") still names partners. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { testCall } from '../../support/test-call.ts';

const partners = (summary: string) =>
  [...analyse(testCall({ summary })).signals.countries].filter((c) => c !== 'Sweden').sort();

describe('a country in a list with the Union', () => {
  it('is where applicants may be, after or before the Union', () => {
    expect(
      partners('Free expert support is offered to any local public authority in the EU, Norway or Switzerland.'),
    ).toEqual([]);
    expect(partners('Municipalities in Norway, Iceland or the EU can take part in the exchange.')).toEqual([]);
    expect(partners('Stöd ges till kommuner i EU, Norge och Island som vill lära av varandra.')).toEqual([]);
    // The Union by any name the country data gives its groups: "Member States", "EES".
    expect(partners('Support goes to local authorities in Member States, Iceland and Liechtenstein.')).toEqual([]);
    expect(partners('Stödet kan sökas av kommuner i EES eller Norge.')).toEqual([]);
  });
  it('stays a partner when words naming partners stand before it', () => {
    expect(partners('Projects need partners from Norway or the EU.')).toEqual(['Norway']);
  });
  it('stays a partner when the Union only qualifies another group', () => {
    expect(partners('Programmet finansierar samarbete mellan EU-länder runt Östersjön och Ukraina.')).toContain(
      'Ukraine',
    );
  });
  it('is not read from a list without the Union', () => {
    expect(partners('The exchange brings together towns in Norway, Iceland and Denmark.')).toEqual([
      'Denmark',
      'Iceland',
      'Norway',
    ]);
  });
});

describe('the participating countries', () => {
  it('are the programme’s countries, not partners', () => {
    expect(
      partners(
        'Partnerskapet måste omfatta skolor från minst två av deltagarländerna: Danmark, Finland, Island och Norge.',
      ),
    ).toEqual([]);
  });
});
