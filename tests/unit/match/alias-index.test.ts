import { describe, expect, it } from 'vitest';
import { PROGRAMME_AREAS, PROGRAMMES } from '../../../core/data/index.ts';
import { AliasIndex } from '../../../core/match/alias-index.ts';
import { nameKey } from '../../../core/match/signals.ts';

/** The definition: every alias searched as a substring, the longest found wins, the first listed on a tie. */
function bruteForce(entries: { id: string; keys: string[] }[], key: string): string | null {
  let best: { id: string; len: number } | undefined;
  for (const e of entries)
    for (const k of e.keys) if (key.includes(k) && (!best || k.length > best.len)) best = { id: e.id, len: k.length };
  return best?.id ?? null;
}

const areas = PROGRAMME_AREAS.areas.map((a) => ({ id: a.id, keys: a.aliases.map((x) => nameKey(x)) }));
const programmes = PROGRAMMES.programmes.map((p) => ({ id: p.id, keys: p.aliases.map((x) => nameKey(x)) }));

/** Name keys that hold aliases whole, in part, overlapping and side by side, with words around them. */
function keys(): string[] {
  const words = [...areas, ...programmes].flatMap((e) => e.keys.flatMap((k) => k.trim().split(' ')));
  const out = [...areas, ...programmes].flatMap((e) => e.keys);
  let seed = 7;
  const pick = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return words[seed % words.length];
  };
  for (let i = 0; i < 3000; i++) {
    const n = 1 + (i % 9);
    out.push(` ${Array.from({ length: n }, pick).join(' ')} `);
  }
  for (const a of out.slice(0, 140)) for (const b of out.slice(0, 40)) out.push(`${a}${b.slice(1)}`);
  out.push(' ', '  ', '', ' x ', 'south baltic', ' constructor __proto__ tostring ');
  return out;
}

describe('AliasIndex', () => {
  it('finds what a substring search of every alias finds (longest wins, first listed on a tie)', () => {
    for (const entries of [areas, programmes]) {
      const index = new AliasIndex(entries);
      let found = 0;
      for (const key of keys()) {
        const want = bruteForce(entries, key);
        expect(index.longestIn(key), key).toBe(want);
        if (want) found++;
      }
      expect(found).toBeGreaterThan(1000);
    }
  });

  it('keeps the first listed of two equally long aliases, and aliases of no word', () => {
    const index = new AliasIndex([
      { id: 'a', keys: [' north sea '] },
      { id: 'b', keys: [' north sea ', ' sea north '] },
      { id: 'c', keys: ['  '] },
    ]);
    expect(index.longestIn(' the north sea ')).toBe('a');
    expect(index.longestIn(' the sea north ')).toBe('b');
    expect(index.longestIn(' two  spaces ')).toBe('c');
    expect(index.longestIn(' nothing here ')).toBeNull();
  });
});
