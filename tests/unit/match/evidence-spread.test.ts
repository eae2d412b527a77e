/**
 * A priority's strength says how much the call is about it, not only whether its words occur: the same mentions
 * spread over several sentences of the summary (or in the title) count more than mentions crowded into one
 * sentence of a call about something else.
 */
import { describe, expect, it } from 'vitest';
import { analyseCall, rank, score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const call = (id: string, title: string, summary: string): FundingCall =>
  testCall({ id, funder: 'Test', title, summary, language: 'sv' });

const profile: Profile = testProfile({
  priorities: [testPriority('klimat', ['climate-mitigation'], 1.5), testPriority('kultur', ['culture-heritage'], 1)],
});

// Sentences that name nothing of the profile's: they make both summaries the same length, and long enough
// (title and summary over 80 words) to be a call's text rather than a listing's line or two.
const FILLER = [
  'Ansökan görs i e-tjänsten och ska vara komplett vid sista ansökningsdag.',
  'Projektet ska ha en tydlig tidsplan och en budget som går att följa upp.',
  'Beslut fattas av styrelsen efter att ansökningarna har bedömts av handläggare.',
  'Frågor om utlysningen besvaras av handläggarna på myndighetens kontor.',
  'Stödet betalas ut i efterhand mot redovisade och betalda kostnader.',
  'En slutrapport lämnas senast tre månader efter att projektet har avslutats.',
];

describe('evidence spread', () => {
  // The same three climate words, in one sentence of a business call…
  const crowded = call(
    'a-crowded',
    'Stöd till företagens tillväxt och export',
    [
      'Stödet ska hjälpa små företag att växa, anställa och nå nya marknader utomlands.',
      'Projekt kan också minska klimatpåverkan, sänka utsläpp och nå klimatmål.',
      ...FILLER,
    ].join(' '),
  );
  // …or in three sentences of a call that keeps returning to them.
  const spread = call(
    'b-spread',
    'Stöd till företagens tillväxt och export',
    [
      'Stödet ska minska klimatpåverkan i små företag som vill växa.',
      'Projekten ska sänka utsläpp från transporter och lokaler.',
      'Varje projekt redovisar hur det bidrar till kommunens klimatmål.',
      ...FILLER,
    ].join(' '),
  );

  it('counts mentions in several sentences above the same mentions in one', () => {
    const ids = rank([crowded, spread], profile).map((r) => r.call.id);
    expect(ids).toEqual(['b-spread', 'a-crowded']);
    expect(score(spread, profile).score).toBeGreaterThan(score(crowded, profile).score);
  });

  it('gives a priority the call names in its title full strength, wherever the summary names it', () => {
    const titled = call(
      'a-titled',
      'Stöd till klimatarbete i företag',
      [
        'Stödet ska hjälpa små företag att växa, anställa och nå nya marknader utomlands.',
        'Projekt kan också minska klimatpåverkan, sänka utsläpp och nå klimatmål.',
        ...FILLER,
      ].join(' '),
    );
    const plain = score(crowded, profile).reasons.find((r) => r.priorityId === 'klimat');
    const withTitle = score(titled, profile).reasons.find((r) => r.priorityId === 'klimat');
    expect(plain).toBeDefined();
    expect(withTitle).toBeDefined();
    // The title adds one mention (tf 3 more); without the title's full strength the gain would be far smaller.
    expect(withTitle!.points).toBeGreaterThan(plain!.points * 1.6);
  });

  it('does not hold a short listing line to more sentences than it has', () => {
    // One sentence, all of it about the priority: nothing more to spread over.
    const line = call('line', 'Utlysning 2026', 'Stöd för att minska utsläpp och nå klimatmål i kommunen.');
    const two = call('two', 'Utlysning 2026', 'Stöd för att minska utsläpp i kommunen. Målet är att nå klimatmål.');
    const a = score(line, profile).reasons.find((r) => r.priorityId === 'klimat');
    const b = score(two, profile).reasons.find((r) => r.priorityId === 'klimat');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    // Same words, same length (the short-text factor is equal): one sentence of one is as spread as two of two.
    expect(a!.points).toBeCloseTo(b!.points, 0);
  });

  it('reads a listing (title and a line or two) as one sentence, however it is punctuated', () => {
    // The same words as the crowded call's first two sentences, as a listing shows them: nothing is in passing.
    const listing = call(
      'listing',
      'Stöd till företagens tillväxt och export',
      'Stödet ska hjälpa små företag att växa. Projekt kan också minska klimatpåverkan, sänka utsläpp och nå klimatmål.',
    );
    const joined = call(
      'joined',
      'Stöd till företagens tillväxt och export',
      'Stödet ska hjälpa små företag att växa, och projekt kan också minska klimatpåverkan, sänka utsläpp och nå klimatmål.',
    );
    const a = score(listing, profile).reasons.find((r) => r.priorityId === 'klimat');
    const b = score(joined, profile).reasons.find((r) => r.priorityId === 'klimat');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a!.points).toBeCloseTo(b!.points, 0);
  });

  it('keeps the fast ranking score and the explained score equal', () => {
    const analysed = [crowded, spread].map(analyseCall);
    for (const r of rank(analysed, profile)) expect(score(r.call, profile).score).toBe(r.score);
  });
});
