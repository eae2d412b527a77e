import type { SavedCall } from '../messages.ts';

/** The PWA's URL entry point (also its share_target): the PWA scores and saves what it receives. */
export function pwaHandoverUrl(pwaUrl: string, saved: Pick<SavedCall, 'call'>): string {
  const url = new URL(pwaUrl);
  url.searchParams.set('title', saved.call.title);
  url.searchParams.set('text', saved.call.summary.slice(0, 1500));
  url.searchParams.set('url', saved.call.url);
  return url.href;
}

export function t(lang: 'sv' | 'en', sv: string, en: string): string {
  return lang === 'en' ? en : sv;
}

export const BAND_LABEL = {
  sv: { strong: 'Stark', relevant: 'Relevant', weak: 'Svag', none: 'Ingen' },
  en: { strong: 'Strong', relevant: 'Relevant', weak: 'Weak', none: 'None' },
} as const;

/** Links from funder pages and feeds are untrusted: only http(s) addresses become links. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
