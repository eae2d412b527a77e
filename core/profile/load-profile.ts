import { CONCEPT_BY_ID, LAN_BY_ID } from '../data/index.ts';
import { InputError, type InputLocation, zodToInputError } from '../model/errors.ts';
import { type Profile, ProfileSchema } from '../model/profile.ts';
import { getSeedProfile, SEED_PROFILES } from './seeds.ts';

/** Validates a profile read from a file or storage; errors name where and which field. */
export function normaliseProfile(raw: unknown, loc: InputLocation = {}): Profile {
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  const profile = parsed.data;
  // A misspelt concept or län would silently match nothing: refuse it by name instead.
  profile.priorities.forEach((p, i) => {
    p.concepts.forEach((c, j) => {
      if (!CONCEPT_BY_ID.has(c))
        throw new InputError(`unknown concept id "${c}"`, loc, `priorities.${i}.concepts.${j}`);
    });
  });
  if (!LAN_BY_ID.has(profile.lan)) {
    throw new InputError(
      `unknown län id "${profile.lan}" (e.g. ${[...LAN_BY_ID.keys()].slice(0, 4).join(', ')})`,
      loc,
      'lan',
    );
  }
  return profile;
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
