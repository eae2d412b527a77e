/**
 * A preference for the funder's own area is no limit to it. A region's or länsstyrelse's own calls are for its län
 * (programme-areas.json), but a call may say that applicants from its län come first and others after
 * ("Sökande från länet prioriteras framför sökande från andra regioner", "applicants from other regions may also
 * apply, with lower priority"): those others may apply, so a body elsewhere is not shut out; the body inside keeps
 * the points of its own area, which is the preference. Read here: one sentence that names applicants or projects
 * from other regions, län or parts of the country beside a word of priority or of also being able to apply.
 */
import { foldKeepingOffsets } from '../text/fold.ts';
import { clauseEnd, clauseStart, sentenceAround } from '../text/sentences.ts';
import { NEGATION_WORD } from './refusal-words.ts';
import { PARTNERS_REIMBURSED_WORDS, UNFUNDED } from './where-text.ts';
import { foldWording } from './who-wording.ts';

/** Applicants or projects from elsewhere, on folded lowercase text. */
const OTHERS =
  /(?<![\p{L}])(?:(?:fran|i)\s+(?:andra|ovriga)\s+(?:regioner|lan|delar\s+av\s+(?:landet|sverige))|utanfor\s+(?:lanet|regionen)|(?:from|in)\s+other\s+(?:regions|counties|parts\s+of\s+(?:the\s+country|sweden))|outside\s+the\s+(?:region|county))(?![\p{L}])/gu;
/**
 * Priority or admission: "prioriteras framför", "företräde", "i första hand", "kan också söka", "kan också vara
 * projektägare", "priority".
 */
const RANKED =
  /(?<![\p{L}])(?:prioriter\p{L}*|foretrade|i\s+forsta\s+hand|i\s+andra\s+hand|(?:kan|far)\s+(?:ocksa|aven)\s+(?:soka|ansoka|beviljas\s+(?:medel|stod|bidrag)|vara\s+(?:projektagare|sokande|huvudsokande|stodmottagare))|priority|prioriti[sz]\p{L}*|preference|(?:may|can)\s+also\s+(?:apply|be\s+(?:the\s+)?(?:lead\s+applicants?|applicants?|project\s+owners?|beneficiar(?:y|ies))))(?![\p{L}])/u;

/** The sentence of `summary` that says applicants from elsewhere may apply after the area's own, as written. */
export function areaPreference(summary: string): string | undefined {
  const folded = foldKeepingOffsets(summary);
  for (const m of folded.matchAll(OTHERS)) {
    const [a, b] = sentenceAround(summary, m.index, m.index + m[0].length);
    if (RANKED.test(folded.slice(a, b))) return summary.slice(a, b).trim();
  }
  return undefined;
}

/**
 * "Sökande behöver inte ha säte i länet, men verksamheten ska bedrivas i Kalmar län", "applicants need not be based
 * in the county": the area limits where the work is done, not where the applicant is (folded lowercase text).
 */
const SEAT_NOT_REQUIRED =
  /(?<![\p{L}])(?:(?:kan|far)\s+ha\s+(?:sitt\s+)?sate\s+var\s+som\s+helst|(?:may|can)\s+be\s+based\s+anywhere|(?:behover|maste)\s+(?:dock\s+|alltsa\s+)?inte\s+(?:ha\s+(?:sitt\s+)?sate|vara\s+(?:baserad\p{L}*|belagen|belagna|registrerad\p{L}*|etablerad\p{L}*))\s+i\s+(?:lanet|lanen|regionen|kommunen|omradet)|oavsett\s+(?:var\s+(?:sokanden|ni|de)\s+har\s+(?:sitt\s+)?sate|sate)|(?:need|needs|do|does)\s+not\s+(?:need\s+to\s+)?be\s+(?:based|located|registered|established)\s+in\s+the\s+(?:county|region)|regardless\s+of\s+where\s+(?:the\s+applicant|applicants|they)\s+(?:is|are)\s+(?:based|located|registered))(?![\p{L}])/u;

/** The sentence of `summary` saying applicants need not be based in the area, as written. */
export function seatNotRequired(summary: string): string | undefined {
  const folded = foldKeepingOffsets(summary);
  const m = SEAT_NOT_REQUIRED.exec(folded);
  if (!m) return undefined;
  const [a, b] = sentenceAround(summary, m.index, m.index + m[0].length);
  return summary.slice(a, b).trim();
}

