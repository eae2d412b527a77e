/**
 * Whose staff a call trains or serves: "kompetensutveckling för anställda inom företag, myndigheter, kommuner och
 * föreningar", "training for staff of companies, public authorities and NGOs". The kinds of organisation listed
 * after such a word say whose employees take part, not what the call is about: a list of employers naming
 * associations is no civil-society topic, one naming companies no business development. The range runs from the
 * word to the end of its clause (a list ends there); the caller skips only actor words in it (concepts marked
 * `actors`, applicant classes, words ending in a kind of organisation), so topics in the same clause ("anställda
 * inom turistnäringen") still count.
 */
import { allLeadMatches, leadScan } from '../text/lead-scan.ts';
import { SUMMARY_CUES } from './who-wording.ts';

/** A word for the staff of organisations, then a preposition that names where they work. Lowercase text. */
const STAFF_OF = leadScan(
  /(?:^|[^\p{L}])(?:anställda|personal(?:en)?|medarbetare|yrkesverksamma|tjänstemän|chefer|ledare|employees|staff|personnel|workers|managers|professionals|civil servants|officials)\s+(?:inom|i|på|vid|hos|från|of|from|in|at|within|working in|employed (?:in|by|at))\s/gu,
  SUMMARY_CUES,
);

/** The clause ends at a full stop, a semicolon, a colon, a bracket or a line break. */
const CLAUSE_END = /[.;:!?()\n]/;

export function staffRanges(lower: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of allLeadMatches(lower, STAFF_OF)) {
    const from = (m.index ?? 0) + m[0].length;
    let to = lower.slice(from).search(CLAUSE_END);
    to = to === -1 ? lower.length : from + to;
    out.push([from, to]);
  }
  return out;
}
