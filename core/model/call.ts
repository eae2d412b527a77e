import { z } from 'zod';
import { isCalendarDate, isClockTime, isInstant, isKnownZone } from './calendar.ts';

/** What a deadline is for: calls often have several steps, each its own deadline. */
export const DEADLINE_KINDS = ['application', 'project-idea', 'expression-of-interest', 'step-2', 'cut-off'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const CALL_STATUSES = ['forthcoming', 'open', 'closing-soon', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** A real calendar date: 2026-02-30 and 2026-13-45 are refused, never rolled over. */
export const IsoDateSchema = z.string().refine(isCalendarDate, 'expected a real calendar date as YYYY-MM-DD');
/** 00:00–23:59, or 24:00 for the end of the day. */
export const ClockSchema = z.string().refine(isClockTime, 'expected a clock time as HH:MM (00:00–24:00)');
/** An IANA zone the platform knows (Europe/Stockholm); a misspelt one would silently misdate the deadline. */
export const TimeZoneSchema = z.string().refine(isKnownZone, 'expected an IANA time zone such as Europe/Stockholm');
/** An ISO instant (date, or date-time with optional offset) checked field by field. */
export const InstantSchema = z.string().refine(isInstant, 'expected an ISO date-time such as 2026-11-20T06:00:00Z');
const isoDate = IsoDateSchema;
const clock = ClockSchema;

export const DeadlineSchema = z.object({
  /** The calendar date in `timeZone` (not UTC). */
  date: isoDate,
  /** Local clock time in `timeZone`; absent when the funder gives only a date. */
  time: clock.optional(),
  /** IANA zone, e.g. Europe/Stockholm, Europe/Brussels, Europe/Helsinki. */
  timeZone: TimeZoneSchema,
  kind: z.enum(DEADLINE_KINDS),
  /** The funder's own wording of the step, e.g. "Step 2 full application". */
  label: z.string().optional(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const BudgetSchema = z.object({
  amount: z.number().nonnegative().optional(),
  currency: z.string().length(3).optional(),
  /** The original wording, always kept: budgets are often prose ("1-7 miljoner kronor per projekt"). */
  text: z.string(),
});
export type Budget = z.infer<typeof BudgetSchema>;

export const FundingCallSchema = z.object({
  /** Stable and source-prefixed, e.g. "vinnova:2023-01699", "eu-ft:ERASMUS-EDU-2025-PEX-COVE". */
  id: z.string().min(1),
  source: z.string().min(1),
  funder: z.string().min(1),
  programme: z.string().optional(),
  /** Interreg (or other) programme-area id used for eligibility, e.g. "interreg-south-baltic"; see core/data/programme-areas.json. */
  programmeArea: z.string().optional(),
  title: z.string().min(1),
  summary: z.string(),
  url: z.string(),
  language: z.enum(['sv', 'en']),
  /** ISO date (YYYY-MM-DD) the call opens, when known. */
  opens: isoDate.optional(),
  /** A fuzzy opening or deadline ("hösten 2026", "spring 2026"): forthcoming with no false exact date. */
  fuzzyDate: z.string().optional(),
  deadlines: z.array(DeadlineSchema),
  budget: BudgetSchema.optional(),
  eligibleCountries: z.array(z.string()).optional(),
  applicantTypes: z.array(z.string()).optional(),
  themes: z.array(z.string()).optional(),
  /** Derived from the dates by deriveStatus(); never taken from the funder's flag. */
  status: z.enum(CALL_STATUSES).optional(),
  fetchedAt: InstantSchema.optional(),
  /** Hash of the raw source record, so a later fetch can tell the call changed. */
  contentHash: z.string().optional(),
});
export type FundingCall = z.infer<typeof FundingCallSchema>;