/** Neighbouring län, as a call names them ("län som gränsar till Västerbotten", "grannlänen", "angränsande län"). */
const NEIGHBOURS =
  /(?<![\p{L}])(?:lan\s+som\s+(?:gransar\s+till|har\s+(?:en\s+)?(?:land)?grans\s+mot)|angransande\s+lan|grannlan(?:en)?|omgivande\s+lan|neighbouring\s+count(?:y|ies)|adjacent\s+count(?:y|ies)|count(?:y|ies)\s+(?:that\s+)?(?:bordering|borders?|adjoining)\s+the\s+programme\s+area)(?![\p{L}])/gu;
/** The neighbours' kommuner, not the län at large: "kommuner i angränsande län", "municipalities in neighbouring counties". */
const KOMMUNER_OF_NEIGHBOURS =
  /(?:kommuner|municipalities)\s+(?:i|in|from|från)\s+(?:the\s+)?(?:angränsande|närliggande|neighbouring|neighboring|adjacent)\s+(?:län|count(?:y|ies))|(?:kommuner|municipalities)\s+(?:i|in)\s+(?:län|counties)\s+(?:som\s+gränsar|bordering)/iu;
/** Whether neighboursAdmitted's sentence takes in the neighbours' kommuner only ("kommuner i angränsande län … som medsökande"). */
export const neighboursKommunerOnly = (said: string): boolean => KOMMUNER_OF_NEIGHBOURS.test(said);
/** A part they may take with the call's money: "kan ingå som samverkanspartner … och ta del av stödet", "kan beviljas medel". */
const NEIGHBOURS_TAKE_PART =
  /(?<![\p{L}])(?:kan|far|may|can)\s+(?:(?!(?:inte|ej|not|heller|never|aldrig)(?![\p{L}]))[\p{L}\p{Pd}(),]+\s+){0,16}?(?:inga|delta|vara|beviljas|fa|ta del|soka|sokas|ansokas|receive|take part|participate|be|apply)(?![\p{L}])|(?<![\p{L}])(?:kan|far)\s+(?:aven\s+|ocksa\s+)?ha\s+[^.;]{0,90}?\s+som\s+(?:medsokande|stodmottagare|samverkanspart\p{L}*|projektpart\p{L}*|partner)(?![\p{L}])/u;
/** At their own cost. (where-text's UNFUNDED, tried in its place, moved the probe's judgements: a narrower reading.) */
const OWN_COST =
  /egen finansiering|egna medel|egen bekostnad|utan (?:egen )?(?:budget|ersattning|stod)|at their own cost|own resources|star for (?:sina )?egna kostnader|without (?:eu |erdf |interreg |programme )?(?:funding|money|a budget)|as associated partners?/u;
/**
 * Money only for those inside, after a contrast: "men stöd betalas bara ut till sökande inom Kalmar län", "men
 * bidraget betalas enbart ut till kommuner i Kalmar län", "men bidrag
 * betalas enbart ut till projektägaren … inom Blekinge län", "but funding only goes to partners within the region".
 * Those from outside whom the sentence admits take part without the call's money. (No letters with diacritics: it
 * reads folded and unfolded text alike.)
 */
export const PAID_ONLY_INSIDE =
  /(?:men|but)\s+[^.;]{0,60}?(?:bara|endast|enbart|only)\s+[^.;]{0,40}?(?:inom|within|inside|in the (?:county|region|programme area)|i\s+[\p{L}-]+\s+l[aä]n)(?![\p{L}])/iu;

/**
 * The sentence of `summary` saying that bodies of the län next to the area's may take part with the call's money
 * ("aktörer i län som gränsar till Västerbotten kan ingå som samverkanspartner … och ta del av stödet", "kommuner i
 * angränsande län kan delta som finansierade partner"): a body of a neighbouring län is not shut out.
 */
export function neighboursAdmitted(summary: string): string | undefined {
  const folded = foldKeepingOffsets(summary);
  for (const m of folded.matchAll(NEIGHBOURS)) {
    const [a, b] = sentenceAround(summary, m.index, m.index + m[0].length);
    const sentence = folded.slice(a, b);
    if (NEIGHBOURS_TAKE_PART.test(sentence) && !OWN_COST.test(sentence) && !PAID_ONLY_INSIDE.test(sentence))
      return summary.slice(a, b).trim();
  }
  return undefined;
}

