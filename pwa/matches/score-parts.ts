import { sourcedBoth } from '../../core/match/provenance.ts';
import { groupReasons } from '../../core/match/reason-groups.ts';
import type { Match } from '../../core/model/match.ts';
import type { Bilingual } from '../../core/model/profile.ts';

/** One line of a card's score: content per priority, then programme area, applicants, countries, blockers. */
export interface ScorePart {
  kind:
    | 'content'
    | 'programme-area'
    | 'applicant-type'
    | 'partner-country'
    | 'preferred-funder'
    | 'geographic-focus'
    | 'domestic-scope'
    | 'programme-priorities'
    | 'other'
    | 'blocker'
    | 'cap';
  label: Bilingual;
  /** Whole points; the parts of a match add up to its score exactly. */
  points: number;
  /** The engine's own sentence for adjustments (eligibility, blockers). */
  text?: Bilingual;
}

const KIND_LABEL: Record<string, Bilingual> = {
  'programme-area': { sv: 'Programområde', en: 'Programme area' },
  'applicant-type': { sv: 'Sökande', en: 'Applicants' },
  'partner-country': { sv: 'Partnerländer', en: 'Partner countries' },
  'preferred-funder': { sv: 'Finansiär i strategin', en: 'Funder in the strategy' },
  'geographic-focus': { sv: 'Geografiskt fokus', en: 'Geographic focus' },
  'outside-programme-area': { sv: 'Utanför programområdet', en: 'Outside the programme area' },
  exclusion: { sv: 'Utesluts av profilen', en: 'Excluded by the profile' },
  'domestic-scope': { sv: 'Nationellt stöd', en: 'National funding' },
  'programme-priorities': { sv: 'Programmets prioriteringar', en: 'Programme priorities' },
};
const OTHER: Bilingual = { sv: 'Övrigt', en: 'Other' };
const CAP: Bilingual = { sv: 'Högst 100', en: 'At most 100' };

/**
 * Every point of the match, from the match itself: one part per priority (its reasons' points), each boost
 * and each blocker. Rounded by largest remainder so the whole points shown add up to the score shown.
 */
export function scoreParts(match: Match): ScorePart[] {
  const raw: (Omit<ScorePart, 'points'> & { value: number })[] = [];
  for (const g of groupReasons(match.reasons, 'sv')) {
    const label = match.reasons.find((r) => r.priorityId === g.priorityId)?.priorityLabel ?? g.label;
    raw.push({ kind: 'content', label, value: g.points });
  }
  const el = match.eligibility;
  if (el.areaPoints)
    raw.push({
      kind: 'programme-area',
      label: KIND_LABEL['programme-area'],
      value: el.areaPoints,
      text: sourcedBoth(el.areaText, el.areaFrom),
    });
  if (el.applicantPoints)
    raw.push({
      kind: 'applicant-type',
      label: KIND_LABEL['applicant-type'],
      value: el.applicantPoints,
      text: sourcedBoth(el.applicantText, el.applicantFrom),
    });
  for (const b of match.boosts) {
    // A boost the engine learns later still shows, named generally: never an internal code on a card.
    const kind = (KIND_LABEL[b.kind] ? b.kind : 'other') as ScorePart['kind'];
    raw.push({ kind, label: KIND_LABEL[b.kind] ?? OTHER, value: b.points, text: sourcedBoth(b.text, b.from) });
  }
  for (const b of match.blockers) {
    const label =
      KIND_LABEL[b.kind] ??
      (b.kind === 'applicant-type'
        ? { sv: 'Ej behörig sökande', en: 'Not an eligible applicant' }
        : { sv: 'Hinder', en: 'Blocker' });
    raw.push({ kind: 'blocker', label, value: b.points, text: sourcedBoth(b.text, b.from) });
  }
  const sum = raw.reduce((t, p) => t + p.value, 0);
  // The engine clamps to 0–100; say so rather than let the parts disagree with the score.
  if (Math.abs(sum - match.score) >= 0.5) raw.push({ kind: 'cap', label: CAP, value: match.score - sum });
  return largestRemainder(raw, match.score).filter((p) => p.points !== 0 || p.kind === 'blocker');
}

function largestRemainder<T extends { value: number }>(
  parts: T[],
  total: number,
): (Omit<T, 'value'> & { points: number })[] {
  const floors = parts.map((p) => Math.floor(p.value));
  let left = total - floors.reduce((t, x) => t + x, 0);
  const order = parts.map((p, i) => ({ i, r: p.value - Math.floor(p.value) })).sort((a, b) => b.r - a.r);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  // A negative remainder (rare: the rounded score below the floors' sum) takes from the smallest fractions.
  for (let k = order.length - 1; k >= 0 && left < 0; k--) {
    floors[order[k].i] -= 1;
    left += 1;
  }
  return parts.map(({ value: _v, ...rest }, i) => ({ ...rest, points: floors[i] }));
}

/** Why a call cannot be applied for (an eligibility or exclusion blocker), or undefined when it can. */
export function notEligibleReason(match: Match): Bilingual | undefined {
  const e = match.eligibility;
  if (e.area === 'not-eligible') return sourcedBoth(e.areaText, e.areaFrom);
  if (e.applicant === 'not-eligible') return sourcedBoth(e.applicantText, e.applicantFrom);
  const b = match.blockers[0];
  return b ? sourcedBoth(b.text, b.from) : undefined;
}

const CONTENT: Bilingual = { sv: 'Innehåll', en: 'Content' };

/** The card's one line: content summed over the priorities, then each adjustment; still adds up to the score. */
export function scoreLine(parts: readonly ScorePart[]): ScorePart[] {
  const content = parts.filter((p) => p.kind === 'content').reduce((t, p) => t + p.points, 0);
  const rest = parts.filter((p) => p.kind !== 'content');
  return content !== 0 || rest.length === 0 ? [{ kind: 'content', label: CONTENT, points: content }, ...rest] : rest;
}
