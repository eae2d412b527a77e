import { type ParseArgsConfig, parseArgs } from 'node:util';
import { parseInstant } from '../core/model/calendar.ts';
import { InputError } from '../core/model/errors.ts';

/** A command's flags; an unknown or malformed flag is the user's to fix, so it becomes an InputError (exit 2). */
export function parseFlags<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * A date-time flag (`--now`, `--fetched-at`, `--since`) through the model's one calendar check: 2026-02-30 or
 * 24:30 is refused naming the flag, never rolled over.
 */
export function instantFlag(value: string, flag: string): Date {
  const d = parseInstant(value);
  if (!d)
    throw new InputError(`expected an ISO date or date-time such as 2026-11-20T06:00:00Z, got "${value}"`, {}, flag);
  return d;
}
