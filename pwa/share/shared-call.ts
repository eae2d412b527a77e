import { parseSchedule } from '../../core/dates/schedule.ts';
import { pageCallId } from '../../core/exchange/call-id.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { hashString } from '../../core/model/hash.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { guessLanguage } from '../../core/text/language.ts';

/** The share target's and the extension's hand-over parameters: `/?title=…&text=…&url=…`. */
export interface SharedParams {
  title: string;
  text: string;
  url: string;
  /** Optional extras the extension sends when it knows them. */
  funder?: string;
  programme?: string;
  deadline?: string;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/;

/** A shared page is a pointer to a call, not its archive: longer texts are cut so saving stays instant. */
export const SHARED_LIMITS = { title: 300, text: 20_000, url: 2_000 };

export function readSharedParams(search: string): SharedParams | undefined {
  const q = new URLSearchParams(search);
  const title = (q.get('title') ?? '').trim().slice(0, SHARED_LIMITS.title);
  let text = (q.get('text') ?? '').trim().slice(0, SHARED_LIMITS.text);
  let url = (q.get('url') ?? '').trim().slice(0, SHARED_LIMITS.url);
  // Android's share sheet often puts the link in "text" and leaves "url" empty.
  if (!url) {
    const found = text.match(URL_IN_TEXT);
    if (found) {
      url = found[0];
      text = text.replace(found[0], '').trim();
    }
  }
  if (!title && !text && !url) return undefined;
  const opt = (k: string) => q.get(k)?.trim() || undefined;
  return { title, text, url, funder: opt('funder'), programme: opt('programme'), deadline: opt('deadline') };
}

function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** A FundingCall (source "shared") from a shared page; dates in the shared text become deadlines. */
export function sharedCall(p: SharedParams, now = new Date()): FundingCall {
  const host = hostOf(p.url);
  const title = p.title || p.text.split('\n')[0].slice(0, 160) || host || 'Delad sida';
  const body = `${p.title}\n${p.text}`;
  const schedule = parseSchedule(body, { defaultZone: 'Europe/Stockholm', defaultYear: now.getFullYear() });
  const deadlines =
    p.deadline && /^\d{4}-\d{2}-\d{2}$/.test(p.deadline)
      ? [{ date: p.deadline, timeZone: 'Europe/Stockholm', kind: 'application' as const }]
      : schedule.deadlines;
  return normaliseCall(
    {
      // A shared address gets the id the extension gives the same address, so the two never make two entries.
      id: host ? pageCallId(p.url) : `shared:${hashString(`${title}\n${p.text}`)}`,
      source: 'shared',
      funder: p.funder || host || 'Okänd finansiär',
      programme: p.programme,
      title,
      summary: p.text,
      url: host ? p.url : '',
      language: guessLanguage(body),
      opens: schedule.opens,
      fuzzyDate: schedule.fuzzyDate,
      deadlines,
      fetchedAt: now.toISOString(),
    },
    { file: 'shared page' },
    now,
  );
}
