import type { z } from 'zod';

/** Where a piece of input came from, so an error can name it. */
export interface InputLocation {
  file?: string;
  line?: number;
  /** A byte/character offset or other position for non-line formats. */
  position?: string;
}

/** Bad external input: the message names what and where (file, line, field); never a stack trace for users. */
export class InputError extends Error {
  readonly location: InputLocation;
  readonly field?: string;
  constructor(message: string, location: InputLocation = {}, field?: string) {
    super(formatLocated(message, location, field));
    this.name = 'InputError';
    this.location = location;
    this.field = field;
  }
}

export function formatLocated(message: string, loc: InputLocation, field?: string): string {
  const where = [loc.file, loc.line !== undefined ? `line ${loc.line}` : undefined, loc.position]
    .filter(Boolean)
    .join(', ');
  const what = field ? `field "${field}": ` : '';
  return where ? `${where}: ${what}${message}` : `${what}${message}`;
}

/** Turns the first zod issue into an InputError naming the field path. */
export function zodToInputError(error: z.ZodError, loc: InputLocation, prefix = ''): InputError {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') || undefined;
  const field = prefix && path ? `${prefix}.${path}` : prefix || path;
  return new InputError(issue?.message ?? 'invalid value', loc, field);
}
