import type { Lang } from '../../messages.ts';
import { msg } from '../../shared/i18n.ts';

/**
 * The in-page UI's words (badges and panel), from the extension's message catalogues through chrome.i18n
 * (extension/shared/i18n.ts), gathered once per language: hundreds of badges ask for them.
 */
function gather(lang: Lang) {
  return {
    of100: msg(lang, 'panelOf100'),
    why: msg(lang, 'panelWhy'),
    noReasons: msg(lang, 'panelNoReasons'),
    concepts: msg(lang, 'panelConcepts'),
    words: msg(lang, 'panelWords'),
    eligibility: msg(lang, 'panelEligibility'),
    area: msg(lang, 'panelArea'),
    applicant: msg(lang, 'panelApplicant'),
    deadline: msg(lang, 'panelDeadline'),
    noDeadline: msg(lang, 'panelNoDeadline'),
    blockers: msg(lang, 'panelBlockers'),
    other: msg(lang, 'panelOther'),
    verdict: {
      eligible: msg(lang, 'panelVerdictEligible'),
      'not-eligible': msg(lang, 'panelVerdictNotEligible'),
      unknown: msg(lang, 'panelVerdictUnknown'),
    },
    watch: msg(lang, 'panelWatch'),
    watched: msg(lang, 'panelWatched'),
    failed: msg(lang, 'panelFailed'),
    close: msg(lang, 'panelClose'),
    badgeTitle: msg(lang, 'badgeTitle'),
    status: { closed: msg(lang, 'badgeClosed'), 'closing-soon': msg(lang, 'badgeClosingSoon') },
    forthcoming: msg(lang, 'badgeForthcoming'),
    band: {
      strong: msg(lang, 'bandStrong'),
      relevant: msg(lang, 'bandRelevant'),
      weak: msg(lang, 'bandWeak'),
      none: msg(lang, 'bandNone'),
    },
    bandVerdict: {
      strong: msg(lang, 'bandVerdictStrong'),
      relevant: msg(lang, 'bandVerdictRelevant'),
      weak: msg(lang, 'bandVerdictWeak'),
      none: msg(lang, 'bandVerdictNone'),
    },
  };
}

export type Strings = ReturnType<typeof gather>;
const byLang = new Map<Lang, Strings>();

export function strings(lang: Lang): Strings {
  let s = byLang.get(lang);
  if (!s) {
    s = gather(lang);
    byLang.set(lang, s);
  }
  return s;
}
