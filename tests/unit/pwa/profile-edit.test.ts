import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model/errors.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { loadProfiles, saveProfile } from '../../../pwa/db/profiles-repo.ts';
import { priorityFromConcept, removePriority } from '../../../pwa/profiles/edit-priorities.ts';
import { loadConceptOptions } from '../../../pwa/profiles/lexicon-options.ts';
import { openTestDb } from './db-helpers.ts';

const profile: Profile = {
  id: 'egen-1',
  name: 'Testkommun',
  kind: 'kommun',
  lan: 'blekinge',
  priorities: [
    { id: 'klimat', label: { sv: 'Klimat', en: 'Climate' }, weight: 1.5, concepts: ['climate-adaptation'], terms: [] },
    { id: 'unga', label: { sv: 'Unga', en: 'Youth' }, weight: 1, concepts: [], terms: ['ungdom'] },
  ],
  partnerCountries: [],
  networks: [],
  preferredFunders: [],
  exclusions: [],
};

describe('editing a profile’s priorities', () => {
  it('offers every lexicon concept with both labels', async () => {
    const concepts = await loadConceptOptions();
    expect(concepts.length).toBeGreaterThan(10);
    for (const c of concepts) {
      expect(c.id).toMatch(/\S/);
      expect(c.label.sv).toMatch(/\S/);
      expect(c.label.en).toMatch(/\S/);
    }
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
  });

  it('adds a priority built on a concept, with an id that does not clash, and removes one', async () => {
    const [concept] = await loadConceptOptions();
    const once = { ...profile, priorities: [...profile.priorities, priorityFromConcept(profile, concept)] };
    const added = once.priorities.at(-1)!;
    expect(added).toEqual({ id: concept.id, label: concept.label, weight: 1, concepts: [concept.id], terms: [] });
    const twice = priorityFromConcept(once, concept);
    expect(twice.id).toBe(`${concept.id}-2`);
    expect(removePriority(once, 'unga').priorities.map((p) => p.id)).toEqual(['klimat', concept.id]);
  });

  it('stores edited labels, and the profile schema refuses an empty label or no priorities, naming the field', async () => {
    const db = openTestDb();
    const relabelled = {
      ...profile,
      priorities: profile.priorities.map((p, i) =>
        i === 0 ? { ...p, label: { sv: 'Klimatanpassning', en: 'Climate adaptation' } } : p,
      ),
    };
    await saveProfile(db, relabelled);
    expect((await loadProfiles(db))[0].priorities[0].label).toEqual({
      sv: 'Klimatanpassning',
      en: 'Climate adaptation',
    });
    const emptyEn = { ...relabelled, priorities: [{ ...relabelled.priorities[0], label: { sv: 'Klimat', en: '' } }] };
    const refused = await saveProfile(db, emptyEn).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).field).toBe('priorities.0.label.en');
    await expect(saveProfile(db, { ...relabelled, priorities: [] })).rejects.toThrow(/priorities/);
    // Nothing of the refused drafts was stored.
    expect((await loadProfiles(db))[0]).toEqual(relabelled);
    db.close();
  });
});
