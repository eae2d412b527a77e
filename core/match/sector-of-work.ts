/**
 * A sector named as where the work is done, not who does it: "technologies in energy-intensive industries",
 * "decarbonisation within the manufacturing industry", "ny teknik inom tillverkningsindustrin". A word for
 * companies as a sector ("industries", "industrin", "näringslivet") after the work and "in"/"inom" says what the
 * call funds, so it names no applicant. After persons ("unga ledare inom näringslivet", "women working in industry")
 * it is where they work: the persons are who the call is for, not companies. After an actor ("actors in industry",
 * "aktörer inom näringslivet") it is the actor's sector, and the actor may be a company: that reading stays.
 */
import { fold } from '../text/fold.ts';

/** Words for companies as a sector, alone or ending a compound ("tillverkningsindustrin"; folded, lowercase). */
const SECTOR_WORD = /(?:industr\p{L}*|naringsliv\p{L}*|bransch\p{L}*|sectors?)$/u;

/** The work, then "in"/"inom" and up to three words, right before the sector word (folded, lowercase). */
const WORK_IN_BEFORE =
  /(?:^|[^\p{L}])(?:technolog\p{L}*|projects?|solutions?|innovations?|investments?|activities|applications?|processes|deployment|decarboni[sz]ation|emissions?|teknik\p{L}*|projekt\p{L}*|losning\p{L}*|innovation\p{L}*|investering\p{L}*|verksamhet\p{L}*|omstallning\p{L}*|utslapp\p{L}*)\s+(?:in|within|across|i|inom)\s+(?:the\s+|den\s+|det\s+)?(?:[\p{L}-]+,?\s+){0,3}$/u;

/** Persons, then "in"/"inom" (or "working in", "verksamma inom") and up to three words, right before the sector word. */
const PERSONS_IN_BEFORE =
  /(?:^|[^\p{L}])(?:leaders?|managers?|executives|employees|staff|workers|professionals|women|men|ledare|chefer|anställda|anstallda|medarbetare|kvinnor|yrkesverksamma)\s+(?:(?:working|active|employed|verksamma|aktiva|anställda|anstallda|som arbetar)\s+)?(?:in|within|across|from|i|inom|från|fran)\s+(?:the\s+|den\s+|det\s+)?(?:[\p{L}-]+,?\s+){0,3}$/u;

/** Whether the applicant word at [start, end) of `text` names the sector a call's work is in. */
export function sectorOfWorkAt(text: string, start: number, end: number): boolean {
  if (!SECTOR_WORD.test(fold(text.slice(start, end).toLowerCase()))) return false;
  const before = fold(text.slice(Math.max(0, start - 100), start).toLowerCase());
  return WORK_IN_BEFORE.test(before) || PERSONS_IN_BEFORE.test(before);
}
