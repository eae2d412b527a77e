/**
 * Whom a negated sentence shuts out. "Kommuner kan inte söka" shuts kommuner out, but a negation reaches every word of
 * its clause, and an applicant word there is not always what it negates: in "Stöd ges ej till verksamhet som
 * kommuner har ansvar att bekosta" kommuner are the subject of a relative clause that says which activities get no
 * money; kommuner themselves are not refused. (A word inside a relative clause on a body — "organisationer som
 * kommuner", where "som" is "such as" — still names those shut out.)
 */
import type { ApplicantClass } from '../data/kinds.ts';
import { fold } from '../text/fold.ts';
import { sentenceEnd, sentenceStart } from '../text/sentences.ts';
import { knownKommunBefore } from './named-municipalities.ts';
import { EXCEPTION_WORDS, REFUSAL, REFUSAL_WORDS } from './refusal-words.ts';
import { PARTNERS_PAID, publicPartnersPaid } from './where-text.ts';
import { ASSOCIATIONS_AFTER } from './who-wording.ts';

/**
 * A relative pronoun and the list items before the word: "verksamhet som kommuner, landsting eller ", "sådant som
 * kommunen eller den offentliga " (an article and an adjective before the last item's noun).
 */
const RELATIVE_BEFORE =
  /(?:^|[^\p{L}])(\p{L}+)\s+(?:som|that|which|whom|whose|vars)\s+(?:[\p{L}-]+(?:\s*,\s*|\s+(?:and|or|och|eller|samt)\s+))*(?:(?:den|det|de|the)\s+)?(?:[\p{L}-]+\s+)?$/u;
/**
 * Heads that are bodies (folded): after one, "som" may be "such as" ("aktörer som kommuner och regioner"), and the
 * clause may well name those shut out. Applicant words themselves are bodies too.
 */
const BODY_HEAD =
  /^(?:organi[sz]ations?|organisationer(?:na)?|bod(?:y|ies)|entit(?:y|ies)|actors?|aktor(?:er|erna)?|applicants?|sokande|partners?|parter|institutions?|institutioner|authorit(?:y|ies)|myndighet(?:er)?|companies|company|enterprises?|foretag|bolag|associations?|foreningar|foundations?|stiftelser|huvudman|members?|medlemmar|kommuner|regioner|municipalities|cities|regions|stader)$/u;
/** A single body word, and "the" with up to three words before it: one body by its role ("the host city"). */
const ONE_BODY = /^(?:city|town|municipality|region)$/iu;
const THE_BEFORE = /(?:^|[^\p{L}])the\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** After the word and the rest of its list, the relative clause goes on with its own verb ("… eller staten har"). */
const CLAUSE_GOES_ON = /^(?:(?:\s*,\s*|\s+(?:and|or|och|eller|samt)\s+)[\p{L}-]+)*\s+\p{L}/u;

/**
 * Whether an applicant word at [start, end) of `text`, inside a negated stretch, names those the negation shuts out:
 * not when it is the subject of a relative clause that describes something other than a body ("activities that
 * municipalities are obliged to fund are not eligible").
 */