/**
 * A programme's adjacent areas: "adjacent areas", "angränsande områden"; or areas a call admits from outside the
 * programme area ("partners from the following Swedish areas outside the programme area", Article 22).
 */
/** "As an exception", "undantagsvis": an area taken in beside the programme's own (folded). */
const BY_EXCEPTION = String.raw`(?:as an|by way of|som ett|som)\s+exception|undantagsvis|som\s+undantag`;
const ADJACENT = new RegExp(
  String.raw`(?<![\p{L}])(?:${BY_EXCEPTION}|adjacent\s+(?:\p{L}+\s+)?(?:areas?|regions?|count(?:y|ies))|angransande\s+omraden(?:a)?|(?:areas?|regions?|counties)\s+(?:located\s+)?outside\s+(?:of\s+)?the\s+programme\s+area|(?:omraden|lan)\s+utanfor\s+programomradet|adjoining\s+(?:areas?|regions?|count(?:y|ies))|functional[\s-]+areas?|funktionella\s+omraden(?:a)?)(?![\p{L}])`,
  'gu',
);
/**
 * A sentence refusing what it names ("No other areas outside the programme area are eligible"), folded; not a cap on
 * their share ("their combined share may not exceed 20 %").
 */
const NONE_OF_THEM =
  /(?<![\p{L}])(?:no other|not eligible|cannot|can not|may not|inga andra|kan inte|kan ej|far inte)(?![\p{L}])(?!\s+(?:exceed|overstiga|overskrida|be (?:more|higher) than)(?![\p{L}]))/u;
const EXCEPTION = new RegExp(String.raw`(?<![\p{L}])(?:${BY_EXCEPTION})(?![\p{L}])`, 'u');
/** The lead role refused (folded): "may not lead", "cannot be lead partner", "kan inte vara projektägare". */
const LEAD_REFUSED =
  /(?:may not|cannot|can not|kan inte|far inte)\s+(?:be\s+(?:the\s+|a\s+)?|vara\s+)?(?:lead|leda|huvudsokande|projektagare)\p{L}*(?:\s+(?:partner|beneficiary|applicant)s?)?/gu;
/** An exception's admission of partners: "may participate as project partners", "får delta som projektpartner". */
const EXCEPTION_PARTNERS =
  /(?:may|can|far|kan)\s+(?:also\s+|aven\s+|ocksa\s+)?(?:participate|take part|join|be|delta|medverka|vara|inga)\s+(?:as\s+|som\s+)?(?:(?:a|an|en)\s+)?(?:(?:project|projekt)\s*)?(?:partners?|parter|partner)(?![\p{L}])/u;
/** With the programme's money: "may receive ERDF funding", "delta med full finansiering", "on the same terms". */
const WITH_MONEY =
  /receiv|full finansiering|funding|finansiering|same terms|samma villkor|stod|medel|(?:own|egen)\s+(?:eu\s+|erdf\s+|eruf\s+)?budget/u;

/**
 * The sentences of `summary` that name a programme's adjacent areas whose partners take part with its money ("partner
 * från angränsande områden kan delta med full finansiering … Som angränsande områden räknas i Sverige SE211, SE212 och
 * SE221"), as written; undefined where they are not funded or none is named.
 */
export function adjacentAreasIn(summary: string): string | undefined {
  const folded = foldKeepingOffsets(summary);
  const sentences: string[] = [];
  let funded = false;
  for (const m of folded.matchAll(ADJACENT)) {
    const [a, b] = sentenceAround(summary, m.index, m.index + m[0].length);
    const sentence = summary.slice(a, b).trim();
    if (sentences.includes(sentence)) continue;
    sentences.push(sentence);
    const f = folded.slice(a, b);
    // "As an exception, organisations located in Kalmar län may participate as project partners": partners of the
    // programme, on its terms, unless the sentence says at their own cost.
    const partners = EXCEPTION.test(f) && EXCEPTION_PARTNERS.test(f);
    // ("…; they may not lead": the lead role refused, taking part with money not.)
    if ((WITH_MONEY.test(f) || partners) && !OWN_COST.test(f) && !NONE_OF_THEM.test(f.replace(LEAD_REFUSED, ' ')))
      funded = true;
  }
  return funded ? sentences.join(' ') : undefined;
}

