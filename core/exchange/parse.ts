import { z } from 'zod';
import type { FundingCall } from '../model/call.ts';
import { InputError, type InputLocation, zodToInputError } from '../model/errors.ts';
import { BANDS, type Band } from '../model/match.ts';
import { normaliseCall } from '../model/normalise-call.ts';
import type { Exchange } from './build.ts';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeEntry,
  ExchangeEntrySchema,
  ExchangeEnvelopeSchema,
  LEGACY_EXTENSION_FORMAT,
  ReasonLinesSchema,
} from './format.ts';

/** An entry of the extension's export before the exchange format: the match flat on the entry. */
const LegacyEntrySchema = z.object({
  callId: z.string().min(1),
  score: z.number().min(0).max(100),
  band: z.enum(BANDS as [Band, ...Band[]]),
  reasons: ReasonLinesSchema,
  savedAt: z.string().min(1),
});

const LegacyEnvelopeSchema = z.object({
  format: z.literal(LEGACY_EXTENSION_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  calls: z.array(z.unknown()),
  entries: z.array(z.unknown()),
});

function legacyEntry(raw: unknown, loc: InputLocation): ExchangeEntry {
  // Validated against the old shape, so an error names the field as it is written in the user's file.
  const parsed = LegacyEntrySchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  const e = parsed.data;
  return {
    callId: e.callId,
    savedAt: e.savedAt,
    match: { score: e.score, band: e.band, lines: e.reasons, scoredAt: e.savedAt },
  };
}

function currentEntry(raw: unknown, loc: InputLocation): ExchangeEntry {
  const parsed = ExchangeEntrySchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  return parsed.data;
}

function readObject(input: string | unknown, file: string): Record<string, unknown> {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      throw new InputError(`not valid JSON (${(error as Error).message})`, { file });
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError('not a Fundwatch exchange file (expected a JSON object)', { file });
  }
  return raw as Record<string, unknown>;
}

/**
 * The one parser: reads an exchange file (text or parsed JSON) completely, or throws an InputError naming the file,
 * the position (`calls[3]`, `entries[1]`) and the field. Every call goes through core's normaliseCall. Old extension
 * exports (`fundwatch-extension-watchlist` v1) are normalised to the current shape.
 */
export function parseExchange(input: string | unknown, file = 'exchange', now = new Date()): Exchange {
  const obj = readObject(input, file);
  const legacy = obj.format === LEGACY_EXTENSION_FORMAT;
  if (!legacy && obj.format !== EXCHANGE_FORMAT) {
    const hint = obj.format === 'fundwatch-backup' ? ' (this is a PWA backup: use “Restore from file”)' : '';
    throw new InputError(
      `not a Fundwatch exchange file (format is not "${EXCHANGE_FORMAT}")${hint}`,
      { file },
      'format',
    );
  }
  const top = (legacy ? LegacyEnvelopeSchema : ExchangeEnvelopeSchema).safeParse(obj);
  if (!top.success) throw zodToInputError(top.error, { file });

  const calls = new Map<string, FundingCall>();
  top.data.calls.forEach((c, i) => {
    const loc = { file, position: `calls[${i}]` };
    const call = normaliseCall(c, loc, now);
    if (calls.has(call.id)) throw new InputError(`duplicate call "${call.id}"`, loc, 'id');
    calls.set(call.id, call);
  });

  const seen = new Set<string>();
  const entries = top.data.entries.map((raw, i) => {
    const loc = { file, position: `entries[${i}]` };
    const entry = legacy ? legacyEntry(raw, loc) : currentEntry(raw, loc);
    if (seen.has(entry.callId)) throw new InputError(`duplicate entry for call "${entry.callId}"`, loc, 'callId');
    seen.add(entry.callId);
    if (!calls.has(entry.callId)) throw new InputError(`no call with id "${entry.callId}" in "calls"`, loc, 'callId');
    return entry;
  });
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: top.data.exportedAt,
    calls: [...calls.values()],
    entries,
  };
}
