/**
 * A region's own place said as where the money goes: "insatser för hållbar regional tillväxt … på Gotland", "projekt
 * i Värmland". A region that only publishes another funder's call (signals.ts `areaAndProgramme`) yields its area to
 * the national programme named with it; but where the call's text twice puts the work in the region's own län, the
 * national money is for that län, and the area stays. Also: the one län a name gives (a LEADER group's "Lokalt Ledd
 * Utveckling Halland").
 */
import { LAN } from '../data/index.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold } from '../text/fold.ts';

/** Each län by its name as a word, folded and without "län" ("gotland", "vastra gotaland"), escaped for a pattern. */
const LAN_WORDS = LAN.lan.map((l) => [l.id, escapeRegExp(fold(l.name.toLowerCase()).replace(/s? lan$/, ''))] as const);

const PLACE_OF_LAN = new Map(
  LAN_WORDS.map(
    ([id, name]) =>
      [
        id,
        new RegExp(
          `(?:^|[^\\p{L}])(?:pa|i|inom)\\s+(?:(?:norra|sodra|ostra|vastra|hela)\\s+)?${name}(?![\\p{L}])`,
          'gu',
        ),
      ] as const,
  ),
);

/** Whether the folded summary twice says work is done in the one län `lan` ("på Gotland", "i hela Värmland"). */
export function workPlacedIn(lan: readonly string[], foldedSummary: string): boolean {
  if (lan.length !== 1) return false;
  const re = PLACE_OF_LAN.get(lan[0]);
  if (!re) return false;
  let n = 0;
  for (const _ of foldedSummary.matchAll(re)) if (++n >= 2) return true;
  return false;
}

/** Each län's name as a word, a genitive "s" allowed ("Lokalt Ledd Utveckling Halland", "Hallands"). */
const LAN_NAME = LAN_WORDS.map(([id, name]) => [id, new RegExp(`(?:^|[^\\p{L}])${name}s?(?![\\p{L}])`, 'u')] as const);

/** The one län a name or title names ("Lokalt Ledd Utveckling Halland"), or undefined for none or several. */
export function lanNamedIn(text: string): string | undefined {
  const folded = fold(text.toLowerCase());
  let found: string | undefined;
  for (const [id, re] of LAN_NAME) {
    if (!re.test(folded)) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

/** Every län a text names by its name ("Norrbotten, Västerbotten"), in the order of lan.json. */
export function lanNamesIn(text: string): string[] {
  const folded = fold(text.toLowerCase());
  return LAN_NAME.filter(([, re]) => re.test(folded)).map(([id]) => id);
}
