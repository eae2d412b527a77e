import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from '../core/model/errors.ts';

/** A command's flags; an unknown or malformed flag is the user's to fix, so it becomes an InputError (exit 2). */
export function parseFlags<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
}
