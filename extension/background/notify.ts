import { countText } from '../../core/format/deadline-text.ts';
import type { Digest, Lang } from '../messages.ts';
import { msg } from '../shared/i18n.ts';

export const NOTIFICATION_ID = 'fundwatch-weekly';

/** "4 nya matchande utlysningar denna vecka": the count in core's words, the frame a message. */
export function headline(n: number, lang: Lang): string {
  return msg(lang, 'notifyHeadline', countText(n, 'newMatch', lang));
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
