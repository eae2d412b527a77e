/**
 * The built-in profiles follow one weighting rule (core/profile/weight-rule.ts): each priority says how its
 * passage puts it (`source.basis`) and its weight is the rule's for that basis; places and topics are kept in
 * separate priorities; and each passage is in the strategy it cites (checked where ../shared/seeds is present).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX, CONCEPTS } from '../../../core/match/concepts.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { ruleViolations, WEIGHT_OF_BASIS } from '../../../core/profile/weight-rule.ts';
import { sharedDir } from '../../shared-dir.ts';

const SEEDS = sharedDir('seeds') ?? 'no-shared-seeds';
const FILES: Record<string, string> = {
  karlskrona: '000_4f32bc43d6662503.txt',
  linkoping: '001_87ce5caeaccdaa1f.txt',
  kalmar: '002_a6e8ddb46fe9562c.txt',
  kronoberg: '003_a9d554ef1b51614d.txt',
  alvsbyn: '004_35535c40559ed089.txt',
};
/** The seed file's `preferredFunderPassages` (for review; the profile schema does not carry them). */
const funderPassages = (id: string): Record<string, string> =>
  (
    JSON.parse(readFileSync(new URL(`../../../core/data/seed-profiles/${id}.json`, import.meta.url), 'utf8')) as {
      preferredFunderPassages?: Record<string, string>;
    }
  ).preferredFunderPassages ?? {};
const geographic = (id: string) => CONCEPTS[CONCEPT_INDEX.get(id) ?? -1]?.geographic === true;
const partnerKind = (id: string) => CONCEPTS[CONCEPT_INDEX.get(id) ?? -1]?.partners === true;
/** Line breaks, hyphenation at a line's end and Markdown emphasis are layout, not wording. */
const flat = (s: string) => s.replace(/-\n/g, '').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();

describe('seed profile weights', () => {
  for (const profile of SEED_PROFILES) {
    it(`${profile.id}: every weight is the rule's for how its passage puts the priority; places apart`, () => {
      // The same check the document builder's drafts are held to (tests/unit/profile/weight-basis.test.ts).
      expect(ruleViolations(profile, geographic, partnerKind)).toEqual([]);
    });

    it.skipIf(!existsSync(SEEDS))(`${profile.id}: every passage is in the strategy`, () => {
      const text = flat(readFileSync(join(SEEDS, FILES[profile.id]), 'utf8'));
      for (const p of profile.priorities) expect(text, `${profile.id}/${p.id}`).toContain(flat(p.source!.passage));
      for (const [funder, passage] of Object.entries(funderPassages(profile.id)))
        expect(text, `${profile.id}/preferred ${funder}`).toContain(flat(passage));
    });

    // A preferred funder is a boost like a priority's weight: the strategy must name it (or its programme).
    it(`${profile.id}: every preferred funder cites the passage that names it`, () => {
      expect(Object.keys(funderPassages(profile.id)).sort()).toEqual([...profile.preferredFunders].sort());
    });
  }

  it('an emphasised priority outweighs a stated one, which outweighs a named and a mentioned one', () => {
    const w = WEIGHT_OF_BASIS;
    expect(w.emphasised).toBeGreaterThan(w.stated);
    expect(w.stated).toBeGreaterThan(w.named);
    expect(w.named).toBeGreaterThan(w.mentioned);
  });
});
