import type { SavedCall } from '../messages.ts';

/**
 * The PWA's URL entry point (also its share_target): `?title&text&url`, plus the funder, programme and
 * next deadline (ISO date) the extension already knows. The PWA scores and saves what it receives.
 */
export function pwaHandoverUrl(pwaUrl: string, saved: Pick<SavedCall, 'call'>, today = new Date()): string {
  const { call } = saved;
  const url = new URL(pwaUrl);
  url.searchParams.set('title', call.title);
  url.searchParams.set('text', call.summary.slice(0, 1500));
  url.searchParams.set('url', call.url);
  url.searchParams.set('funder', call.funder);
  if (call.programme) url.searchParams.set('programme', call.programme);
  const day = today.toISOString().slice(0, 10);
  const dates = call.deadlines.map((d) => d.date).sort();
  const deadline = dates.find((d) => d >= day) ?? dates.at(-1);
  if (deadline) url.searchParams.set('deadline', deadline);
  return url.href;
}

/** Links from funder pages and feeds are untrusted: only http(s) addresses become links. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
