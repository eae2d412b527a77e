/**
 * A sector named as where the work is done, not who does it: "technologies in energy-intensive industries",
 * "decarbonisation within the manufacturing industry", "ny teknik inom tillverkningsindustrin". A word for
 * companies as a sector ("industries", "industrin", "näringslivet") after the work and "in"/"inom" says what the
 * call funds, so it names no applicant. After an actor ("actors in industry", "aktörer inom näringslivet") it is the
 * actor's sector, and the actor may be a company: that reading stays.
 */
import { fold } from '../text/fold.ts';

/** Words for companies as a sector, alone or ending a compound ("tillverkningsindustrin"; folded, lowercase). */
const SECTOR_WORD = /(?:industr\p{L}*|naringsliv\p{L}*|bransch\p{L}*|sectors?)$/u;

/** The work, then "in"/"inom" and up to three words, right before the sector word (folded, lowercase). */
const WORK_IN_BEFORE =
  /(?:^|[^\p{L}])(?:technolog\p{L}*|projects?|solutions?|innovations?|investments?|activities|applications?|processes|deployment|decarboni[sz]ation|emissions?|teknik\p{L}*|projekt\p{L}*|losning\p{L}*|innovation\p{L}*|investering\p{L}*|verksamhet\p{L}*|omstallning\p{L}*|utslapp\p{L}*)\s+(?:in|within|across|i|inom)\s+(?:the\s+|den\s+|det\s+)?(?:[\p{L}-]+,?\s+){0,3}$/u;

/** Whether the applicant word at [start, end) of `text` names the sector a call's work is in. */
export function sectorOfWorkAt(text: string, start: number, end: number): boolean {
  if (!SECTOR_WORD.test(fold(text.slice(start, end).toLowerCase()))) return false;
  return WORK_IN_BEFORE.test(fold(text.slice(Math.max(0, start - 100), start).toLowerCase()));
}
