import type { Match } from '../model/match.ts';

const BAND_TEXT = {
  sv: { strong: 'stark matchning', relevant: 'relevant', weak: 'svag matchning', none: 'ingen matchning' },
  en: { strong: 'strong match', relevant: 'relevant', weak: 'weak match', none: 'no match' },
} as const;

/** Readable sentences, most important first: verdict, reasons with the call's own words, eligibility, adjustments. */
export function explainMatch(match: Match, lang: 'sv' | 'en'): string[] {
  const out: string[] = [];
  out.push(
    lang === 'sv'
      ? `Poäng ${match.score} av 100 (${BAND_TEXT.sv[match.band]}).`
      : `Score ${match.score} of 100 (${BAND_TEXT.en[match.band]}).`,
  );
  // Right after the verdict: a strong match whose deadline is tomorrow must not be read too late.
  if (match.deadline) out.push(`${match.deadline.text[lang]}.`);
  const byPriority = new Map<string, Match['reasons']>();
  for (const r of match.reasons) {
    const list = byPriority.get(r.priorityId) ?? [];
    list.push(r);
    byPriority.set(r.priorityId, list);
  }
  for (const reasons of byPriority.values()) {
    const label = reasons[0].priorityLabel[lang];
    const points = Math.round(reasons.reduce((t, r) => t + r.points, 0) * 10) / 10;
    const words = [...new Set(reasons.flatMap((r) => r.evidence.map((e) => `"${e.term}"`)))].slice(0, 4);
    const concepts = [...new Set(reasons.map((r) => r.conceptLabel?.[lang]).filter(Boolean))].slice(0, 3);
    const quote = reasons.find((r) => r.evidence.length > 0)?.evidence[0]?.quote;
    const about = concepts.length ? ` (${concepts.join(', ')})` : '';
    out.push(
      lang === 'sv'
        ? `Matchar prioriteringen "${label}"${about} genom ${words.join(', ')}: +${String(points).replace('.', ',')} poäng.${quote ? ` Citat: ${quote}` : ''}`
        : `Matches the priority "${label}"${about} through ${words.join(', ')}: +${points} points.${quote ? ` Quote: ${quote}` : ''}`,
    );
  }
  // Eligibility boosts are told on the eligibility lines themselves, not twice.
  const pts = (kind: string) => {
    const b = match.boosts.find((x) => x.kind === kind);
    return b ? ` (+${b.points})` : '';
  };
  out.push(
    `${lang === 'sv' ? 'Programområde' : 'Programme area'}: ${match.eligibility.areaText[lang]}${pts('programme-area')}`,
  );
  out.push(
    `${lang === 'sv' ? 'Sökande' : 'Applicants'}: ${match.eligibility.applicantText[lang]}${pts('applicant-type')}`,
  );
  for (const b of match.boosts) {
    if (b.kind !== 'programme-area' && b.kind !== 'applicant-type') out.push(`${b.text[lang]} (+${b.points})`);
  }
  for (const b of match.blockers) out.push(`${lang === 'sv' ? 'Hinder' : 'Blocker'}: ${b.text[lang]} (${b.points})`);
  return out;
}
