import { countText } from '../../core/format/deadline-text.ts';
import type { Digest, Lang } from '../messages.ts';
import { bandLabel, msg } from '../shared/i18n.ts';
import { whyLine } from '../shared/why-line.ts';

export const NOTIFICATION_ID = 'fundwatch-weekly';

/** "4 nya matchande utlysningar denna vecka": the count in core's words, the frame a message. */
export function headline(n: number, lang: Lang): string {
  return msg(lang, 'notifyHeadline', countText(n, 'newMatch', lang));
}

/** What the notification says, made from the digest's structured entries when it is shown, in the chosen language. */
export function digestNotification(
  digest: Digest,
  lang: Lang,
  maxListed: number,
): { title: string; message: string; items: { title: string; message: string }[] } {
  const top = digest.entries.slice(0, maxListed);
  // Each call with why: where only the message shows (some systems show no list), it still says why.
  const said = top.map((e) => ({ e, why: whyLine(e, lang) }));
  return {
    title: headline(digest.entries.length, lang),
    message: said.map(({ e, why }) => (why ? `${e.title} — ${why}` : e.title)).join('\n'),
    items: said.map(({ e, why }) => ({
      title: `${bandLabel(lang, e.band)} ${e.score}`,
      message: `${e.title} (${e.funder})${why ? ` — ${why}` : ''}`,
    })),
  };
}

/** One notification for the whole run, listing the top matches; clicking it opens the list. */
export async function notifyDigest(digest: Digest, lang: Lang, maxListed: number): Promise<void> {
  await chrome.notifications.create(NOTIFICATION_ID, {
    type: 'list',
    iconUrl: chrome.runtime.getURL('extension/icons/icon-128.png'),
    ...digestNotification(digest, lang, maxListed),
    priority: 1,
  });
}

export function listPageUrl(): string {
  return chrome.runtime.getURL('extension/popup/index.html?view=digest');
}
