/**
 * countries.json `adjectives`: each country's adjective and word for its people, in Swedish and English. Sweden has
 * none (home is never a partner or a place abroad); a form belongs to one country and is no word of another sense.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRIES, LEXICON } from '../../../core/data/index.ts';
import { ENGLISH_FUNCTION_WORDS, SWEDISH_FUNCTION_WORDS } from '../../../core/text/stopwords.ts';

const forms = (c: (typeof COUNTRIES.countries)[number]) => [...(c.adjectives?.sv ?? []), ...(c.adjectives?.en ?? [])];

describe('country adjectives (countries.json)', () => {
  it('Sweden has none, and no country has "svensk" or "swedish"', () => {
    expect(COUNTRIES.countries.find((c) => c.name === 'Sweden')?.adjectives).toBeUndefined();
    for (const c of COUNTRIES.countries) for (const f of forms(c)) expect(f, c.name).not.toMatch(/^(svensk|swedish)/);
  });
  it('every country of a place or of a group at most a handful wide has them in both languages', () => {
    const wanted = new Set<string>();
    for (const concept of LEXICON.concepts) for (const n of concept.countries ?? []) wanted.add(n);
    // A group named only for where applicants may be ("EFTA countries") names no partners: its members need none.
    for (const g of COUNTRIES.groups)
      if (g.members.length <= 8 && !g.whereOnly) for (const n of g.members) wanted.add(n);
    wanted.delete('Sweden');
    for (const name of wanted) {
      const c = COUNTRIES.countries.find((x) => x.name === name);
      expect(c?.adjectives?.sv.length, name).toBeGreaterThan(0);
      expect(c?.adjectives?.en.length, name).toBeGreaterThan(0);
    }
  });
  it('a form belongs to one country and is neither a name of a country nor a function word', () => {
    const seen = new Map<string, string>();
    const names = new Set(COUNTRIES.countries.flatMap((c) => [...c.sv, ...c.en]));
    for (const c of COUNTRIES.countries) {
      for (const f of forms(c)) {
        expect(seen.get(f), `${f}: ${c.name} and ${seen.get(f)}`).toBeUndefined();
        seen.set(f, c.name);
        expect(names.has(f), f).toBe(false);
        expect(SWEDISH_FUNCTION_WORDS.has(f) || ENGLISH_FUNCTION_WORDS.has(f), f).toBe(false);
      }
    }
  });
  it('leaves out forms that are words of another sense in either language', () => {
    const all = new Set(COUNTRIES.countries.flatMap(forms));
    for (const w of ['finns', 'poles', 'finnar', 'ester', 'letter', 'american', 'indian'])
      expect(all.has(w), w).toBe(false);
  });
});
