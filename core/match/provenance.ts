/**
 * Where a line of an explanation comes from. The engine stores it as data (`from: 'programme-data'` on an
 * eligibility verdict, an adjustment or a piece of evidence) and every view renders the mark late, in the reader's
 * language, so no view can show a sentence from reference data as if the call had said it.
 * Types and string work only: safe for the content script.
 */
import type { Adjustment, Eligibility, Evidence, EvidenceSource } from '../model/match.ts';
import type { Bilingual } from '../model/profile.ts';

export const SOURCE_MARK: Record<EvidenceSource, Bilingual> = {
  'programme-data': { sv: 'programdata', en: 'programme data' },
};

/** The sentence as shown: "… (programdata)." with the mark before its closing full stop, when it has a source. */
export function sourced(text: string, from: EvidenceSource | undefined, lang: 'sv' | 'en'): string {
  if (!from) return text;
  const mark = ` (${SOURCE_MARK[from][lang]})`;
  return text.endsWith('.') ? `${text.slice(0, -1)}${mark}.` : `${text}${mark}`;
}

export const areaLine = (e: Eligibility, lang: 'sv' | 'en') => sourced(e.areaText[lang], e.areaFrom, lang);
export const applicantLine = (e: Eligibility, lang: 'sv' | 'en') =>
  sourced(e.applicantText[lang], e.applicantFrom, lang);
export const adjustmentLine = (a: Adjustment, lang: 'sv' | 'en') => sourced(a.text[lang], a.from, lang);

/** A bilingual text with its mark, for views that keep both languages (score parts, a saved card). */
export function sourcedBoth(text: Bilingual, from: EvidenceSource | undefined): Bilingual {
  return { sv: sourced(text.sv, from, 'sv'), en: sourced(text.en, from, 'en') };
}

/**
 * Evidence as words to show: the call's own word, or for a call that opens all its programme's priorities the
 * programme's priority, said to come from programme data ('programmets prioritering "Energy transition" (programdata)').
 */
export function evidenceWords(e: Evidence, lang: 'sv' | 'en'): { text: string; quoted: boolean } {
  if (e.from === 'programme-data' && e.programmePriority) {
    const label = e.programmePriority[lang];
    return {
      text:
        lang === 'sv'
          ? `programmets prioritering "${label}" (${SOURCE_MARK['programme-data'].sv})`
          : `the programme's priority "${label}" (${SOURCE_MARK['programme-data'].en})`,
      quoted: false,
    };
  }
  // "Cities" as the whole list of applicants: what the list says, a programme for cities, not a word of the text.
  if (e.applicantList)
    return {
      text:
        lang === 'sv'
          ? `att utlysningen bara vänder sig till städer ("${e.term}")`
          : `the call being open to cities alone ("${e.term}")`,
      quoted: false,
    };
  return { text: e.term, quoted: true };
}
