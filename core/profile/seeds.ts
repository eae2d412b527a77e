import alvsbyn from '../data/seed-profiles/alvsbyn.json' with { type: 'json' };
import kalmar from '../data/seed-profiles/kalmar.json' with { type: 'json' };
import karlskrona from '../data/seed-profiles/karlskrona.json' with { type: 'json' };
import kronoberg from '../data/seed-profiles/kronoberg.json' with { type: 'json' };
import linkoping from '../data/seed-profiles/linkoping.json' with { type: 'json' };
import { type Profile, ProfileSchema } from '../model/profile.ts';

/** The five built-in profiles, read from the strategy documents in ../shared/seeds. */
export const SEED_PROFILES: readonly Profile[] = [karlskrona, linkoping, kalmar, kronoberg, alvsbyn].map((p) =>
  ProfileSchema.parse(p),
);

export const DEFAULT_PROFILE_ID = 'karlskrona';

export function getSeedProfile(id: string): Profile | undefined {
  return SEED_PROFILES.find((p) => p.id === id);
}
