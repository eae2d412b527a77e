import { foldMinor, MINOR_LABEL } from '../format/minor-reasons.ts';
import { blockerLabel, boostLabel, PART_LABEL } from '../format/part-labels.ts';
import { clampLabel, formatPoints, formatScore, grossPoints, pointParts, sumParts } from '../format/points.ts';
import { freshQuotes } from '../format/quotes.ts';
import { timingLines } from '../format/timing-lines.ts';
import { BAND_VERDICT } from '../match/band-labels.ts';
import { adjustmentLine, applicantLine, areaLine } from '../match/provenance.ts';
import { groupReasons, topicsText } from '../match/reason-groups.ts';
import type { FundingCall } from '../model/call.ts';
import type { Match } from '../model/match.ts';
import { funderLine, type Lang } from './format.ts';

/**
 * One line of why, led by what it is and its figure so a phone reader scans down the left edge: "Programområde
 * +8 p — Blekinge län ingår i programområdet…".
 */
export interface FigureLine {
  /** The priority's own name, or the kind of adjustment ("Programområde", "Partnerländer"). */
  label: string;
  /** "+12,5 p", or undefined for a line without a figure. */
  figure?: string;
  /** The rest: topics and the call's words, or the engine's sentence. */
  text?: string;
}

/**
 * One new match in the digest, told once: the verdict and score in the line under the title, each date once (the
 * opening and every step with its days left), then why, one line per priority and adjustment with its figure, and
 * the sum of exactly those figures. Made from the structured Match and call, in the reader's language; funder text
 * inside is still raw (renderers escape it).
 */
export interface DigestEntry {
  /** "Stark matchning · 67 p · European Commission – Erasmus+". */
  meta: string;
  /** "Öppnar 5 dec. 2026 (om 4 dagar)", "Ansökan: 26 feb. 2027 kl. 17.00 svensk tid (om 87 dagar)". */
  timing: string[];
  why: FigureLine[];
  /** "Summa: +33,8 p +8 p = 41,8 p". */
  sum: string;
}

/** Each priority with its topics and the call's words (a quote shown once per call), folded and signed. */
function reasonLines(match: Match, lang: Lang, title: string): FigureLine[] {
  const { shown, minor, minorPoints } = foldMinor(groupReasons(match.reasons, lang, { words: 3 }), grossPoints(match));
  const quoted = new Set<string>();
  const out: FigureLine[] = shown.map((g) => {
    // A passage already given under a priority above, or the title, is not repeated: the words say enough.
    const [quote] = freshQuotes(g.quotes, quoted, 1, title);
    const said = quote ? `”${quote}”` : g.words.map((w) => `”${w}”`).join(', ');
    const text = [topicsText(g, lang), g.fromData.join(', '), said].filter(Boolean).join(' — ');
    return { label: g.label[lang], figure: formatPoints(g.points, lang), text };
  });
  if (minor.length) {
    out.push({
      label: MINOR_LABEL[lang],
      figure: formatPoints(minorPoints, lang),
      text: minor.map((g) => g.label[lang]).join('; '),
    });
  }
  return out;
}

export function digestEntry(call: FundingCall, match: Match, lang: Lang, now: Date): DigestEntry {
  const why = reasonLines(match, lang, call.title);
  const el = match.eligibility;
  const fig = (points: number | undefined) => (points ? formatPoints(points, lang) : undefined);
  why.push({ label: PART_LABEL['programme-area'][lang], figure: fig(el.areaPoints), text: areaLine(el, lang) });
  why.push({
    label: PART_LABEL['applicant-type'][lang],
    figure: fig(el.applicantPoints),
    text: applicantLine(el, lang),
  });
  for (const b of match.boosts)
    why.push({ label: boostLabel(b.kind)[lang], figure: fig(b.points), text: adjustmentLine(b, lang) });
  for (const b of match.blockers)
    why.push({ label: blockerLabel(b.kind)[lang], figure: fig(b.points), text: adjustmentLine(b, lang) });
  const parts = pointParts(match);
  const clamp = parts.find((p) => p.kind === 'clamp');
  if (clamp) why.push({ label: clampLabel(clamp.points, match.score, lang), figure: formatPoints(clamp.points, lang) });
  const { label, terms, total } = sumParts(
    parts.map((p) => p.points),
    lang,
  );
  return {
    meta: `${BAND_VERDICT[match.band][lang]} · ${formatScore(match.score, lang)} · ${funderLine(call)}`,
    timing: timingLines(call, lang, now),
    why,
    sum: `${label}: ${terms.join(' ')} = ${total}`,
  };
}
