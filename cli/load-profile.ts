import { resolve } from 'node:path';
import { InputError } from '../core/model/errors.ts';
import type { Profile } from '../core/model/profile.ts';
import { normaliseProfile, seedProfileOrThrow } from '../core/profile/load-profile.ts';
import { readUserFile } from './read-calls.ts';

/** `--profile karlskrona` or `--profile path/to/profile.json`. */
export function loadProfileArg(arg: string, cwd: string): Profile {
  if (!arg.endsWith('.json') && !arg.includes('/')) return seedProfileOrThrow(arg);
  const path = resolve(cwd, arg);
  const text = readUserFile(path, arg);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, { file: arg });
  }
  return normaliseProfile(raw, { file: arg });
}
