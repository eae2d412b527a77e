import { InputError, type InputLocation, zodToInputError } from '../model/errors.ts';
import { type Profile, ProfileSchema } from '../model/profile.ts';
import { getSeedProfile, SEED_PROFILES } from './seeds.ts';

/** Validates a profile read from a file or storage; errors name where and which field. */
export function normaliseProfile(raw: unknown, loc: InputLocation = {}): Profile {
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  return parsed.data;
}

/** A seed profile by id, or an InputError listing the ids there are. */
export function seedProfileOrThrow(id: string): Profile {
  const p = getSeedProfile(id);
  if (!p) {
    throw new InputError(
      `unknown profile id "${id}" (built-in: ${SEED_PROFILES.map((s) => s.id).join(', ')}; or give a path to a .json file)`,
      {},
      'profile',
    );
  }
  return p;
}
