import type { Digest, Lang } from '../messages.ts';

export const NOTIFICATION_ID = 'fundwatch-weekly';

export function headline(n: number, lang: Lang): string {
  if (lang === 'en') return n === 1 ? '1 new matching call this week' : `${n} new matching calls this week`;
  return n === 1 ? '1 ny matchande utlysning denna vecka' : `${n} nya matchande utlysningar denna vecka`;
}

/** One notification for the whole run, listing the top matches; clicking it opens the list. */
export async function notifyDigest(digest: Digest, lang: Lang, maxListed: number): Promise<void> {
  const top = digest.entries.slice(0, maxListed);
  await chrome.notifications.create(NOTIFICATION_ID, {
    type: 'list',
    iconUrl: chrome.runtime.getURL('extension/icons/icon-128.png'),
    title: headline(digest.entries.length, lang),
    message: top.map((e) => e.title).join('\n'),
    items: top.map((e) => ({ title: `${e.score}`, message: `${e.title} (${e.funder})` })),
    priority: 1,
  });
}

export function listPageUrl(): string {
  return chrome.runtime.getURL('extension/popup/index.html?view=digest');
}