/**
 * Bodies of other län named as funded co-applicants or partners (folded): "kommuner och lärosäten i Blekinge och Kalmar
 * län [kan] vara medsökande med egen budget", "även kommuner i Norrbottens län kan delta som budgetbärande partner",
 * "organisations in Kalmar County may be co-applicants with their own budget", "kan kommuner i angränsande län –
 * Jönköpings och Kalmar län – vara medsökande med egen budget" (a list or an aside between commas or dashes).
 */
const FUNDED_PARTNER_ROLE =
  /(?<![\p{L}])(?:kan|far|may|can)\s+(?:(?!(?:inte|ej|not|never|aldrig)(?![\p{L}]))(?:[\p{L}-]+,?|[–—])\s+){0,14}?(?:vara|delta\s+som|inga\s+som|ha\s+(?:en\s+)?(?:sadan\s+)?(?:aktor|part|partner)\s+som|ha\s+(?:projektagare\s+(?:eller|och)\s+)?|be|participate\s+as|join\s+as)\s*(?:an?\s+|en\s+)?(?:medsokande|(?:budgetbarande|stodmottagande)\s+(?:partners?|parter|part|samverkanspart\p{L}*|medsokande)|co-?applicants?|funded\s+partners?|finansierade\s+(?:projektparter|parter|partner|samverkansparter|samarbetsparter)|(?:projektpart\p{L}*|samverkanspart\p{L}*|samarbetspart\p{L}*|partners?|parter)\s+med\s+egen\s+budget|(?:project\s+)?partners?\s+with\s+(?:their|its)\s+own\s+budget)(?![\p{L}])/u;
/** A clause after a semicolon that opens with the role again ("; medsökande står för sina egna kostnader"). */
const SAME_ROLE_NEXT =
  /^\s*(?:(?:de|dessa|sadana|such|the)\s+)?(?:medsokande|co-?applicants?|parter(?:na)?|partners?|samverkanspart\p{L}*|they)(?![\p{L}])/u;
/** The sentences of `summary` that name other län's bodies as funded co-applicants or partners, as written. */
export function fundedPartnersOfLanIn(summary: string): string | undefined {
  const folded = foldKeepingOffsets(summary);
  const m = FUNDED_PARTNER_ROLE.exec(folded);
  if (!m) return undefined;
  const [, b] = sentenceAround(summary, m.index, m.index + m[0].length);
  // The clause of the role: "…; kommuner i dessa län kan delta som samverkansparter utan stöd" is another party's.
  const from = clauseStart(folded, m.index, ';');
  const to = clauseEnd(folded, m.index + m[0].length - 1, ';');
  const f = folded.slice(from, to);
  if (OWN_COST.test(f) || PAID_ONLY_INSIDE.test(f) || NONE_OF_THEM.test(f.replace(LEAD_REFUSED, ' '))) return undefined;
  // "…; medsökande står för sina egna kostnader": a later clause on the same role says they bring their own money.
  const rest = folded.slice(to, b);
  if (OWN_COST.test(rest) && SAME_ROLE_NEXT.test(rest)) return undefined;
  return summary.slice(from, to).replace(/;\s*$/u, '').trim();
}

/** A län and those next to it, joined: "i Östergötlands län eller angränsande län", "X county and neighbouring counties". */
const NEIGHBOURS_JOINED =
  /(?<![\p{L}])(?:eller|och|samt|or|and)\s+(?:i\s+|in\s+|the\s+)?(?:angransande|narliggande|neighbouring|neighboring|adjacent)\s+(?:lan|count(?:y|ies))(?![\p{L}])/u;

/**
 * Whether the call's text or its list of countries joins neighbouring län to the län it names ("Sökande ska vara
 * verksam i Östergötlands län eller angränsande län"): the call's area holds them too (lan.json `neighbours`).
 */
export function neighboursJoinedIn(summary: string, entries: readonly string[]): boolean {
  if (NEIGHBOURS_JOINED.test(foldKeepingOffsets(summary))) return true;
  return entries.some((e) =>
    /^\s*(?:angransande|narliggande|neighbouring|neighboring|adjacent)\s+(?:lan|count(?:y|ies))\s*$/u.test(
      foldKeepingOffsets(e),
    ),
  );
}

