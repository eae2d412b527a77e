/**
 * One normalise function per stored entity (Excalidraw style): whatever chrome.storage holds — old
 * shapes, partial writes, hand edits — comes out valid. Bad fields fall back to defaults; bad entries
 * in a list are dropped, never the whole list.
 */
import { z } from 'zod';
import { type Deadline, DeadlineSchema } from '../../core/model/call.ts';
import { BANDS, type Band } from '../../core/model/match.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { ProfileSchema } from '../../core/model/profile.ts';
import {
  type ReasonLines,
  ReasonLinesSchema,
  type SavedReason,
  SavedReasonSchema,
} from '../../core/model/saved-match.ts';
import type { ActiveProfile, Digest, DigestEntry, PageCall, SavedCall, Settings } from '../messages.ts';
import { DEFAULT_PROFILE_ID, DEFAULT_PWA_URL, DEFAULT_SETTINGS, OLD_DEFAULT_PWA_URL } from './defaults.ts';
import { normaliseOrigin } from './normalise-origin.ts';

export { normaliseOrigin };

const BandSchema = z.enum(BANDS as [Band, ...Band[]]);

/**
 * Why a saved call or a digest entry matched: core's structured reasons (a bad one is dropped, not the rest). Older
 * versions stored the explanation as lines of text in both languages under `reasons`: those come back as `lines`,
 * with no reasons, and are shown as they were until the call is scored again.
 */
