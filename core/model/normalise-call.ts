import { z } from 'zod';
import { isCalendarDate, isInstant } from './calendar.ts';
import { type FundingCall, FundingCallSchema } from './call.ts';
import { InputError, type InputLocation, zodToInputError } from './errors.ts';
import { deriveStatus } from './status.ts';

/** The flat format's dates may carry a time ("2026-03-15T17:00"); the calendar date is checked either way. */
const flatDate = z
  .string()
  .refine(
    (s) => isCalendarDate(s.slice(0, 10)) && (s.length === 10 || isInstant(s)),
    'expected a real calendar date (YYYY-MM-DD)',
  );

/**
 * The flat format of the relevance set (../shared/eval/README.md): one `deadline`, nulls for unknowns,
 * and `source` as provenance text rather than a source id.
 */
const FlatCallSchema = z.object({
  id: z.string().min(1),
  funder: z.string().min(1),
  programme: z.string().nullish(),
  title: z.string().min(1),
  summary: z.string().nullish(),
  language: z.enum(['sv', 'en']).nullish(),
  deadline: flatDate.nullish(),
  opens: flatDate.nullish(),
  eligibleCountries: z.array(z.string()).nullish(),
  applicantTypes: z.array(z.string()).nullish(),
  themes: z.array(z.string()).nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
});

/**
 * Told apart by shape: the full model always has `deadlines` (an array; anything else there is an error in the
 * full format, not a flat call), the flat format never does.
 */
function isFlat(raw: object): boolean {
  return (raw as { deadlines?: unknown }).deadlines === undefined;
}

/**
 * The flat call in the model's shape. Every field was checked by FlatCallSchema and the rest are constants, so
 * the result needs no second validation (one zod parse per call: reading 100,000 calls costs half as much).
 */
function fromFlat(flat: z.infer<typeof FlatCallSchema>): FundingCall {
  // Fields are added in the model's order and absent ones never set: a `delete` would turn each of 100,000
  // calls into a slow dictionary object three times the size.
  const call = { id: flat.id, source: 'import', funder: flat.funder } as FundingCall;
  if (flat.programme != null) call.programme = flat.programme;
  call.title = flat.title;
  call.summary = flat.summary ?? '';
  call.url = flat.url ?? '';
  call.language = flat.language ?? 'en';
  if (flat.opens) call.opens = flat.opens.slice(0, 10);
  call.deadlines = flat.deadline
    ? [{ date: flat.deadline.slice(0, 10), timeZone: 'Europe/Stockholm', kind: 'application' }]
    : [];
  if (flat.eligibleCountries != null) call.eligibleCountries = flat.eligibleCountries;
  if (flat.applicantTypes != null) call.applicantTypes = flat.applicantTypes;
  if (flat.themes != null) call.themes = flat.themes;
  return call;
}

/**
 * The one gate for calls read from files, storage or imports: accepts the full model or the flat
 * relevance-set format, validates, and derives status from the dates. Throws InputError naming
 * file, line and field.
 */
export function normaliseCall(raw: unknown, loc: InputLocation = {}, now: Date = new Date()): FundingCall {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError('expected a call object', loc);
  }
  if (isFlat(raw)) {
    const flat = FlatCallSchema.safeParse(raw);
    if (!flat.success) throw zodToInputError(flat.error, loc);
    const call = fromFlat(flat.data);
    call.status = deriveStatus(call, now);
    return call;
  }
  const parsed = FundingCallSchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  const call = parsed.data;
  return { ...call, status: deriveStatus(call, now) };
}
