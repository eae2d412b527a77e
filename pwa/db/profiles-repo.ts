import type { Profile } from '../../core/model/profile.ts';
import { normaliseProfile } from './entities/profile.ts';
import type { FundwatchDb } from './schema.ts';

/** Profiles the user edited or built; seed profiles are code and need no row until edited. */
export async function loadProfiles(db: FundwatchDb): Promise<Profile[]> {
  const out: Profile[] = [];
  for (const row of await db.profiles.toArray()) {
    try {
      out.push(normaliseProfile(row, { file: 'profiles' }));
    } catch {
      // A broken profile row falls back to the seed of the same id; it is left in place for a backup to show.
    }
  }
  return out;
}

export async function saveProfile(db: FundwatchDb, profile: unknown): Promise<Profile> {
  const valid = normaliseProfile(profile, { file: 'profiles' });
  await db.profiles.put(valid);
  return valid;
}

export async function deleteProfile(db: FundwatchDb, id: string): Promise<void> {
  await db.profiles.delete(id);
}
