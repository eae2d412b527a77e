/**
 * A region's own place said as where the money goes: "insatser för hållbar regional tillväxt … på Gotland", "projekt
 * i Värmland". A region that only publishes another funder's call (signals.ts `areaAndProgramme`) yields its area to
 * the national programme named with it; but where the call's text twice puts the work in the region's own län, the
 * national money is for that län, and the area stays.
 */
import { LAN } from '../data/index.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold } from '../text/fold.ts';

const PLACE_OF_LAN = new Map(
  LAN.lan.map((l) => {
    const name = fold(l.name.toLowerCase()).replace(/s? lan$/, '');
    return [
      l.id,
      new RegExp(
        `(?:^|[^\\p{L}])(?:pa|i|inom)\\s+(?:(?:norra|sodra|ostra|vastra|hela)\\s+)?${escapeRegExp(name)}(?![\\p{L}])`,
        'gu',
      ),
    ] as const;
  }),
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

/**
 * Applicants required to be of the region's own län: "ska vara registrerad i Skåne", "registered in Värmland",
 * "ha sin verksamhet i Skåne". However EU-wide the programme named with it, the region's money is for its own län.
 */
const REGISTERED_IN_LAN = new Map(
  LAN.lan.map((l) => {
    const name = fold(l.name.toLowerCase()).replace(/s? lan$/, '');
    return [
      l.id,
      new RegExp(
        `(?:^|[^\\p{L}])(?:registrerad\\p{L}*|registered|based|located|belagen|belaget|sate|(?:sin|dess|its)\\s+verksamhet)\\s+(?:i|in|inom|within)\\s+(?:(?:norra|sodra|ostra|vastra|hela)\\s+)?${escapeRegExp(name)}(?![\\p{L}])`,
        'u',
      ),
    ] as const;
  }),
);

/** Whether the folded summary requires applicants to be registered or based in the one län `lan`. */
export function applicantsPlacedIn(lan: readonly string[], foldedSummary: string): boolean {
  if (lan.length !== 1) return false;
  return REGISTERED_IN_LAN.get(lan[0])?.test(foldedSummary) ?? false;
}

/** Each län's name as a word ("halland", "vastra gotaland"), folded. */
const LAN_NAME = LAN.lan.map(
  (l) =>
    [
      l.id,
      new RegExp(
        `(?:^|[^\\p{L}])${escapeRegExp(fold(l.name.toLowerCase()).replace(/s? lan$/, ''))}s?(?![\\p{L}])`,
        'u',
      ),
    ] as const,
);

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
