import { analyseCall, type PreparedProfile, prepareProfile, score } from '../../core/match/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { hashRecord } from '../../core/model/hash.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';
import type { ItemVerdict, PageCall, PageItem } from '../messages.ts';
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
    url: str(raw.url, 2000),
    detail: raw.detail === true,
    ...(typeof raw.context === 'string' && raw.context ? { context: raw.context.slice(0, 300) } : {}),
  };
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

export function toPageCalls(scored: readonly Scored[]): PageCall[] {
  return scored
    .map((s): PageCall => {
      const status = s.match.deadline?.status;
      const closing = status === 'closed' || status === 'closing-soon' ? status : undefined;
      return { title: s.item.title, url: s.call.url, score: Math.round(s.match.score), band: s.match.band, closing };
    })
    .sort((a, b) => b.score - a.score);
}
