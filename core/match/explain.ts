import { foldMinor, MINOR_LABEL } from '../format/minor-reasons.ts';
import { clampLabel, clampPoints, formatPoints, formatSum, grossPoints } from '../format/points.ts';
import type { Match } from '../model/match.ts';
import { BAND_VERDICT } from './band-labels.ts';
import { adjustmentLine, applicantLine, areaLine } from './provenance.ts';
import { groupReasons, topicsText } from './reason-groups.ts';

/** Readable sentences, most important first: verdict, reasons with the call's own words, eligibility, adjustments. */
export function explainMatch(match: Match, lang: 'sv' | 'en'): string[] {
  const out: string[] = [];
  out.push(
    lang === 'sv'
      ? `Poäng ${match.score} av 100 (${BAND_VERDICT[match.band].sv.toLowerCase()}).`
      : `Score ${match.score} of 100 (${BAND_VERDICT[match.band].en.toLowerCase()}).`,
  );
  // Right after the verdict: a strong match whose deadline is tomorrow must not be read too late.
  if (match.deadline) out.push(`${match.deadline.text[lang]}.`);
  // Every figure shown, in order: the sum line at the end adds exactly these up.
  const figures: number[] = [];
  // Priorities worth a sliver of the score share one line: every point still shown, the sum still exact.
  const { shown, minor, minorPoints } = foldMinor(groupReasons(match.reasons, lang), grossPoints(match));
  for (const g of shown) {
    figures.push(g.points);
    const words = [...g.words.map((w) => `"${w}"`), ...g.fromData].join(', ');
    const topics = topicsText(g, lang);
    const about = topics ? ` (${topics})` : '';
    const quote = g.quotes[0];
    const points = formatPoints(g.points, lang);
    out.push(
      lang === 'sv'
        ? `Matchar prioriteringen "${g.label.sv}"${about} genom ${words}: ${points}.${quote ? ` Citat: ${quote}` : ''}`
        : `Matches the priority "${g.label.en}"${about} through ${words}: ${points}.${quote ? ` Quote: ${quote}` : ''}`,
    );
  }
  if (minor.length) {
    figures.push(minorPoints);
    const names = minor.map((g) => `"${g.label[lang]}"`).join(', ');
    out.push(`${MINOR_LABEL[lang]}: ${formatPoints(minorPoints, lang)} (${names}).`);
  }
  // Eligibility points are told on the eligibility lines themselves; blockers' on theirs: every point is shown once.
  const pts = (points = 0) => {
    figures.push(points);
    return points ? ` (${formatPoints(points, lang)})` : '';
  };
  out.push(
    `${lang === 'sv' ? 'Programområde' : 'Programme area'}: ${areaLine(match.eligibility, lang)}${pts(match.eligibility.areaPoints)}`,
  );
  out.push(
    `${lang === 'sv' ? 'Sökande' : 'Applicants'}: ${applicantLine(match.eligibility, lang)}${pts(match.eligibility.applicantPoints)}`,
  );
  for (const b of match.boosts) out.push(`${adjustmentLine(b, lang)}${pts(b.points)}`);
  for (const b of match.blockers)
    out.push(`${lang === 'sv' ? 'Hinder' : 'Blocker'}: ${adjustmentLine(b, lang)}${pts(b.points)}`);
  // Only matches saved by older versions, clamped to 0–100 without the parts saying so, need this line.
  const clamp = clampPoints(match);
  if (clamp !== 0) {
    figures.push(clamp);
    out.push(`${clampLabel(clamp, match.score, lang)} (${formatPoints(clamp, lang)})`);
  }
  out.push(`${formatSum(figures, lang)}.`);
  return out;
}
