import { z } from 'zod';
import type { FundingCall } from '../model/call.ts';
import { safeHttpUrl } from '../sources/lib/url.ts';

/**
 * How long each kind of text read from a team document may be, in one place. Another device wrote it, so a
 * hostile or broken one could put megabytes in any field: readers cut a longer text to its cap (the rest of the
 * record still shows) rather than render, store and sync it on every member's device.
 */
export const TEAM_CAPS = {
  /** A person's name: who decided, commented, hid, owns or saved. */
  name: 200,
  /** A tag. */
  tag: 100,
  /** Tags on one entry. */
  tags: 50,
  /** A call's title, and the title kept with a hidden call. */
  title: 1000,
  /** A call's summary. */
  summary: 20_000,
  /** The funder, programme, source and other short labels of a call or a reason. */
  label: 1000,
  /** A link (longer ones are not kept at all: a cut link leads somewhere else). */
  url: 2000,
  /** Items in a call's lists (deadlines, themes, countries, applicant types) and a match's reasons and evidence. */
  items: 100,
  /** The shared notes. */
  notes: 100_000,
  /** A comment, the why of a decision, the reason for hiding or archiving. */
  comment: 10_000,
  /** Decisions read per entry: the newest (a real log has tens; the status follows from the ones read). */
  decisions: 200,
  /** Comments read per entry: the newest. */
  comments: 200,
  /** Lines of an entry's log (feed changes, archive/restore) read: the newest. */
  logLines: 200,
} as const;
export type TeamCapField = keyof typeof TEAM_CAPS;
/** The caps on how many records of an append-only list are read. */
export type TeamCountCap = 'decisions' | 'comments' | 'logLines';

/** Text cut to its field's cap. */
export function cut(text: string, field: TeamCapField): string {
  const max = TEAM_CAPS[field];
  return text.length > max ? text.slice(0, max) : text;
}

/** A zod string read from a team document, cut to its field's cap. */
export const cutText = (field: TeamCapField) => z.string().transform((s) => cut(s, field));

/** Every string in a validated value cut to `field`'s cap and every list to `items`, keeping its shape. */
export function cutAll<T>(value: T, field: TeamCapField): T {
  if (typeof value === 'string') return cut(value, field) as T;
  if (Array.isArray(value)) return value.slice(0, TEAM_CAPS.items).map((v) => cutAll(v, field)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // Assigning a "__proto__" key would set the prototype instead; validated records never need one.
    for (const [k, v] of Object.entries(value)) if (k !== '__proto__') out[k] = cutAll(v, field);
    return out as T;
  }
  return value;
}

/**
 * A validated call from a team document as readers may show it: texts cut to their caps, lists shortened, and a
 * link that is not a plain http(s) address (javascript:, data:) dropped, so no view can make it a link.
 */
export function capTeamCall(call: FundingCall): FundingCall {
  const out = cutAll(call, 'label');
  out.title = cut(call.title, 'title');
  out.summary = cut(call.summary, 'summary');
  out.url = call.url.length <= TEAM_CAPS.url ? (safeHttpUrl(call.url) ?? '') : '';
  return out;
}
