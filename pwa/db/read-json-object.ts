import { InputError } from '../../core/model/errors.ts';

/**
 * The first check of any file a user hands the app (backup, extension export): valid JSON and an object,
 * else an InputError naming the file and what it should have been.
 */
export function readJsonObject(text: string, file: string, what: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { file });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError(`not ${what} (expected a JSON object)`, { file });
  }
  return raw as Record<string, unknown>;
}
