import { z } from 'zod';
import { type FundingCall, FundingCallSchema } from './call.ts';
import { InputError, type InputLocation, zodToInputError } from './errors.ts';
import { deriveStatus } from './status.ts';

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
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date')
    .nullish(),
  opens: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date')
    .nullish(),
  eligibleCountries: z.array(z.string()).nullish(),
  applicantTypes: z.array(z.string()).nullish(),
  themes: z.array(z.string()).nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
});

function isFlat(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && !Array.isArray((raw as { deadlines?: unknown }).deadlines);
}

function fromFlat(flat: z.infer<typeof FlatCallSchema>): unknown {
  return {
    id: flat.id,
    source: 'import',
    funder: flat.funder,
    programme: flat.programme ?? undefined,
    title: flat.title,
    summary: flat.summary ?? '',
    url: flat.url ?? '',
    language: flat.language ?? 'en',
    opens: flat.opens ? flat.opens.slice(0, 10) : undefined,
    deadlines: flat.deadline
      ? [{ date: flat.deadline.slice(0, 10), timeZone: 'Europe/Stockholm', kind: 'application' }]
      : [],
    eligibleCountries: flat.eligibleCountries ?? undefined,
    applicantTypes: flat.applicantTypes ?? undefined,
    themes: flat.themes ?? undefined,
  };
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
  let candidate: unknown = raw;
  if (isFlat(raw)) {
    const flat = FlatCallSchema.safeParse(raw);
    if (!flat.success) throw zodToInputError(flat.error, loc);
    candidate = fromFlat(flat.data);
  }
  const parsed = FundingCallSchema.safeParse(candidate);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  const call = parsed.data;
  return { ...call, status: deriveStatus(call, now) };
}