/**
 * The call's own statement of its programme area's Swedish part: "Programområdet omfattar på svensk sida Norrbottens,
 * Västerbottens … län", "The Swedish part of the programme area comprises Västra Götalands, Hallands and Skåne län".
 * The sentence, as written; the län it names are read by the caller.
 */
const AREA_STATED =
  /(?:(?:programomr[aå]det|programme area|program area|satsningen|utlysningen)\s+(?:p[aå] svensk sida\s+)?(?:omfattar|best[aå]r av|utg[oö]rs av|t[aä]cker|comprises|covers|includes|consists of|is made up of)|eligible\s+(?:regions|areas)\s+(?:are|include)(?:\s+listed\s+at\s+nuts\s*[23]\s+level)?\s*:?)(?:\s+(?:p[aå] svensk sida|in sweden|on the swedish side))?\s+[^.]{4,300}/iu;

export function programmeAreaStatedIn(summary: string): string | undefined {
  const m = AREA_STATED.exec(summary);
  return m ? m[0] : undefined;
}

/**
 * Partners from the rest of the country, paid from the project: "samverkansparter från andra delar av Sverige …; sådana
 * parter … kan få ersättning för sina kostnader ur projektbudgeten", "partners from other parts of Sweden may be
 * reimbursed", "samverkansparter med egen budget från andra delar av Sverige", "partners located in other parts of
 * Finland, Estonia, Latvia or Sweden may be full partners with ERDF co-financing". Folded; the partners' sentence and
 * the next.
 */
const OTHER_PARTS_PARTNERS =
  /(?:partners?|parter|samverkanspart\p{L}*|samarbetspart\p{L}*|projektpart\p{L}*|medsokande|co-?applicants?|aktorer|actors|organisationer|organisations)\s+(?:(?<budget>med\s+egen\s+budget|with\s+(?:their\s+)?own\s+budgets?)\s+)?(?:located\s+|based\s+|belagna\s+)?(?:fran|from|i|in)\s+(?:(?:ovriga|the\s+rest\s+of|resten\s+av)\s+(?:sverige|landet|sweden|the\s+country)|(?:andra|ovriga|other)\s+(?:delar\s+av\s+(?:sverige|landet|norden|de\s+nordiska\s+landerna|(?:[\p{L}-]+(?:\s*,\s*|\s+(?:och|eller)\s+)){1,5}sverige)|parts\s+of\s+(?:sweden|the\s+country|the\s+nordic\s+countries|the\s+nordic\s+region|(?:[\p{L}-]+(?:\s*,\s*|\s+(?:or|and)\s+)){1,5}sweden)|lan|regioner|counties|regions))(?![\p{L}])/u;
const PARTNERS_REIMBURSED = new RegExp(String.raw`${PARTNERS_REIMBURSED_WORDS}(?![\p{L}])`, 'u');
export function otherPartsPartnersIn(summary: string): string | undefined {
  // Most summaries hold none of the words the pattern needs: it is not run on them.
  if (!/andra|other|övriga/i.test(summary)) return undefined;
  const folded = foldWording(summary);
  if (folded.length !== summary.length) return undefined;
  const m = OTHER_PARTS_PARTNERS.exec(folded);
  if (!m) return undefined;
  const [a, b] = sentenceAround(summary, m.index, m.index + m[0].length);
  const own = folded.slice(a, b);
  // (A limit said after a semicolon is another clause: "…; their combined share should not exceed 20 %".)
  if (NEGATION_WORD.test(folded.slice(a, clauseEnd(folded, m.index + m[0].length - 1, ';')))) return undefined;
  // The money in the partners' own words ("samverkansparter med egen budget från andra delar av Sverige"), their own
  // sentence, or the next ("… Sådana parter kan få ersättning …").
  const ownBudget = m.groups?.budget !== undefined;
  const next = ownBudget || PARTNERS_REIMBURSED.test(own) ? '' : (summary.slice(b).split(/(?<=[.!?])\s/u)[0] ?? '');
  const both = `${own} ${foldWording(next)}`;
  if ((!ownBudget && !PARTNERS_REIMBURSED.test(both)) || UNFUNDED.test(both)) return undefined;
  return `${summary.slice(a, b).trim()} ${next.trim()}`.trim();
}
