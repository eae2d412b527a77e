import { MINOR_LABEL } from '../../core/format/minor-reasons.ts';
import { blockerLabel, OTHER_PART, PART_LABEL } from '../../core/format/part-labels.ts';
import { clampLabel, pointParts, sumPoints } from '../../core/format/points.ts';
import { sourcedBoth } from '../../core/match/provenance.ts';
import type { Eligibility, Match } from '../../core/model/match.ts';
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
    | 'company-call'
    | 'work-abroad'
    | 'sea-call'
    | 'programme-priorities'
    | 'other'
    | 'blocker'
    | 'cap';
  label: Bilingual;
  /** Points to one decimal, as core shows them everywhere; the parts of a match add up to its score exactly. */
  points: number;
  /** The engine's own sentence for adjustments (eligibility, blockers). */
  text?: Bilingual;
}

/** The eligibility verdicts' lines, with the engine's sentence and the points they carry. */
const areaPart = (e: Eligibility, points: number): ScorePart => ({
  kind: 'programme-area',
  label: PART_LABEL['programme-area'],
  points,
  text: sourcedBoth(e.areaText, e.areaFrom),
});
const applicantPart = (e: Eligibility, points: number): ScorePart => ({
  kind: 'applicant-type',
  label: PART_LABEL['applicant-type'],
  points,
  text: sourcedBoth(e.applicantText, e.applicantFrom),
});

/**
 * Every point of the match as core's pointParts() gives it (one decimal, adding up to the score): one part per
 * priority, then each adjustment with a label and the engine's sentence. The same figures as the extension's
 * panel and the digest show for the same call.
 */
export function scoreParts(match: Match): ScorePart[] {
  const labels = new Map(match.reasons.map((r) => [r.priorityId, r.priorityLabel]));
  const el = match.eligibility;
  const parts = pointParts(match).map((p): ScorePart => {
    switch (p.kind) {
      case 'priority':
        return { kind: 'content', label: labels.get(p.priorityId) ?? OTHER_PART, points: p.points };
      case 'minor':
        return { kind: 'content', label: MINOR_LABEL, points: p.points };
      case 'area':
        return areaPart(el, p.points);
      case 'applicant':
        return applicantPart(el, p.points);
      case 'boost': {
        const b = p.adjustment;
        // A boost the engine learns later still shows, named generally: never an internal code on a card.
        const kind = (PART_LABEL[b.kind] ? b.kind : 'other') as ScorePart['kind'];
        return { kind, label: PART_LABEL[b.kind] ?? OTHER_PART, points: p.points, text: sourcedBoth(b.text, b.from) };
      }
      case 'blocker': {
        const b = p.adjustment;
        return { kind: 'blocker', label: blockerLabel(b.kind), points: p.points, text: sourcedBoth(b.text, b.from) };
      }
      default:
        // 'clamp'. The engine clamps to 0–100; say so rather than let the parts disagree with the score.
        return {
          kind: 'cap',
          label: { sv: clampLabel(p.points, match.score, 'sv'), en: clampLabel(p.points, match.score, 'en') },
          points: p.points,
        };
    }
  });
  return parts.filter((p) => p.points !== 0 || p.kind === 'blocker');
}

/**
 * The eligibility lines that carry no points: an area or applicant verdict the call leaves in doubt ("Utlysningen
 * gäller bara öar …; om … framgår inte"). The score line has no part for them, yet the reader must see the doubt,
 * as the extension's panel shows both verdicts always. A line that shuts the body out is told as a blocker instead.
 */
export function unscoredEligibility(match: Match, parts: readonly ScorePart[]): ScorePart[] {
  const e = match.eligibility;
  const out: ScorePart[] = [];
  if (e.area !== 'not-eligible' && !parts.some((p) => p.kind === 'programme-area')) out.push(areaPart(e, 0));
  if (e.applicant !== 'not-eligible' && !parts.some((p) => p.kind === 'applicant-type')) out.push(applicantPart(e, 0));
  return out.filter((p) => p.text && (p.text.sv || p.text.en));
}

/** Why a call cannot be applied for (an eligibility or exclusion blocker), or undefined when it can. */
export function notEligibleReason(match: Match): Bilingual | undefined {
  const e = match.eligibility;
  if (e.area === 'not-eligible') return sourcedBoth(e.areaText, e.areaFrom);
  if (e.applicant === 'not-eligible') return sourcedBoth(e.applicantText, e.applicantFrom);
  const b = match.blockers[0];
  return b ? sourcedBoth(b.text, b.from) : undefined;
}

/** What the call's text earned against the body's own priorities: named as such, not "Innehåll" (content). */
const CONTENT: Bilingual = { sv: 'Strategins prioriteringar', en: 'Strategy priorities' };

/** The card's one line: content summed over the priorities, then each adjustment; still adds up to the score. */
export function scoreLine(parts: readonly ScorePart[]): ScorePart[] {
  const content = sumPoints(parts.filter((p) => p.kind === 'content').map((p) => p.points));
  const rest = parts.filter((p) => p.kind !== 'content');
  return content !== 0 || rest.length === 0 ? [{ kind: 'content', label: CONTENT, points: content }, ...rest] : rest;
}
