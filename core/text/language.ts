const SV_WORDS = /^(och|att|för|med|som|det|är|til|og|av|på|inom|ansökan|kan|ska|skal|den|eller|från|fra)$/;
const EN_WORDS = /^(the|and|of|to|for|with|is|are|in|on|from|call|projects?|applications?|will|be)$/;

/**
 * Rough language guess for funder texts that may be Swedish/Norwegian or English: function words decide,
 * and a short title with none of them (e.g. "Kommunala partnerskap") is Swedish when it has å, ä or ö.
 * One guesser for source parsers, the extension's page items and the app's shared pages.
 */
export function guessLanguage(text: string): 'sv' | 'en' {
  const words = text.toLowerCase().match(/[a-zåäöæø]+/g) ?? [];
  let sv = 0;
  let en = 0;
  for (const w of words) {
    if (SV_WORDS.test(w)) sv++;
    if (EN_WORDS.test(w)) en++;
  }
  if (sv === en) return /[åäö]/i.test(text) ? 'sv' : 'en';
  return sv > en ? 'sv' : 'en';
}