export function shutOutAt(text: string, start: number, end: number, language: 'sv' | 'en' = 'en'): boolean {
  if (possessiveAt(text, start, end, language)) return false;
  // "City-regions", "sub-regions": the head of a hyphenated compound names another thing than the body.
  if (/\p{L}-$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
  // "Med undantag för Stockholms stad, Göteborgs stad och Malmö stad": kommuner by name, not the class.
  if (knownKommunBefore(text, start)) return false;
  // "Ändamål som finansieras med kommunala och statliga medel", "not eligible: costs covered by public funds": the
  // body's money, not the body, is what the negation refuses.
  if (MONEY_AFTER.test(text.slice(end, end + 60))) return false;
  // "Statlig och kommunal verksamhet har låg prioritet och bidrag lämnas ej …": a low priority, not a refusal; the
  // negation after it is another clause's.
  if (LOW_PRIORITY_AFTER.test(fold(text.slice(end, end + 80).toLowerCase()))) return false;
  // "A grouping formed by local public entities aggregating municipalities is not eligible", "groupings of
  // municipalities are not eligible": bodies a participle or "of" ties to another head ("formed by", "aggregating",
  // "consisting of", "groupings of") are what that head is made of; the head is refused, not they.
  // "Metropolitan bodies covering several municipalities are not eligible": a body over them is refused. (Not "local
  // plans covering a single municipality", which refuses the municipal level's plans.)
  const near = fold(text.slice(Math.max(0, start - 80), start).toLowerCase());
  if (MADE_OF_BEFORE.test(near) || BODY_COVERING_BEFORE.test(near)) return false;
  const before = fold(text.slice(Math.max(0, start - 120), start).toLowerCase());
  const word = text.slice(start, end);
  // The rest of the body's clause, and its sentence up to the body (folded).
  const rest = fold(text.slice(end, end + 240).toLowerCase()).split(/[.;!?]/)[0];
  const sentenceBefore = fold(text.slice(sentenceStart(text, start), start).toLowerCase());
  if (CHANNEL_BEFORE.test(before)) return false;
  // "Offentliga och privata aktörer utanför programområdet kan … inte vara stödmottagare", "organisations located
  // outside the programme area cannot be beneficiaries": refused for where they are, which the area line tells.
  if (OUTSIDE_PLACE_AFTER.test(rest)) return false;
  // "Kommuner kan i övrigt inte söka", "may not otherwise apply": beside a way in the call has said.
  // "Kommuner kan inte söka utan en region": a condition on how, not a refusal.
  if (OTHERWISE_AFTER.test(rest) || WITHOUT_AFTER.test(rest)) return false;
  // "…deras kostnader finansieras inte av regionen", "not funded by the municipality": the funder, by agency.
  if (BY_BEFORE.test(before) && THE_ONE.test(fold(word.toLowerCase()))) return false;
  // "Kommuner och regioner med havsgräns kan … inte beviljas medel": those with a feature refused, the class not (a
  // size is the population readings', "kommuner med fler än 50 000 invånare").
  if (FEATURE_AFTER.test(rest) && !/,\s*$/.test(before) && !word.includes(',')) return false;
  // "…men inte med sin hälso- och sjukvårdsverksamhet": a body's own work, not a body refused.
  if (OWN_WORK_BEFORE.test(before)) return false;
  // "Kommunal hälso- och sjukvård omfattas inte", "…hälso- och sjukvård som bedrivs i regionens regi": one owner's
  // part of the field refused, not public bodies.
  if (CARE_FIELD.test(word) && (OWNER_KIND_BEFORE.test(before) || OWNER_AFTER.test(rest))) return false;
  // "Regionerna har en egen utmärkelse inom hälso- och sjukvården": a field of work, not a body.
  if (WITHIN_FIELD_BEFORE.test(before) && !BODY_BY_NAME.test(word)) return false;
  // "Regionbiblioteken kan stödja kommunerna … men kan inte söka själva": the object of another subject's verb.
  if (OBJECT_OF_MODAL_VERB.test(sentenceBefore)) return false;
  // "The conference host city (Espoo) … is not eligible": one body by its role, not the class.
  if (ONE_BODY.test(word) && THE_BEFORE.test(before)) return false;
  // "Medlen kan inte användas till att finansiera ordinarie åtgärder inom statlig eller kommunal verksamhet": the
  // body's ordinary work is what the money may not replace; the body may still apply for a project.
  if (ORDINARY_WORK_BEFORE.test(before)) return false;
  // "Cities …, not already in the Twinning and Pilot Cities programme": what they are already in, not who applies.
  if (ALREADY_IN_BEFORE.test(before)) return false;
  // "Grant amount is equal to or greater than EUR 500 000 except for public bodies": exempt from a rule on amounts,
  // not refused.
  if (EXEMPT_FROM_AMOUNT_BEFORE.test(before)) return false;
  // "Regioner kan varken söka eller stå som parter, även om kommunen gärna får föra dialog med sin region": the body
  // is in a clause that concedes or contrasts, outside the refusal.
  if (CONCESSIVE_BEFORE.test(before)) return false;
  // "Non-city partners, which cannot be lead partner: … regional and national authorities": those listed after the
  // colon take part; only the lead role is refused.
  if (LEAD_ROLE_THEN_LIST.test(before)) return false;
  // "Regions and cities may not apply, either alone or jointly with a region": the body one may not apply with.
  if (WITH_BEFORE.test(before)) return false;
  // "Non-city partners such as regional authorities are not eligible": the body word under "non-" is the opposite of
  // those refused.
  if (NON_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
  // "Skåne is … not a Euroregion Baltic member region and cannot apply": the body word is what another subject is.
  if (PREDICATE_BEFORE.test(sentenceBefore)) return false;
  // "Other member regions are located in …, Lithuania and Russia, whose participation is suspended": the negation is
  // of the relative clause's own subject.
  if (NEGATION_IN_RELATIVE_ONLY.test(rest)) return false;
  // "Kommuner kan inte söka projektstöd. Undantaget gäller investeringsstöd, som även kan sökas av kommuner …": the
  // next sentence makes an exception, so the refusal is not of the whole class.
  const next = sentenceEnd(text, end);
  if (EXCEPTION_NEXT.test(fold(text.slice(next, next + 40).toLowerCase()))) return false;
  // "Kommuner och regioner kan inte söka. Undantag: kommuner kan söka inom delprogrammet Skolprojekt": the next
  // sentence excepts the body's own kind (not regions, there), which the refusal then does not shut out.
  const exception = EXCEPTION_LABEL_NEXT.exec(fold(text.slice(next, next + 160).toLowerCase()));
  if (exception && sameKindIn(exception[0], fold(word.toLowerCase()))) return false;
  // "Companies owned by public authorities are not eligible": the owner, not the body refused.
  if (OWNED_BY_BEFORE.test(before)) return false;
  // "Staff costs of public bodies shall be calculated at a flat rate …, and VAT … is not eligible": the body's costs,
  // not the body, are what its sentence is about.
  if (COSTS_OF_BEFORE.test(before)) return false;
  // "Investments carried out by public bodies are not eligible costs": costs refused, the body their agent.
  if (AGENT_BEFORE.test(before) || COSTS_REFUSED.test(rest)) return false;
  // "(…, Klaipėda Region association and Bornholm Regional Municipality) cannot apply": one body by its proper name,
  // capitalised after another capitalised word, not the class.
  if (/^\p{Lu}/u.test(word) && PROPER_NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "Offentliga aktörer får inte söka stöd för verksamhet som de är skyldiga att bedriva": an activity refused.
  if (ACTIVITY_REFUSED_AFTER.test(rest)) return false;
  // "Organisations outside may only join as associated partners, except national-level public authorities": excepted
  // from a restriction, so admitted.
  if (EXCEPTED_FROM_ONLY_BEFORE.test(sentenceBefore)) return false;
  // "In Strand B, public authorities are not eligible": one part of the call refused.
  if (ONE_PART_OPENS.test(sentenceBefore)) return false;
  // "Offentliga aktörer kan inte söka, med undantag för kommuner med färre än 15 000 invånare": a class excepted.
  if (CLASS_EXCEPTED_AFTER.test(rest)) return false;
  // "…located in the partner regions cannot apply", "som inte själva är regional kollektivtrafikmyndighet": a place,
  // or what a relative clause's subject is.
  if (LOCATED_IN_BEFORE.test(before) || WHAT_IT_IS_BEFORE.test(before)) return false;
  // "Joint applications from several municipalities are not accepted": a way of applying refused, not the body.
  if (JOINT_APPLICATIONS_BEFORE.test(before)) return false;
  // "Authorities above the municipal level are not eligible": the level the refused are measured from.
  if (LEVEL_BEFORE.test(before) && LEVEL_AFTER.test(rest)) return false;
  // "Public transport authorities are not eligible": authorities of one field, not public bodies at large.
  if (fieldAuthorityAt(text, start, end, before)) return false;
  // "Cities may not apply together": a way of applying refused, not the class.
  if (JOINTLY_REFUSED.test(rest)) return false;
  // "Regioner omfattas inte av befolkningsgränsen", "are not subject to the population threshold": exempt from a
  // rule, not refused.
  if (EXEMPT_FROM_RULE_AFTER.test(rest)) return false;
  // "Regional authorities acting in a general regional development capacity cannot be beneficiaries": the body in one
  // of its capacities refused. Right after the word only: after a list the capacity is the last item's ("regioner
  // eller staten i egenskap av huvudman"), not a part of the class.
  if (CAPACITY_AFTER.test(rest)) return false;
  // "Kommuner kan inte söka direkt hos Socialstyrelsen": one way in refused (the call says which other), not the class.
  if (DIRECTLY_REFUSED.test(rest)) return false;
  // "Den som enbart bidrar med läkarmedverkan utan att ansvara för hälso- och sjukvården … kan inte söka": the one
  // the relative clause describes is refused; what that clause names is not.
  if (ONE_WHO_BEFORE.test(before)) return false;
  // "Any public body, including regional authorities, but municipalities below 50 000 are not eligible": the body is
  // in the clause before a "but" that starts a clause of its own, and the refusal is that clause's.
  const but = BUT_NEW_SUBJECT.exec(rest);
  if (but && !REFUSAL.test(rest.slice(0, but.index))) return false;
  // "De tre regionerna finansierar utlysningen och kan inte själva söka": bodies counted, named before, not the class.
  if (COUNTED_BEFORE.test(before)) return false;
  // "Public bodies are not excluded from the lead partner role: local and regional authorities … may all lead": two
  // negations, an admission, of the body and of those its clause goes on to name.
  if (NOT_EXCLUDED.test(rest) || NOT_EXCLUDED_BEFORE.test(before)) return false;
  // "Kommuner kan inte söka stöd för ordinarie drift": money for their ordinary work refused, not the body.
  if (ORDINARY_WORK_AFTER.test(rest)) return false;
  // "Regioner och övriga kommuner kan inte söka": the other kommuner, beside those the call is for, not the class.
  if (OTHERS_BEFORE.test(before)) return false;
  // "…inte heller för insjöar inom kommunen": the body after a preposition of place is where, not who.
  if (PLACE_PREPOSITION_BEFORE.test(before)) return false;
  // "Municipal associations, regional and state authorities are not eligible": the bodies' associations, not them.
  if (ASSOCIATIONS_AFTER.test(rest)) return false;
  // "Cities … may not apply again", "kan inte söka igen": those who applied or won before, not the class.
  if (AGAIN_AFTER.test(rest)) return false;
  // "Public bodies at regional or national level are not eligible": bodies of some levels (levelsRefusedAfter).
  if (LEVELS_AFTER.test(rest)) return false;
  // "Cities … are not eligible" in a call whose partner must be a rural or small municipality: the larger kind refused.
  if (CITIES_WORD.test(word) && SMALL_KIND_ADMITTED.test(fold(text.toLowerCase()))) return false;
  // "Partners must be municipal authorities: county-level … authorities are not eligible": the body is in the clause
  // the colon closes; the refusal is of those after it.
  // (Not a label and its value: "Regioner: kan inte söka".)
  const colon = rest.indexOf(':');
  const labelled = colon !== -1 && rest.slice(0, colon).trim() === '' && REFUSAL_FIRST.test(rest.slice(colon + 1));
  if (colon !== -1 && !labelled && !REFUSAL_BEFORE_COLON.test(rest.slice(0, colon))) return false;
  // "Kommuner utanför länet kan inte söka", "kommuner med färre invånare", "municipalities with fewer than 10 000
  // inhabitants are not eligible": the negation refuses part of the class, which a body may or may not be in.
  // (After the rest of the list too: "authorities and organisations located in inland municipalities".)
  // (Not across "samt": "Regioner och landsting samt organisationer utan verksamhet i skolan" qualifies the last.)
  const listRest = LIST_REST.exec(rest)?.[0] ?? '';
  if (SUBSET_AFTER.test(/(?:^|[^\p{L}])samt(?![\p{L}])/u.test(listRest) ? rest : rest.slice(listRest.length)))
    return false;
  // "Inland municipalities are not eligible", "Larger municipalities … cannot take part", "Inlandskommuner kan inte
  // söka": a kind of the class by where it lies or its size.
  if (SUBSET_BEFORE.test(before) || SUBSET_COMPOUND.test(fold(word.toLowerCase()))) return false;
  // "In this call, other public bodies … are not eligible": "other" after an opening phrase and its comma, not after
  // a list's comma, names the rest of the class beside the one the call is for.
  if (OTHER_AFTER_OPENING.test(before)) return false;
  // "Where their national funding body does not fund public bodies, they participate at their own cost": a
  // condition on the money, not a refusal.
  if (CONDITION_START.test(sentenceBefore)) return false;
  // "Regional authorities are not eligible as main urban authority", "cannot apply as pilot cities": the body word
  // names the role refused.
  if (AS_ROLE_BEFORE.test(before)) return false;
  if (LACKED_BEFORE.test(before)) return false;
  if (OBJECT_OF_NEGATED_RELATIVE.test(before)) return false;
  // "Privata fastighetsägare som hyr ut lokaler till offentlig verksamhet kan inte söka": the body word is the object
  // of a relative clause's verb and preposition; the clause's head is refused.
  if (OBJECT_IN_RELATIVE_BEFORE.test(before)) return false;
  // "Kommuner … kan delta som projektparter men kan inte vara koordinator": a role refused, not taking part.
  const role = LEAD_ROLE_REFUSED.exec(rest);
  if (role && !OTHER_ROLES.test(rest.slice(role.index + role[0].length).split(CONTRAST_WORD)[0])) return false;
  // "Kommuner och regioner kan inte själva vara medelsförvaltare" where "samverkansparter från offentlig sektor kan
  // ersättas": the role that holds the grant refused, paid partners' part not.
  if (ADMINISTERING_REFUSED.test(rest) && publicPartnersPaid(fold(text.toLowerCase()))) return false;
  // "Cities and regions cannot apply under strand B": one part of the call refused, not the call.
  if (ONE_PART_REFUSED.test(rest)) return false;
  // "Kommuner kan inte själva söka men kan vara partner i ett projekt": applying refused, taking part allowed.
  if (partyAdmittedIn(rest) && !partnerCostsRefusedAfter(text, end)) return false;
  // "… kan delta som samverkansparter, och den sökande myndigheten kan föra över medel till samverkansparterna. Kommuner
  // och regioner kan alltså inte själva vara sökande": applying themselves refused, a funded part said before.
  if (
    SELF_APPLYING_REFUSED.test(rest) &&
    PARTNERS_PAID.test(fold(text.slice(0, sentenceStart(text, start)).toLowerCase()))
  )
    return false;
  // "Kommuner kan söka enskilt eller gemensamt, och större kommuner samt regioner kan inte vara sökande": the body's
  // own clause admits it; the refusal is of the clause after the conjunction.
  if (ADMITTED_THEN_OTHERS.test(rest)) return false;
  const relative = RELATIVE_BEFORE.exec(before);
  if (!relative || BODY_HEAD.test(relative[1])) return true;
  const after = text.slice(end, end + 120).toLowerCase();
  return !CLAUSE_GOES_ON.test(after);
}

/**
 * The body's own clause admits it, and a conjunction starts the next one with a subject of its own (folded, after
 * the body word): not "Regioner kan delta i referensgrupper men kan inte söka", the same subject refused.
 */
const NOT_WORD = String.raw`(?<![\p{L}])(?:inte|ej|not|cannot|varken)(?![\p{L}])`;
const ADMITTED_THEN_OTHERS = new RegExp(
  String.raw`^(?:(?!${NOT_WORD})[^.;])*?(?<![\p{L}])(?:kan|far|may|can)\s+(?:soka|ansoka|apply|delta|participate)(?![\p{L}])(?:(?!${NOT_WORD})[^.;])*?(?:,\s*|\s+)(?:och|and|men|but|medan|while|whereas)\s+(?!(?:kan|far|may|can|cannot|ar|are|is|must|ska|skall|maste|inte|not|de|they|dessa|these|sjalva|themselves)(?![\p{L}]))`,
  'u',
);

/** Right after the body (folded): applying themselves refused ("kan alltså inte själva vara sökande", "cannot themselves apply"). */
const SELF_APPLYING_REFUSED =
  /^[^.;]{0,60}?(?:kan|far|may|can)\s+(?:(?:alltsa|dock|darfor|therefore|however)\s+)?(?:inte|ej|not)\s+(?:sjalva|sjalv|themselves|itself)\s+(?:vara\s+sokande|soka|ansoka|apply|be\s+(?:the\s+)?applicants?)(?![\p{L}])/u;
/** A capitalised word right before, itself after a word or a bracket or comma (not a sentence's start): a name. */
const PROPER_NAME_BEFORE = /[\p{L},(]\s+\p{Lu}[\p{L}-]+\s+$/u;

/** Right after the body, what it may not apply for (folded): "får inte söka stöd för …", "may not apply for funding for …". */
const ACTIVITY_REFUSED_AFTER =
  /^\s*(?:far|kan|ska|may|can|shall)\s+(?:inte|ej|not)\s+(?:(?:an)?soka|apply\s+for)\s+(?:stod|bidrag|medel|finansiering|funding|support|grants?)\s+(?:for|till|to)\s/u;
/** An exception to a restriction right before the body (folded): "may only join as associated partners …, except ". */
const EXCEPTED_FROM_ONLY_BEFORE =
  /(?:only|endast|bara|enbart)\s[^.;]*(?:except(?:ing)?(?:\s+for)?|with\s+the\s+exception\s+of|utom|med\s+undantag\s+(?:for|av))\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** After a refusal's contrast word, a part the body may still take ("men kan vara samverkanspart"), folded. */
function partyAdmittedIn(rest: string): boolean {
  const contrast = rest.search(CONTRAST_WORD);
  if (contrast === -1) return false;
  const after = rest.slice(contrast);
  return PARTY_ADMITTED_AFTER.test(after) || PARTY_TAKES_PART_AFTER.test(after);
}

/**
 * "Kommuner kan inte vara projektägare, men kan vara samverkanspart med egna kostnader": right after the body at
 * [start, end), applying refused and a part in the project admitted — the body is a party, not shut out.
 */
export function partyAdmittedAt(text: string, end: number): boolean {
  return (
    partyAdmittedIn(fold(text.slice(end, end + 160).toLowerCase()).split(/[.;!?]/)[0]) &&
    !partnerCostsRefusedAfter(text, end)
  );
}

/**
 * The sentence after the body's ("Stödet får inte användas till kostnader hos offentliga samarbetspartner", "The
 * grant cannot cover the costs of public partners"): the part admitted comes without the call's money, so the
 * refusal stands. Folded.
 */
const PARTNER_COSTS_REFUSED =
  /^[^.;!?]*(?:far|kan|ska|may|can|will|shall)\s+(?:inte|ej|not)\s+(?:anvandas\s+(?:till|for)|tacka|ersatta|be used (?:for|to cover)|cover|fund|pay)\s+(?:the\s+)?(?:kostnader|costs|expenses)\s+(?:hos|for|of)\s+(?:\p{L}+\s+)?(?:samarbetspart\p{L}*|samverkanspart\p{L}*|partners?|parter)/u;
function partnerCostsRefusedAfter(text: string, end: number): boolean {
  const next = sentenceEnd(text, end);
  return PARTNER_COSTS_REFUSED.test(fold(text.slice(next, next + 200).toLowerCase()).replace(/^[\s.!?]+/, ''));
}

/** Right after the body at `end`, its own clause admits it before a conjunction starts the refused one. */
export function ownClauseAdmitsAt(text: string, end: number): boolean {
  return ADMITTED_THEN_OTHERS.test(fold(text.slice(end, end + 240).toLowerCase()));
}

/** A refusal, then an exception word right before the body (folded): "kan inte söka, med undantag för ". */
const EXCEPTED_FROM_REFUSAL = new RegExp(
  `(?:${REFUSAL_WORDS})[^.;]*?(?:${EXCEPTION_WORDS})\\s+(?:(?:sma|mindre|small|smaller)\\s+)?$`,
  'u',
);

/**
 * Whether the body at `start` is excepted from a refusal earlier in its sentence ("Offentliga aktörer kan inte söka,
 * med undantag för kommuner med färre än 15 000 invånare"): it is admitted, on the exception's terms.
 */
export function exceptedFromRefusalAt(text: string, start: number): boolean {
  return EXCEPTED_FROM_REFUSAL.test(fold(text.slice(sentenceStart(text, start), start).toLowerCase()));
}

/** "Jointly with a", "together with the", "tillsammans med en": the body one applies with, right before (folded). */
const WITH_BEFORE =
  /(?:^|[^\p{L}])(?:jointly|together|along|tillsammans|gemensamt|avtal|agreements?|contracts?|overenskommelse)\s+(?:with|med)\s+(?:(?:a|an|the|en|ett|another|annan|annat)\s+)?$/u;
/** Right after the body: applying together refused ("may not apply together", "får inte söka gemensamt"), folded. */
const JOINTLY_REFUSED =
  /^[^,;]{0,20}?(?:may not|cannot|can not|must not|are not allowed to|far inte|kan inte)\s+(?:apply|submit|soka|ansoka)\s+(?:(?:an?\s+)?applications?\s+)?(?:together|jointly|as a group|in groups|tillsammans|gemensamt)(?![\p{L}])/u;
/** ", but municipalities …", "men kommuner …": a "but" and a new subject, not the same subject's next verb (folded). */
const BUT_NEW_SUBJECT =
  /,\s*(?:but|men)\s+(?!(?:kan|far|ska|ar|har|inte|ej|not|no|can|cannot|may|must|are|is|will|also|dock|aven|ocksa|they|de|dessa|these)(?![\p{L}]))\p{L}/u;
/** A subject "den som", "those who" whose relative clause holds the body (folded). */
const ONE_WHO_BEFORE = /(?:^|[.;:]\s*)(?:den|de|those|anyone|whoever)\s+(?:som|who)\s+[^.;]*$/u;
/**
 * A subject, "is"/"are" (and "not"), and up to four words right before the body's word: a predicate noun ("Skåne is
 * part of … but not a member region"). Not after a relative pronoun ("applicants that are regions"). Folded.
 */
const PREDICATE_BEFORE =
  /^(?![^,;:]*(?:^|[^\p{L}])(?:that|which|who|som)\s)[^,;:]*\p{L}+\s+(?:is|ar|was|var)\s+(?:[^,;:]*\s(?:but|men)\s+)?(?:not\s+|inte\s+|ej\s+)?(?:(?:a|an|en|ett|the)\s+)?(?:[\p{L}-]+\s+){0,4}$/u;
/** No negation before a ", whose"/", vars" clause that holds one (folded). */
const NEGATION_IN_RELATIVE_ONLY =
  /^(?![^,]*(?:^|[^\p{L}])(?:inte|ej|not|cannot|never|excluded|uteslutna)(?![\p{L}]))[^.;]*,\s*(?:whose|vars|vilkas)\s[^.;]*(?:not|inte|ej|suspended|excluded|uteslut\p{L}*|avbrut\p{L}*|upphävt?)/u;
/** The agent of an activity right before the body (folded): "carried out by", "genomförda av". */
const AGENT_BEFORE =
  /(?:^|[^\p{L}])(?:carried out|performed|undertaken|made|incurred|delivered|utforda|genomforda|gjorda|utforts|genomforts)\s+(?:by|av)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u;
/** Costs refused after the body (folded): "are not eligible costs", "utgör inte stödberättigande kostnader". */
const COSTS_REFUSED =
  /(?:not|inte|ej)\s+(?:an?\s+)?(?:eligible|stodberattigande)\s+(?:costs?|expenditure|expenses|kostnad(?:er)?|utgift(?:er)?)/u;
/** A sentence that opens on one part of the call (folded): "In Strand B, ", "Inom delområde 2 ". */
const ONE_PART_OPENS =
  /^\s*(?:in|under|for|within|i|inom|for)\s+(?:the\s+)?(?:strand|lot|track|topic|part|delomrade|sparet|spar|del|delutlysning\p{L}*)\s+(?:[a-z]|\d+|ett|tva|one|two)\s*,?\s/u;
/** A class excepted after the refusal (folded): ", med undantag för kommuner …", "except for municipalities". */
const CLASS_EXCEPTED_AFTER = new RegExp(
  `(?:${EXCEPTION_WORDS})\\s+(?:(?:sma|mindre|small|smaller)\\s+)?(?:kommuner|regioner|municipalities|regions|local authorities|regional authorities)(?![\\p{L}])`,
  'u',
);

/** A place the body word names (folded): "located in the partner ", "verksamma i de ". */
const LOCATED_IN_BEFORE =
  /(?:^|[^\p{L}])(?:located|based|situated|established|belagna|verksamma)\s+(?:in|i|within|inom|outside|utanfor)\s+(?:the\s+|de\s+)?(?:[\p{L}-]+\s+)?$/u;
/** What a relative clause's subject is or is not (folded): "som inte själva är ", "that are not ". */
const WHAT_IT_IS_BEFORE =
  /(?:^|[^\p{L}])(?:som|that|which|who)\s+(?:inte\s+|ej\s+|not\s+)?(?:sjalva\s+)?(?:ar|is|are)\s+(?:not\s+|themselves\s+)?(?:en\s+|a\s+|an\s+)?$/u;
/** A sentence that opens with an exception to the one before ("Undantaget gäller …", "An exception is made for …"). */
const EXCEPTION_NEXT =
  /^[\s.;]*(?:undantag(?:et)?\s+(?:galler|gors|ar)|ett undantag|(?:an|the|one) exception|exceptions?\s+(?:is|are)\s+made|(?:[\p{L}-]+\s+){1,3}?(?:kan|far|may|can)\s+(?:daremot|dock|anda|however|still|nevertheless)\s+(?:soka|ansoka|apply))(?![\p{L}])/u;
/**
 * A sentence that opens with an exception as a label or says the rule does not reach a role (folded): "Undantag:
 * kommuner kan söka …", "Det gäller dock inte deras roll som samverkanspart: …", "This does not apply to …". Its
 * words up to the sentence's end.
 */
const EXCEPTION_LABEL_NEXT =
  /^[\s.;]*(?:undantag\s*:|exception\s*:|(?:det|detta)\s+galler\s+(?:dock\s+)?inte|this\s+does\s+not\s+apply\s+to|that\s+does\s+not\s+apply\s+to)[^.;!?]*/u;
/** The stem of the body's word, "kommun" of "kommuner", "region" of "regions", "municipalit" of "municipalities". */
const KIND_STEM = /kommun|region|municipalit|local authorit|landsting|myndighet|authorit|public|offentlig/u;
/** Whether the exception's words name the body's kind (or speak of the refused by a pronoun: "deras roll"). */
function sameKindIn(exception: string, word: string): boolean {
  const stem = KIND_STEM.exec(word)?.[0];
  // "Offentliga aktörer kan inte söka. Undantag: kommuner och regioner får söka …": kinds of the public class
  // excepted from its refusal.
  const publicClass = stem === 'public' || stem === 'offentlig';
  return (
    (stem !== undefined && exception.includes(stem)) ||
    (publicClass && /kommun|region|municipalit|local authorit|regional authorit/u.test(exception)) ||
    /(?:^|[^\p{L}])(?:deras|their|dessa|these)(?![\p{L}])/u.test(exception)
  );
}
/** A body named as the owner of another ("companies owned by ", "bolag som ägs av ", "ägda av "), folded. */
const OWNED_BY_BEFORE =
  /(?:^|[^\p{L}])(?:owned|controlled|run|operated|established|agda|agd|agt|kontrollerade|som\s+ags|som\s+drivs|som\s+kontrolleras)\s+(?:(?:wholly|majority|fully|helt|till\s+minst\s+\d+\s+procent)\s+)?(?:by|av)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?$/u;
/** The body's costs or money ("staff costs of ", "the expenditure of the "), folded. */
const COSTS_OF_BEFORE =
  /(?:^|[^\p{L}])(?:costs?|expenditure|expenses|salar(?:y|ies)|contributions?|own\s+funds|co-?financing|budgets?)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u;
/** A capacity of the body's (folded): "acting in a general … capacity", "in their capacity as", "i egenskap av". */
const CAPACITY_AFTER =
  /^\s*(?:(?:when\s+|that\s+are\s+|which\s+are\s+)?acting\s+(?:in|as)\s|in\s+(?:their|its)\s+capacity\s|i\s+(?:sin\s+)?egenskap\s+av\s|som\s+agerar\s+(?:i|som)\s)/u;
/** "non-", "icke-" joined to the body's word. */
const NON_BEFORE = /(?:^|[^\p{L}])(?:non|icke)-$/iu;
/**
 * "Joint applications from (several) ", "joint applications between several ", "gemensamma ansökningar från flera ":
 * the body is who would apply jointly.
 */
const JOINT_APPLICATIONS_BEFORE =
  /(?:^|[^\p{L}])(?:joint|shared|common|collective|gemensamma)\s+(?:applications?|bids?|proposals?|ansokningar|ansokan)\s+(?:from|by|of|between|among|fran|av|mellan)\s+(?:(?:several|two or more|multiple|flera|tva eller flera)\s+)?$/u;
/** "Above the ", "below", "ovanför den ": a level compared with, right before the body's word (folded). */
const LEVEL_BEFORE =
  /(?:^|[^\p{L}])(?:above|below|beyond|higher than|lower than|ovanfor|nedanfor|over|under)\s+(?:the\s+|den\s+)?$/u;
/** The level's own word right after the body's ("municipal level", "kommunala nivån"). */
const LEVEL_AFTER = /^[\s-]*(?:levels?|tiers?|niva|nivan|nivaer)(?![\p{L}])/u;
/**
 * Right after the body: a refusal to apply again or twice ("may not apply again", "kan inte söka igen", "may not
 * apply for both in the same year"), folded.
 */
const AGAIN_AFTER = new RegExp(
  `^[^.;]{0,60}?(?:${REFUSAL_WORDS})\\s+(?:\\p{L}+\\s+){0,3}?(?:again|a second time|once more|twice|(?:for|to|in) (?:both|more than one)|igen|pa nytt|en gang till|tva ganger|(?:for|till|i) (?:bada|mer an en|fler an en))(?![\\p{L}])`,
  'u',
);
/** A counted group right before the body (folded): "de tre (regionerna)", "the two (cities)". */
const COUNTED_BEFORE =
  /(?:^|[^\p{L}])(?:de|dessa|the|these|those)\s+(?:tva|tre|fyra|fem|sex|two|three|four|five|six|\d+)\s+$/u;
/**
 * Right after the body and the rest of its list (folded): a place outside ("utanför programområdet", "located outside
 * the county", "from outside the area"): these bodies are refused for where they are, not for their kind.
 */
const OUTSIDE_PLACE_AFTER =
  /^(?:(?:\s*,\s*|\s+(?:and|or|och|eller|samt)\s+)[\p{L}-]+)*(?:\s+[\p{L}-]+)?\s+(?:(?:som\s+(?:ar|finns|ligger)\s+|located\s+|based\s+|established\s+|belagna\s+|fran\s+|from\s+)?(?:utanfor|outside)(?![\p{L}]))/u;
/**
 * Right after the body and one more joined to it (folded): a feature some of the class have ("kommuner och regioner
 * med havsgräns", "with a coastline"). Not in a list of commas, where it is the last item's ("kommuner, regioner,
 * museer med offentlig huvudman", "kommuner, regioner och institutioner med huvudman inom offentlig sektor").
 * A wish or plan some of the class have is such a feature too: "kommuner som vill arbeta med ett världsarv i en annan
 * kommun kan inte söka".
 */
const FEATURE_AFTER =
  /^(?:\s+(?:and|or|och|eller)\s+[\p{L}-]+)?\s+(?:med|with|on\s+the|along\s+the|by\s+the|langs|vid|som\s+har|that\s+have|which\s+have|vars|whose|(?:som|that|which|who)\s+(?:vill|onskar|planerar|avser|redan|tidigare|saknar|overstiger|overskrider|wish|want|plan|intend|already|previously|lack|exceed|exceeds)(?![\p{L}]))\s+(?!(?:fler|farre|mer|mindre|over|under|more|fewer|less|at\s+least|minst|hogst|an?\s+population|befolkning|invanare|inhabitants|residents)(?![\p{L}]))(?![^.;,]{0,30}\d)/u;
/** Right after the body (folded): "kan inte söka utan en region", "cannot apply without a partner". */
const WITHOUT_AFTER =
  /^\s+(?:kan|far|may|can|cannot)\s+(?:(?:inte|ej|not)\s+)?(?:soka|ansoka|apply)\s+(?:utan|without)\s+(?:en|ett|a|an)\s/u;
/** The role that holds the grant refused (folded): "kan inte själva vara medelsförvaltare". */
const ADMINISTERING_REFUSED =
  /(?:inte|ej|not|cannot)\s+(?:(?:sjalva|themselves)\s+)?(?:vara|be|act as)\s+(?:en\s+|an?\s+|the\s+)?(?:medelsforvaltare|administering organi[sz]ation|grant holder)/u;
/** "av ", "by the " right before the body (folded), and the body as one, definite: "regionen", "the municipality". */
const BY_BEFORE = /(?:^|[^\p{L}])(?:av|by\s+the)\s+$/u;
const THE_ONE = /^(?:regionen|kommunen|region|municipality|county council|landstinget)$/u;
/** Right after the body (folded): "kan i övrigt inte", "kan annars inte", "may not otherwise". */
const OTHERWISE_AFTER =
  /^\s+(?:kan|far|may|can|are|ar)\s+(?:(?:not|inte|ej)\s+)?(?:i\s+ovrigt|annars|otherwise)(?![\p{L}])/u;
/** "The rest" right before the body (folded): "övriga kommuner", "the remaining municipalities". */
const OTHERS_BEFORE = /(?:^|[^\p{L}])(?:ovriga|remaining|the\s+other)\s+$/u;
/** A preposition of place right before the body (folded): "inom kommunen", "within the municipality". */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:inom|within|i|in)\s+(?:the\s+|den\s+|det\s+)?$/u;
/** Right after the body: "are not excluded", "är inte uteslutna" (folded). */
const NOT_EXCLUDED = /^[^.;]{0,30}?(?:are|is|ar)\s+(?:not|inte|ej)\s+(?:excluded|uteslutn\p{L}*)(?![\p{L}])/u;
const NOT_EXCLUDED_BEFORE = /(?:^|[^\p{L}])(?:are|is|ar)\s+(?:not|inte|ej)\s+(?:excluded|uteslutn\p{L}*)[^.;]*$/u;
/** The levels a refusal of public bodies names right after them ("at regional or national level"), folded. */
const LEVEL_WORDS: readonly [RegExp, ApplicantClass][] = [
  [/regional|regionala?/u, 'region'],
  [/local|municipal|lokal|kommunal/u, 'municipal'],
  [/national|state|central|nationell|statlig/u, 'state'],
];
/** A body's levels named right after it: "at regional or national level", "på lokal nivå" (folded). */
const LEVEL = 'regional|national|state|central|local|municipal|regionala?|nationell|statlig|lokal|kommunal';
const LEVELS_AFTER = new RegExp(
  `^\\s*(?:at|pa)\\s+(?:the\\s+)?((?:${LEVEL})(?:\\s+(?:or|and|eller|och)\\s+(?:${LEVEL}))?)\\s+(?:levels?|niva|nivan)`,
  'u',
);

/**
 * "Public bodies at regional or national level are not eligible": the classes of the levels named, which the refusal
 * shuts out instead of public bodies at large (shutOutAt leaves the class itself in).
 */
export function levelsRefusedAfter(text: string, end: number): ApplicantClass[] {
  const m = LEVELS_AFTER.exec(fold(text.slice(end, end + 60).toLowerCase()));
  if (!m) return [];
  return LEVEL_WORDS.filter(([re]) => re.test(m[1])).map(([, cls]) => cls);
}

/** Right after the body: its ordinary work refused ("kan inte söka stöd för ordinarie drift", "for running costs"). */
const ORDINARY_WORK_AFTER =
  /^[^.;]{0,30}?(?:kan inte|kan ej|far inte|cannot|can not|may not)\s+(?:soka|ansoka|apply|receive|fa)\s+(?:(?:stod|bidrag|medel|funding|support|grants?)\s+)?(?:for|till)\s+(?:sin\s+|sina\s+|their\s+)?(?:ordinarie|lopande|befintlig\p{L}*|ordinary|regular|running|core)(?![\p{L}])/u;
const CITIES_WORD = /^(?:cities|städer|storstäder|towns)$/iu;
/** The call's own admission of small or rural kommuner (folded): "must be a rural municipality", "mindre kommuner". */
const SMALL_KIND_ADMITTED =
  /(?:^|[^\p{L}])(?:rural|small|smaller)\s+(?:local\s+)?(?:municipalit(?:y|ies)|local authorit(?:y|ies)|local governments?)|(?:^|[^\p{L}])(?:landsbygdskommun\p{L}*|(?:sma|mindre)\s+kommuner)(?![\p{L}])/u;
/** Right after the body: applying directly to a body refused ("kan inte söka direkt hos", "may not apply directly to"). */
const DIRECTLY_REFUSED =
  /^[^,;]{0,20}?(?:may not|cannot|can not|must not|far inte|kan inte|kan ej)\s+(?:apply|submit|soka|ansoka)\s+(?:(?:an?\s+)?applications?\s+)?(?:direkt|directly)\s+(?:hos|till|fran|via|with|to|from|at)(?![\p{L}])/u;
/** A lead role refused, then a colon and the list the body is in (folded): "…which cannot be lead partner: …". */
const LEAD_ROLE_THEN_LIST =
  /(?:inte|ej|not|cannot|can't|may not)\s+(?:vara|sta som|agera som|bli|be|act as|serve as)\s+(?:the\s+|a\s+|en\s+)?(?:koordinator\p{L}*|coordinator|huvudsokande|lead(?:\s+|-)(?:partners?|applicants?|beneficiar\p{L}*)|main applicant)\s*:[^.;:]*$/u;
/** A negation before a colon: the clause the colon closes refuses ("kan inte söka: …"). Folded. */
const REFUSAL_BEFORE_COLON =
  /(?:^|[^\p{L}])(?:inte|ej|icke|varken|not|cannot|neither|no|never|excluded|uteslutna)(?![\p{L}])/u;
/** A bare head for public bodies: "authorities", "myndigheter". */
const BARE_AUTHORITY = /^(?:authorit(?:y|ies)|myndighet(?:er|erna)?)$/iu;
/** Words before it that keep it the public sector at large (an article, a list's joint, a word of the public). */
const WHOLE_CLASS_BEFORE =
  /(?:^|[^\p{L}])(?:public|local|regional|national|state|municipal|government(?:al)?|all|any|the|and|or|of|such|offentliga|statliga|kommunala|lokala|regionala|nationella|alla|de|och|eller|samt|som)\s+$|(?:^|[^\p{L}\s])\s*$/u;

/** A bare "authorities" after a word of one field ("public transport authorities", "health authorities"). */
function fieldAuthorityAt(text: string, start: number, end: number, before: string): boolean {
  return BARE_AUTHORITY.test(text.slice(start, end)) && !WHOLE_CLASS_BEFORE.test(before);
}

/** The rest of a list of bodies right after the body's word: ", agencies and organisations" (folded). */
const LIST_REST = /^(?:\s*(?:,|and|or|och|eller|samt)\s*[\p{L}-]+)+/u;

/**
 * A qualifier right after the body's word that narrows the class to a part (folded): where it is ("utanför länet",
 * "i andra län", "outside the region", "from other regions") or its size ("med färre invånare", "med fler än 50 000
 * invånare", "with fewer than 10 000 inhabitants", "under 20 000 invånare", "med 20 000 invånare eller fler"), where it lies ("located in inland
 * municipalities", "som endast gränsar till de stora sjöarna"), a classification it may or may not be in ("som i
 * samma indelning klassas som storstadskommuner", "classified as urban"), or what it is in already ("Cities already
 * selected as Mission cities are not eligible").
 */
const SUBSET_AFTER =
  /^\s*(?:of\s+(?:municipalities|cities|towns|regions)\s+(?:with|having|of|whose|that|which|below|above|over|under)\s|\d{1,3}(?:[ \u00a0.,]?\d{3})*\s*(?:-|–|—|till|to)\s*\d|(?:in|i|from|fran|located in|based in|established in|situated in)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:regions?|areas?|territor(?:y|ies)|counties|municipalities|regioner|omraden|lan|kommuner)\s+(?:without|lacking|utan|som saknar|som inte|that lack|which lack|that do not|which do not|that have no|which have no|outside|utanfor)\s|i\s+\p{L}+lan(?![\p{L}])|(?:i|in|from|fran|located in|based in)\s+[^.;:()]{2,80}?\s(?:lan|county|counties)(?![\p{L}])|(?:located|based|situated|belagna|som ligger)\s+(?:in|i)\s+(?:inland|non-coastal|rural|urban|small|smaller|large|larger|other|inlands\p{L}*|andra|ovriga|mindre|storre)|(?:som\s+(?:ligger|finns|ar belagna|har sitt sate)\s+)?utanfor|i\s+(?:andra|ovriga|angransande|narliggande|grann)\s+(?:lan|regioner|kommuner|lander)|fran\s+(?:andra|ovriga)\s+(?:lan|regioner|lander)|med\s+(?:(?:farre|fler|mindre|storre|mer|over|under|hogst|minst|en befolkning)\s|\d)|(?:mellan|between)\s+\d|vid\s+(?:insjoar|sjoar|vattendrag|kusten|havet|gransen)|langs\s+\p{L}|som\s+inte\s+(?:sjalva?\s+)?(?:langre\s+)?\p{L}|(?:(?:som|that|which|who)\s+(?:[\p{L}\d-]+\s+){0,5}?(?:klassas|klassificeras|rakn?as|definieras|ar klassade|are classified|are classed|are categori[sz]ed|are defined)|classified|classed|categori[sz]ed|defined|klassade|klassificerade|definierade)\s+(?:som|as)\s|(?:som|that|which)\s+(?:endast\s+|bara\s+|enbart\s+|only\s+)?(?:gransar|angransar|ligger|border|lie|are located)\s|(?:in|from)\s+the\s+same\s+(?:countries|country|regions?|count(?:y|ies))(?![\p{L}])|(?:i|fran)\s+samma\s+(?:land|lander|lan|region|kommun)(?![\p{L}])|(?:along|by|on)\s+(?:the\s+)?(?:lakes?|rivers?|coast|sea)(?![\p{L}])|(?:that are\s+|which are\s+)?(?:located\s+|based\s+|situated\s+)?outside|(?:in|from)\s+(?:other|neighbouring|neighboring|adjacent)\s+(?:regions|counties|countries|member states|municipalities)|with\s+(?:fewer|less|more|over|under|below|above|at most|at least|a population|\d)|of\s+(?:fewer|less|more\s+than|\d)|of\s+(?:the\s+)?(?:inland|non-coastal|landlocked|rural|urban|smaller|larger)\s|(?:below|above|over|under)\s+(?:\d|this|that|the|befolkningsgransen|gransen|gransvardet|troskeln|denna|den)|(?:utan|without|lacking)\s|som\s+(?:saknar|inte har|har farre|har fler|endast har|bara har|enbart har)|som\s+inte\s+(?:sjalva\s+)?(?:ar|har)\s|som\s+inte\s+(?:uppfyller|lever upp|motsvarar|omfattas|ar behoriga|finns med|star med|ar med|finns pa|star pa|ar uppraknade|namns)|(?:that|which|who)\s+are\s+not\s+(?:on|in|among|listed|named|included)|(?:that|which|who)\s+(?:do|does|did)\s+not\s|(?:that|which)\s+(?:lack|do not have|have fewer|have more|only have|have only)|(?:whose|vars)\s|(?:that|which|who)\s+(?:have|has|had)\s+(?:already|previously|before|once)\s|(?:that|which|who)\s+(?:won|received|held|were\s+(?:awarded|selected|funded|granted))(?![\p{L}])|som\s+(?:vann|fick|tilldelades|beviljades|valdes|vunnit|fatt|erhallit|tilldelats|beviljats)(?![\p{L}])|som\s+(?:har|hade)\s+(?:redan\s+|tidigare\s+)?(?:fatt|erhallit|beviljats|tagit emot|vunnit|haft)(?![\p{L}])|(?:(?:that|which|who)\s+(?:are|were|have been)\s+|som\s+(?:ar|har|redan)\s+)?(?:already|previously|redan|tidigare)\s+(?:selected|chosen|funded|participating|part|members?|in|utvalda|valda|beviljade|med|deltar|ingar))/u;

/**
 * An adjective right before the body's word (or one word before it: "smaller member municipalities") that names a
 * kind of it by place or size, or the rest of it beside the
 * one the call is for ("other municipalities", "övriga kommuner"; not "government and other public authorities",
 * where the others are of the kind named before), folded.
 */
const SUBSET_BEFORE =
  /(?:^|[^\p{L}])(?:other|andra|ovriga)\s+(?:levels?|tiers?|nivaer|kinds?|types?|slags)\s+(?:of|av)\s+$|(?:^|[^\p{L}])(?:inland|coastal|non-coastal|non-member|larger|smaller|bigger|large|small|urban|rural|capital|storre|mindre|stora|sma)\s+(?:(?!(?:and|or|och|eller)\s)[\p{L}-]+\s+)?$|(?:^|[^\p{L}])(?<!(?:and|or|och|eller|samt|,)\s*)(?:other|andra|ovriga)\s+$/u;
/** "In this call, other ", "I denna omgång, andra ", "However, other " (folded): an opening phrase, then "other". */
const OTHER_AFTER_OPENING =
  /(?:^|[.;:!?]\s*)(?:in (?:this|the) (?:call|round|strand)|i (?:denna|den har) (?:utlysning|omgang)(?:en)?|however|dock|daremot|in addition|dessutom)\s*,\s*(?:other|andra|ovriga)\s+(?:[\p{L}-]+\s+)?$/u;
/** A compound naming such a kind ("inlandskommuner", "storstadskommuner", "kustkommuner"). */
const SUBSET_COMPOUND =
  /^(?:inlands|kust|skargards|storstads|landsbygds|glesbygds|fororts|sma|stor|huvud|icke-?medlems)\p{L}*(?:kommun|region|stad|stader)/u;

/**
 * A lead role refused after the body's word, up to the sentence's end (folded): "kan inte vara koordinator", "får inte
 * vara huvudsökande", "cannot be the lead partner", "may not act as coordinator". The body may still take part.
 */
const LEAD_ROLE_REFUSED =
  /(?:inte|ej|not|cannot|can't|may not)\s+(?:(?:sjalva|sjalv|themselves|itself)\s+)?(?:leda|lead)(?![\p{L}])|(?:inte|ej|not|cannot|can't|may not)\s+(?:(?:sjalva|sjalv|themselves|itself)\s+)?(?:vara|sta som|agera som|bli|be|act as|serve as)\s+(?:the\s+|a\s+|en\s+)?(?:koordinator\p{L}*|coordinator|huvudsokande|huvudman for projektet|projektagare|lead(?:\s+|-)(?:partner|applicant|beneficiary|organisation|organization)|main applicant|main (?:urban )?authority|project owner)/u;

/** After the refusal, a concessive or contrasting clause opened since the last comma, before the body's word (folded). */
const CONCESSIVE_BEFORE =
  /(?:^|[^\p{L}])(?:inte|ej|varken|icke|not|cannot|neither|never)(?![\p{L}])[^.;!?]*[,;]\s*(?:aven om|aven nar|inte ens nar|trots att|fast|medan|men|although|though|even though|even if|even when|while|whereas|but)\s+[^,;.]*$/u;
/** After the body, the refusal's part of the call: "under strand B", "in lot 2", "i delområde 2" (folded). */
const ONE_PART_REFUSED =
  /(?:^|[^\p{L}])(?:under|in|within|for|i|inom)\s+(?:the\s+)?(?:strand|lot|track|topic|delomrade|sparet|spar|delutlysning\p{L}*)\s+(?:[a-z]|\d)(?![\p{L}])/u;
/** A sentence that opens with a condition ("Where …", "If …", "Om …", "I de fall …"). */
const CONDITION_START = /^\s*(?:where|if|when|in case|om|ifall|nar|i de fall|i fall)\s/u;
/** "…as (the) main ", "i egenskap av ": the role a subject is refused in, right before the body's word (folded). */
const AS_ROLE_BEFORE =
  /(?:^|[^\p{L}])(?<!(?:well|such|same) )(?:as|i egenskap av)\s+(?:(?:the|a|an|main|associated|lead)\s+)*(?:[\p{L}-]+\s+)?$/u;
/** A subject, a modal and a verb that is no negation, right before the body's word: the body is its object (folded). */
const OBJECT_OF_MODAL_VERB =
  /^\s*\p{L}+\s+(?:kan|far|ska|bor|may|can|will|should)\s+(?!inte|ej|not|heller|varken|aldrig|never)\p{L}{3,}\s+(?:\p{L}+\s+(?:till|at|for|to|with|med|hos)\s+)?(?:(?:de|den|det|the)\s+)?$/u;
/** Health care named as a field ("hälso- och sjukvård", "sjukvården"). */
const CARE_FIELD = /^(?:hälso-\s+och\s+)?sjukvård(?:en)?$/iu;
/** An owner's kind right before (folded): "kommunal", "regionala", "privat", "municipal". */
const OWNER_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:kommunal|kommunala|regional|regionala|privat|privata|statlig|statliga|municipal|private|kommunens|kommunernas|regionens|regionernas|municipalities'|municipality's|regions')\s+(?:den\s+|det\s+)?$/u;
/** An owner's run or remit right after it (folded): "som bedrivs i regionens regi", "i kommunal regi", "run by". */
const OWNER_AFTER =
  /^\s*(?:som\s+(?:bedrivs|drivs|utfors|bedrivits)\s+(?:i|av)\s|i\s+(?:\p{L}+\s+)?regi(?![\p{L}])|(?:run|provided|delivered)\s+by\s)/u;
/** "inom", "within" right before the body's word: a field of work named, not a body (folded). */
const WITHIN_FIELD_BEFORE = /(?:^|[^\p{L}])(?:inom|within)\s+$/u;
/** The kinds themselves by name ("verksamheter inom kommuner"), which "inom" leaves bodies: their own units. */
const BODY_BY_NAME = /kommun|region|landsting|municipal|cit(?:y|ies)|städer|stad/iu;
/** A possessive right before the body's word: what follows is someone's own (folded). */
const OWN_WORK_BEFORE = /(?:^|[^\p{L}])(?:sin|sitt|sina|its|their|deras|dess)\s+$/u;
/** "Metropolitan bodies without municipal competences": what another body lacks, not a body refused (folded). */
const LACKED_BEFORE =
  /(?:^|[^\p{L}])(?:without|lacking|with no|utan)\s+(?:(?:the\s+)?(?:status|role|rank|standing)\s+(?:of|as)\s+(?:an?\s+)?)?$/u;
/**
 * The object of a negated relative clause: "public bodies that do not represent a town or ", "organisationer som inte
 * företräder en kommun eller ": the bodies refused are those the clause describes, not the body it names.
 */
const OBJECT_OF_NEGATED_RELATIVE =
  /(?:^|[^\p{L}])(?:that|which|who|som)\s+(?:(?:do|does|did)\s+)?(?:not|inte|ej)\s+(?:[\p{L}-]+\s+){1,2}?(?:(?:an?|the|en|ett|sin|sitt|their|its)\s+)?(?:[\p{L}-]+\s+(?:or|and|eller|och)\s+)?$/u;
/**
 * A relative clause with a verb, an object or more, and a preposition before the body word (folded): "som hyr ut
 * lokaler till ", "that provide services to ", "som säljer tjänster åt ". Not "som kommuner" ("such as").
 */
const OBJECT_IN_RELATIVE_BEFORE =
  /(?:^|[^\p{L}])(?:som|that|which|who)\s+(?:[\p{L}-]+\s+){1,4}(?:till|at|for|to|with|med|hos|from|fran)\s+(?:(?:the|a|an|en|ett|den|det|de)\s+)?$/u;
/** Where a refusal's list ends and what is allowed begins: "…koordinator, men får delta", "…, but are eligible". */
const CONTRAST_WORD = /(?:^|[^\p{L}])(?:men|but|however|dock|although|daremot)(?![\p{L}])/u;
/** Not, later in the clause, a part without money ("utan egen budget", "at their own cost"): folded. */
const NOT_UNFUNDED_AHEAD =
  '(?![^.;]*(?:utan (?:egen |egna )?(?:budget|finansiering|medel|ersattning|bidrag|stod)|without (?:a |its own |their own )?(?:budget|funding)|at their own (?:cost|expense)))';
/**
 * After the contrast, a part in the project the body may still take (folded): "men kan vara partner", "men de kan
 * delta som samarbetspart", "but may be project partners", "but can participate as associated partners".
 */
const PARTY_ADMITTED_AFTER = new RegExp(
  String.raw`^[^\p{L}]*(?:men|but|however|dock|daremot)\s+(?:(?:de|dessa|they|these|kommunerna|regionerna)\s+)?(?:(?:kan|far|may|can|are welcome to|are eligible to)\s+|(?:uppmuntras|valkomnas|inbjuds|are encouraged|are invited)\s+(?:att|to)\s+|(?:ar|are)\s+(?:(?:garna|aven|ocksa|also)\s+)?(?:valkomna|welcome|eligible)\s+(?=som|as)|(?:remain|remains|stay)\s+eligible\s+(?=as))(?:(?:garna|aven|ocksa|dock|also|still)\s+)?(?:(?:vara|bli|be|become|act as|join as|inga som|som|as)\s+(?:en\s+|a\s+|an\s+)?(?:\p{L}+\s+)?(?:partners?|parter|part|samarbetspart\p{L}*|samverkanspart\p{L}*|projektpart\p{L}*|medsokande|co-?applicants?|consortium members?|(?:urban\s+)?authorities)|(?:delta|medverka|inga|participate|take part|join)(?:\s+(?:(?:i|in)\s+)?(?:the\s+)?(?:projektet|projekten|projekt|projects?|konsortiet|consortium|partnerskapet|partnership))?\s+(?:som|as)\s+(?:en\s+|a\s+|an\s+)?(?:\p{L}+\s+)?(?:partners?|parter|part|samarbetspart\p{L}*|samverkanspart\p{L}*|projektpart\p{L}*|medsokande|co-?applicants?))` +
    NOT_UNFUNDED_AHEAD,
  'u',
);
/** The same in the present tense, without a modal: "men deltar som parter", "but take part as partners" (folded). */
const PARTY_TAKES_PART_AFTER = new RegExp(
  String.raw`^[^\p{L}]*(?:men|but|however|dock|daremot)\s+(?:(?:de|dessa|they|these)\s+)?(?:deltar|medverkar|ingar|participate|take part|join)(?:\s+(?:i|in)\s+(?:the\s+)?(?:projektet|projekten|projects?|konsortiet|consortium|partnerskapet|partnership))?\s+(?:som|as)\s+(?:en\s+|a\s+|an\s+)?(?:\p{L}+\s+)?(?:partners?|parter|part|samarbetspart\p{L}*|samverkanspart\p{L}*|projektpart\p{L}*)(?![\p{L}])` +
    NOT_UNFUNDED_AHEAD,
  'u',
);
/** Roles refused with the lead role ("huvudsökande, medsökande eller medelsförvaltare"): taking part at all is. */
const OTHER_ROLES =
  /(?<![\p{L}])delta(?![\p{L}])|medverka|participate|take part|medsokande|co-?applicants?|partners?|parter|medelsforvaltare|beneficiar|stodmottagare|deltagare|participants?/u;

/**
 * An exception from a rule on amounts or shares right before the body: "grant amount … EUR 500 000 except for public
 * bodies", "lägsta belopp … gäller inte för kommuner", "co-financing rate of 40 %, except for". Folded lowercase.
 */
/** A refusal opening what follows (folded): "kan inte söka", "not eligible", "nej". */
const REFUSAL_FIRST = new RegExp(`^\\s*(?:nej|no|${REFUSAL_WORDS}|inte|ej|not)(?![\\p{L}])`, 'u');
/** Right after the body, a rule it is exempt from (folded). */
const EXEMPT_FROM_RULE_AFTER =
  /^\s*(?:omfattas|berors|traffas)\s+(?:dock\s+)?(?:inte|ej)\s+av\s+(?:\p{L}+\s+)?\p{L}*?(?:befolkningsgrans|invanargrans|grans|krav|villkor|begransning|tak|regel|regler|takbelopp|medfinansieringskrav|storleksgrans)\p{L}*|^\s*(?:are|is)\s+not\s+subject\s+to\s+(?:the\s+|this\s+|that\s+)?(?:\p{L}+\s+)?(?:limit|threshold|cap|requirement|rule|ceiling|condition)s?(?![\p{L}])|^\s*(?:are|is)\s+exempt(?:ed)?\s+from/u;
const EXEMPT_FROM_AMOUNT_BEFORE =
  /(?:amount|eur|euro|sek|kronor|belopp\p{L}*|bidragsbelopp\p{L}*|co-?financing|cofinancing|medfinansiering\p{L}*|funding rate|stodniva\p{L}*|minimum|maximum|lagsta|hogsta|\d\s*%|procent)[^.;:]{0,60}(?:except for|except|with the exception of|apart from|other than|utom for|utom|med undantag (?:for|av))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * A preposition of the way something goes, right before the body and its adjectives: "LIFE hanteras av EASME och
 * inte via nationella myndigheter", "not through national authorities", "i stället för kommunen". The body is the
 * channel the negation turns away from, not an applicant refused. ("Av"/"by" is no such word: "kan inte sökas av
 * kommuner" refuses them.)
 */
const CHANNEL_BEFORE =
  /(?:^|[^\p{L}])(?:via|genom|through|hos|unlike|instead of|rather than|i stallet for|till skillnad fran|on behalf of|pa uppdrag av)\s+(?:the\s+|a\s+|an\s+|de\s+|den\s+|det\s+|en\s+|ett\s+)?(?:\p{L}+\s+){0,3}$|(?:^|[^\p{L}])inter[-\s]?$/u;

/**
 * The rest of the list and its verb, then a low priority: "(statlig och kommunal) verksamhet har låg prioritet",
 * "… prioriteras lägre", "(municipal projects) have low priority", "are a lower priority". Folded text.
 */
const LOW_PRIORITY_AFTER =
  /^[^.;:!?]{0,50}?(?:har|ges|far|have|has|are|is|get|gets|receive)\s+(?:en\s+|a\s+)?(?:lag|lagre|low|lower)\s+(?:prioritet|priority)|^[^.;:!?]{0,50}?(?:prioriteras|are prioriti[sz]ed|is prioriti[sz]ed)\s+(?:lagre|lagt|lower|low)/u;

/**
 * A negation of taking part already, then what the part is in, up to the body word: "not already in the (Pilot)
 * Cities programme", "not previously part of", "inte redan med i". Folded text.
 */
const ALREADY_IN_BEFORE =
  /(?:^|[^\p{L}])(?:not|inte|ej|icke)\s+(?:already|previously|yet|redan|tidigare)\s+(?:(?:in|part of|participating in|taking part in|members? of|i|med i|del av|deltar i|deltagare i|medlemmar i)\s+)(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}&'’-]+\s+){0,5}$/u;

/** Ordinary or running work, then up to four words, right before the body's word (folded). */
const ORDINARY_WORK_BEFORE =
  /(?:^|[^\p{L}])(?:ordinarie|lopande|reguljar\p{L}*|ordinary|regular|day-to-day|routine)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** A participle before the body (and up to three words) that makes it part of another head. Folded text. */
const MADE_OF_BEFORE =
  /(?:^|[^\p{L}])(?:formed by|aggregating|representing|som representerar|consisting of|made up of|composed of|bestaende av|som bestar av|(?:groupings?|groups?|associations?|networks?|consortia|unions?|federations?) of|(?:sammanslutningar|grupper|natverk|konsortier) av)\s+(?:[\p{L}-]+[\s/]+){0,3}$/u;

/** A body, then "covering"/"som omfattar" and up to three words, right before the body's word (folded). */
const BODY_COVERING_BEFORE =
  /(?:^|[^\p{L}])(?:bod(?:y|ies)|authorit(?:y|ies)|entit(?:y|ies)|organi[sz]ations?|structures?|groupings?|organ|myndigheter|organisationer|samverkansorgan)\s+(?:covering|spanning|encompassing|som omfattar|som tacker)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** A noun of money right after the applicant word, or after the rest of its list ("kommunala och statliga medel"). */
const MONEY_AFTER =
  /^(?:(?:\s*,\s*|\s+(?:och|eller|samt|and|or)\s+)[\p{L}-]+)*\s+(?:medel|pengar|anslag|finansiering|funds?|funding|money|monies)(?![\p{L}])/iu;

/** Swedish genitive endings of an applicant word: "sektorns", "kommunens", "kommunernas", "kommuners", "föreningars". */
const SV_GENITIVE = /(?:ns|nas|ers|ars)$/u;
/** The word after: a noun the body owns ("skyldigheter", "ansvar", "responsibility"). */
const NEXT_WORD = /^\s+\p{L}/u;

/**
 * An applicant word in the genitive owns the noun after it ("verksamhet som hör till den offentliga sektorns
 * lagstadgade skyldigheter stöds inte", "activities within municipalities' statutory duties"): what is refused is
 * that noun, not the body.
 */
function possessiveAt(text: string, start: number, end: number, language: 'sv' | 'en'): boolean {
  const after = text.slice(end, end + 40);
  if (/^['’]s?(?![\p{L}])/u.test(after)) return NEXT_WORD.test(after.replace(/^['’]s?/u, ''));
  if (language !== 'sv') return false;
  const word = text.slice(start, end).toLowerCase();
  // ("tätortens, inte kommunens, befolkning": the genitive's noun after a comma.)
  return SV_GENITIVE.test(word) && (NEXT_WORD.test(after) || /^,\s+\p{Ll}/u.test(after));
}
