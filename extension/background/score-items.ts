import { analyseCall, type PreparedProfile, prepareProfile, score } from '../../core/match/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { hashRecord } from '../../core/model/hash.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';
import { deadlineToShow } from '../../core/model/status.ts';
import type { ItemMark, ItemVerdict, PageCall, PageItem } from '../messages.ts';
import { pageItemToCall, shownDeadline } from './page-call.ts';

const MAX_ITEMS = 2000;
const MAX_FIELD = 4000;

/** Preparing a profile is the costly part; cached by content so a woken worker simply prepares it again. */
let prepared: { key: string; value: PreparedProfile } | undefined;
export function preparedFor(profile: Profile): PreparedProfile {
  const key = hashRecord(profile);
  if (prepared?.key !== key) prepared = { key, value: prepareProfile(profile) };
  return prepared.value;
}

/** Content scripts run on untrusted pages: clip what they send before it reaches the engine. */
export function clipItem(raw: PageItem): PageItem {
  const str = (v: unknown, max = MAX_FIELD) => (typeof v === 'string' ? v.slice(0, max) : '');
  return {
    key: str(raw.key, 40),
    title: str(raw.title, 400) || '(utan titel)',
    text: str(raw.text),
    // A link the page gave that is not http(s) (javascript:, data:) is never kept: the page's address is used.
    url: httpOnly(str(raw.url, 2000)),
    detail: raw.detail === true,
    ...(typeof raw.context === 'string' && raw.context ? { context: raw.context.slice(0, 300) } : {}),
  };
}

function httpOnly(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '';
  } catch {
    return '';
  }
}

export interface Scored {
  item: PageItem;
  call: FundingCall;
  match: Match;
  verdict: ItemVerdict;
}

export function scoreItems(
  items: readonly PageItem[],
  pageUrl: string,
  profile: Profile,
  savedIds: ReadonlySet<string>,
  now: Date,
): Scored[] {
  const prep = preparedFor(profile);
  return items.slice(0, MAX_ITEMS).map((raw) => {
    const item = clipItem(raw);
    const call = pageItemToCall(item, pageUrl, now);
    const match = score(analyseCall(call), prep, { now });
    const verdict: ItemVerdict = {
      key: item.key,
      callId: call.id,
      match,
      deadline: shownDeadline(call, now),
      saved: savedIds.has(call.id),
    };
    return { item, call, match, verdict };
  });
}

/** The badge's share of a verdict: band, score and timing only. */
export function toMark(s: Scored): ItemMark {
  const status = s.match.deadline?.status;
  const mark: ItemMark = {
    key: s.verdict.key,
    callId: s.call.id,
    band: s.match.band,
    score: Math.round(s.match.score),
    saved: s.verdict.saved,
  };
  if (status) mark.status = status;
  if (status === 'forthcoming' && s.call.opens) mark.opens = s.call.opens;
  return mark;
}

export function toPageCalls(scored: readonly Scored[], now: Date): PageCall[] {
  return scored
    .map((s): PageCall => {
      const status = s.match.deadline?.status;
      const closing = status === 'closed' || status === 'closing-soon' ? status : undefined;
      const deadline = deadlineToShow(s.call, now);
      const call: PageCall = {
        id: s.call.id,
        title: s.item.title,
        url: s.call.url,
        score: Math.round(s.match.score),
        band: s.match.band,
        closing,
      };
      if (deadline) call.deadline = deadline;
      if (status === 'forthcoming' && s.call.opens) call.opens = s.call.opens;
      return call;
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * The calls of one page across scans: one entry per call id (a re-rendered or reloaded list brings the same
 * calls again), the newest reading kept, best first; a different page starts over.
 */
export function mergePageCalls(
  prev: { url: string; calls: PageCall[] },
  pageUrl: string,
  fresh: readonly PageCall[],
): { url: string; calls: PageCall[] } {
  const byId = new Map<string, PageCall>();
  for (const c of prev.url === pageUrl ? prev.calls : []) byId.set(c.id, c);
  for (const c of fresh) byId.set(c.id, c);
  const calls = [...byId.values()].sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'sv'));
  return { url: pageUrl, calls };
}
