/// <reference types="chrome" />

import type { Band } from '../../core/model/match.ts';
import en from '../_locales/en/messages.json' with { type: 'json' };
import sv from '../_locales/sv/messages.json' with { type: 'json' };
import type { Lang } from '../messages.ts';

/**
 * Every word the extension shows (popup, options, in-page badges and panel) is a message in
 * _locales/<lang>/messages.json, read through chrome.i18n. Chrome serves the catalogue of the browser's
 * language (Swedish, the default locale, for any language but English); when the user chose the other
 * language in the options, its message comes from the other catalogue: the same files, bundled. Outside an
 * extension (unit tests) both come from the bundled files.
 */
export type MessageKey = keyof typeof sv & keyof typeof en;

const CATALOGUES: Record<Lang, Record<string, { message: string }>> = { sv, en };

let served: Lang | null | undefined;

/** The language of the catalogue chrome.i18n serves here, or null where there is none. */
function servedLang(): Lang | null {
  if (served === undefined) {
    const api = (globalThis as { chrome?: typeof chrome }).chrome?.i18n;
    const tag = typeof api?.getMessage === 'function' ? api.getMessage('catalogueLang') : '';
    served = tag === 'sv' || tag === 'en' ? tag : null;
  }
  return served;
}

/** chrome.i18n's substitutions: $1…$9 take the arguments in order, $$ is a dollar sign. */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

const cache = new Map<string, string>();

/** The message `key` in `lang`, with `subs` for $1, $2…; the same call always gives the same text. */
export function msg(lang: Lang, key: MessageKey, ...subs: string[]): string {
  if (subs.length === 0) {
    const hit = cache.get(`${lang}\u0000${key}`);
    if (hit !== undefined) return hit;
  }
  let text = '';
  if (servedLang() === lang) text = chrome.i18n.getMessage(key, subs);
  if (!text) text = substitute((CATALOGUES[lang] ?? CATALOGUES.sv)[key]?.message ?? '', subs);
  if (subs.length === 0) cache.set(`${lang}\u0000${key}`, text);
  return text;
}

const BAND_KEY: Record<Band, MessageKey> = {
  strong: 'bandStrong',
  relevant: 'bandRelevant',
  weak: 'bandWeak',
  none: 'bandNone',
};

/** The band's short name, as on a badge: "Stark". */
export function bandLabel(lang: Lang, band: Band): string {
  return msg(lang, BAND_KEY[band]);
}

/** Before the settings are read: the language Chrome serves, Swedish where there is none. */
export function navigatorLang(): Lang {
  return servedLang() ?? 'sv';
}
