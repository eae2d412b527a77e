/**
 * Bodies of named län a nationwide call leaves out: "Kommuner i Norrbottens, Västerbottens och Gotlands län kan dock
 * inte söka", "Sverige (ej kommuner i Norrbottens län)", "all regions except those in Skåne län". The rest of Sweden
 * may apply; those of the named län may not.
 */

import type { ApplicantClass } from '../data/kinds.ts';
import { foldKeepingOffsets } from '../text/fold.ts';
import { exceptedBefore } from './negation.ts';
import { REFUSAL } from './refusal-words.ts';
import { lanIdsNamedIn } from './where-text.ts';

export interface ExceptedLan {
  /** The län by id. */
  lan: readonly string[];
  /** The classes left out there; empty when the words name bodies of any kind. */
  classes: readonly ApplicantClass[];
  /** The words that say it, as written. */
  said: string;
}

/** Bodies of a kind, then "i"/"in" and a stretch up to "län"/"county": the län's bodies (folded). */
const BODIES_IN_LAN =
  /(kommuner|kommunerna|regioner|regionerna|organisationer|aktorer|sokande|municipalities|local authorities|regions|regional authorities|applicants|organisations|organizations)\s+(?:i|fran|in|from|located in|based in)\s+([^.;:()]{2,120}?\s(?:lan|county|counties))(?![\p{L}])/gu;

/** "Only to" right before the bodies (folded): "betalas enbart ut till ", "paid only to ". */
const ONLY_TO_BEFORE = /(?:endast|enbart|bara|uteslutande|only|solely|exclusively)\s+(?:ut\s+)?(?:till|to)\s+$/u;

function classesOf(word: string): ApplicantClass[] {
  if (/^(?:kommuner|kommunerna|municipalities|local authorities)$/u.test(word)) return ['municipal'];
  if (/^(?:regioner|regionerna|regions|regional authorities)$/u.test(word)) return ['region'];
  return [];
}

/**
 * The län whose bodies the call leaves out, from its summary and its list of countries, or none. A refusal must
 * follow in the sentence ("… kan dock inte söka"), or an exception word precede ("ej kommuner i …").
 */
export function exceptedLanIn(summary: string, entries: readonly string[]): ExceptedLan | undefined {
  for (const original of [summary, ...entries]) {
    const text = foldKeepingOffsets(original);
    if (!text.includes('lan') && !text.includes('count')) continue;
    for (const m of text.matchAll(BODIES_IN_LAN)) {
      const at = m.index ?? 0;
      // "ej kommuner i …", "utom regioner i …" (negation's exception cues).
      const excepted = exceptedBefore(text.slice(Math.max(0, at - 40), at));
      const refused = !excepted && REFUSAL.test(text.slice(at + m[0].length, at + m[0].length + 60).split(/[.;]/u)[0]);
      if (!excepted && !refused) continue;
      // "Bidraget betalas enbart ut till kommuner i Kalmar län och får inte vidareförmedlas …": those the money goes to
      // only, and a refusal of the money's passing on, not of them.
      if (!excepted && ONLY_TO_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
      // Only a call for the rest of the country: "kommuner i andra län kan inte söka" is the call's own area.
      if (/(?:^|[^\p{L}])(?:andra|ovriga|other|utanfor|outside)(?![\p{L}])/u.test(m[2])) continue;
      const lan = lanIdsNamedIn(m[2]);
      if (lan.length === 0) continue;
      return { lan, classes: classesOf(m[1]), said: original.slice(at, at + m[0].length) };
    }
  }
  return undefined;
}
