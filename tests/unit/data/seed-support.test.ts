/**
 * Every concept of a built-in priority is supported by that priority's own passage: a lexicon term of the concept
 * occurs in it (matched on stems and compounds, as the engine reads calls), or the priority's `support` quotes the
 * passage's words that say it. An explanation names the priority's label for the concept that matched; a concept
 * the passage does not hold makes that explanation a false claim ("Matchar Barn- och ungdomsfokus… (grön omställning)").
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_MATCHER, CONCEPTS, OTHER_SENSE } from '../../../core/match/concepts.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { fold } from '../../../core/text/fold.ts';
import { keyTokens } from '../../../core/text/phrases.ts';

const flat = (s: string) => fold(s.toLowerCase()).replace(/\s+/g, ' ');
const conceptsIn = (text: string) =>
  new Set(
    CONCEPT_MATCHER.match(keyTokens(text))
      .filter((h) => h.ref !== OTHER_SENSE)
      .map((h) => CONCEPTS[h.ref].id),
  );

describe('seed profile concepts are in their passages', () => {
  for (const profile of SEED_PROFILES) {
    it(`${profile.id}: every concept is a term of the passage or quoted from it`, () => {
      const unsupported: string[] = [];
      for (const p of profile.priorities) {
        const passage = p.source?.passage ?? '';
        const found = conceptsIn(passage);
        for (const c of p.concepts) {
          const quote = p.support?.[c];
          if (found.has(c)) continue;
          if (quote && quote.trim().length > 2 && flat(passage).includes(flat(quote))) continue;
          unsupported.push(`${p.id}: ${c}${quote ? ` (support "${quote}" not in passage)` : ''}`);
        }
        // What a priority is tied to (its core: places, partner kinds) is read from the passage like its concepts.
        for (const c of p.core?.concepts ?? []) {
          const quote = p.support?.[c];
          if (found.has(c)) continue;
          if (quote && quote.trim().length > 2 && flat(passage).includes(flat(quote))) continue;
          unsupported.push(`${p.id}: core ${c}${quote ? ` (support "${quote}" not in passage)` : ''}`);
        }
        for (const c of Object.keys(p.support ?? {}))
          if (!p.concepts.includes(c) && !p.core?.concepts.includes(c))
            unsupported.push(`${p.id}: support for ${c}, which it does not carry`);
      }
      expect(unsupported).toEqual([]);
    });

    it(`${profile.id}: the countries a priority is tied to are the profile's partner countries`, () => {
      for (const p of profile.priorities)
        for (const c of p.core?.countries ?? []) expect(profile.partnerCountries, `${p.id}: ${c}`).toContain(c);
    });
  }

  it('finds a concept the passage holds and not one it lacks (the check can fail)', () => {
    const found = conceptsIn('Särskild vikt ska läggas vid miljö- och klimatfrågor.');
    expect(found.has('climate-mitigation')).toBe(true);
    expect(found.has('skills-supply')).toBe(false);
  });
});
