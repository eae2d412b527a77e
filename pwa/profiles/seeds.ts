import type { Profile } from '../../core/model/profile.ts';

/** Seed profiles are data-heavy: loaded on demand, kept out of the first chunk. */
export async function loadSeedProfiles(): Promise<{ seeds: Profile[]; defaultId: string }> {
  const mod = await import('../../core/profile/seeds.ts');
  return { seeds: [...mod.SEED_PROFILES], defaultId: mod.DEFAULT_PROFILE_ID };
}
