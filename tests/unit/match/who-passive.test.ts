/**
 * The passive names applicants only through its agent: "kan sökas av kommuner" says who applies, "Projektmedel kan
 * sökas för utveckling av små och medelstora företag" says what the money is for. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { whoRanges } from '../../../core/match/signals.ts';
import { testCall } from '../../support/test-call.ts';

const ranges = (text: string) => whoRanges(text).map(([a, b]) => text.slice(a, b).trim());
const targeted = (summary: string) =>
  [...analyse(testCall({ title: 'Utlysning', summary, language: 'sv' })).signals.targeted].sort();

describe('a passive "kan sökas" says who may apply only with its agent', () => {
  it.each([
    'Projektmedel kan sökas för bl.a. utveckling av små och medelstora företag och hållbara transporter.',
    'Stödet kan sökas till projekt som stärker små och medelstora företag.',
    'Bidrag får sökas för samarbete mellan föreningar och företag.',
    'Medel kan ansökas för insatser som gynnar kommuner och företag.',
  ])('not a who-may-apply sentence: %s', (summary) => {
    expect(ranges(summary)).toEqual([]);
    expect(targeted(summary)).toEqual([]);
  });

  it.each([
    ['Projektmedel kan sökas av små och medelstora företag.', ['company']],
    ['Bidraget kan sökas endast av ideella föreningar.', ['civil']],
    ['Stödet får sökas av kommuner och regioner.', ['public']],
  ])('names the applicants after "av": %s', (summary, classes) => {
    expect(ranges(summary)).toEqual([summary]);
    expect(targeted(summary)).toEqual(classes);
  });

  it('the active "kan söka" is a cue as before', () => {
    expect(targeted('Små och medelstora företag kan söka.')).toEqual(['company']);
  });
});
