import { type InputLocation, zodToInputError } from '../../../core/model/errors.ts';
import { type Profile, ProfileSchema } from '../../../core/model/profile.ts';

/** The one gate for profiles read from the database, a backup or an uploaded file. */
export function normaliseProfile(raw: unknown, loc: InputLocation = {}): Profile {
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  return parsed.data;
}