export function normaliseReasons(raw: { reasons?: unknown; lines?: unknown }): {
  reasons: SavedReason[];
  lines?: ReasonLines;
} {
  if (!Array.isArray(raw.reasons)) {
    const old = ReasonLinesSchema.safeParse(raw.reasons);
    return old.success ? { reasons: [], lines: old.data } : { reasons: [] };
  }
  const reasons = raw.reasons.flatMap((r) => {
    const parsed = SavedReasonSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
  const lines = ReasonLinesSchema.safeParse(raw.lines);
  return reasons.length === 0 && lines.success ? { reasons, lines: lines.data } : { reasons };
}

function httpUrl(raw: unknown, fallback: string): string {
  if (typeof raw !== 'string' || raw.trim() === '') return fallback;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : fallback;
  } catch {
    return fallback;
  }
}

const SettingsSchema = z.object({
  lang: z.enum(['sv', 'en']).catch(DEFAULT_SETTINGS.lang),
  notifications: z
    .object({
      enabled: z.boolean().catch(DEFAULT_SETTINGS.notifications.enabled),
      minBand: z.enum(['strong', 'relevant']).catch(DEFAULT_SETTINGS.notifications.minBand),
      maxListed: z.number().int().min(1).max(10).catch(DEFAULT_SETTINGS.notifications.maxListed),
    })
    .catch(DEFAULT_SETTINGS.notifications),
});

export function normaliseSettings(raw: unknown): Settings {
  const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const parsed = SettingsSchema.parse({
    lang: obj.lang,
    notifications: typeof obj.notifications === 'object' && obj.notifications !== null ? obj.notifications : {},
  });
  const sites = Array.isArray(obj.addedSites) ? obj.addedSites.map(normaliseOrigin) : [];
  return {
    ...parsed,
    pwaUrl: obj.pwaUrl === OLD_DEFAULT_PWA_URL ? DEFAULT_PWA_URL : httpUrl(obj.pwaUrl, DEFAULT_SETTINGS.pwaUrl),
    addedSites: [...new Set(sites.filter((s): s is string => !!s))],
    feedUrl: httpUrl(obj.feedUrl, ''),
  };
}

const SavedCallSchema = z.object({
  id: z.string().min(1),
  call: z.unknown(),
  deadline: z.string().optional().catch(undefined),
  score: z.number().min(0).max(100),
  band: BandSchema,
  reasons: z.unknown().optional(),
  lines: z.unknown().optional(),
  savedAt: z.string().min(1),
});

/** Saved calls, newest first, unique by id; entries whose call fails the core gate are dropped. */
export function normaliseSavedCalls(raw: unknown, now: Date = new Date()): SavedCall[] {
  if (!Array.isArray(raw)) return [];
  const byId = new Map<string, SavedCall>();
  raw.forEach((entry, index) => {
    const parsed = SavedCallSchema.safeParse(entry);
    if (!parsed.success || byId.has(parsed.data.id)) return;
    try {
      const call = normaliseCall(parsed.data.call, { file: 'chrome.storage.local saved', position: `#${index}` }, now);
      const { reasons: _r, lines: _l, ...rest } = parsed.data;
      byId.set(parsed.data.id, { ...rest, call, ...normaliseReasons(parsed.data) });
    } catch (err) {
      console.warn('fundwatch: dropped an unreadable saved call', err);
    }
  });
  return [...byId.values()].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** The active profile: a seed id, or a custom profile valid by the core schema; else the default seed. */
export function normaliseActiveProfile(raw: unknown, seedIds: readonly string[]): ActiveProfile {
  const fallback: ActiveProfile = { kind: 'seed', id: DEFAULT_PROFILE_ID };
  if (typeof raw !== 'object' || raw === null) return fallback;
  const r = raw as { kind?: unknown; id?: unknown; profile?: unknown };
  if (r.kind === 'seed' && typeof r.id === 'string' && seedIds.includes(r.id)) return { kind: 'seed', id: r.id };
  if (r.kind === 'custom') {
    const parsed = ProfileSchema.safeParse(r.profile);
    if (parsed.success) return { kind: 'custom', profile: parsed.data };
  }
  return fallback;
}

/** Call keys (id + content hash) already announced, so the weekly check only tells what is new. */
export function normaliseSeen(raw: unknown): Set<string> {
  const list = (raw as { keys?: unknown } | null)?.keys;
  return new Set(Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : []);
}

/** The day a call opens (YYYY-MM-DD); anything else reads as not told. */
const OpensDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

const DigestEntrySchema = z.object({
  callId: z.string(),
  title: z.string(),
  url: z.string(),
  funder: z.string().catch(''),
  score: z.number(),
  band: BandSchema,
  reasons: z.unknown().optional(),
  lines: z.unknown().optional(),
  deadline: DeadlineSchema.optional().catch(undefined),
  opens: OpensDay,
});

export function normaliseDigest(raw: unknown): Digest | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as { ranAt?: unknown; entries?: unknown; checked?: unknown; errors?: unknown };
  if (typeof r.ranAt !== 'string') return undefined;
  const entries = Array.isArray(r.entries)
    ? r.entries.flatMap((e) => {
        const p = DigestEntrySchema.safeParse(e);
        if (!p.success) return [];
        const { reasons: _r, lines: _l, deadline, opens, ...rest } = p.data;
        const entry: DigestEntry = { ...rest, ...normaliseReasons(p.data) };
        if (deadline) entry.deadline = deadline as Deadline;
        if (opens) entry.opens = opens;
        return [entry];
      })
    : [];
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((e): e is string => typeof e === 'string') : []);
  return { ranAt: r.ranAt, entries, checked: strings(r.checked), errors: strings(r.errors) };
}

const PageCallsSchema = z.object({
  url: z.string(),
  calls: z.array(
    z.object({
      // Sessions of older versions had no id: the URL and title stand in for it.
      id: z.string().optional(),
      title: z.string(),
      url: z.string(),
      score: z.number(),
      band: BandSchema,
      // Older sessions stored no status: read as unknown, never as an error.
      closing: z.enum(['closed', 'closing-soon']).optional().catch(undefined),
      deadline: DeadlineSchema.optional().catch(undefined),
      opens: OpensDay,
    }),
  ),
});

/** The calls last found on one tab (session storage); anything unreadable reads as none. */
export function normalisePageCalls(raw: unknown): { url: string; calls: PageCall[] } {
  const parsed = PageCallsSchema.safeParse(raw);
  if (!parsed.success) return { url: '', calls: [] };
  const calls = parsed.data.calls.map((c): PageCall => {
    const { id, deadline, opens, closing, ...rest } = c;
    const call: PageCall = { ...rest, id: id ?? `${c.url}#${c.title}` };
    if (closing) call.closing = closing;
    if (deadline) call.deadline = deadline as Deadline;
    if (opens) call.opens = opens;
    return call;
  });
  return { url: parsed.data.url, calls };
}
