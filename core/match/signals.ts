/**
 * Profile-independent facts about a call that eligibility needs: its programme area, who may apply,
 * which countries it names, whether it is ICLD's municipal programme. Read once per call.
 */

import { areaInPeriod } from '../data/area-periods.ts';
import {
  APPLICANT_TYPES,
  AREA_BY_ID,
  COUNTRIES,
  LAN_BY_ID,
  PROGRAMME_AREAS,
  PROGRAMME_BY_ID,
  PROGRAMMES,
} from '../data/index.ts';
import { countryCode, countryKey, ISO_COUNTRY_BY_NAME } from '../data/iso-countries.ts';
import type { ApplicantClass } from '../data/kinds.ts';
import type { FundingCall } from '../model/call.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold, foldedJoin, foldedSlice, foldKeepingOffsets } from '../text/fold.ts';
import { allLeadMatches, leadScan } from '../text/lead-scan.ts';
import { plain } from '../text/normalise.ts';
import { type KeyedToken, keyTokens } from '../text/phrases.ts';
import { clauseEnd, clauseStart, sentenceAround, sentenceAt, sentenceEnd } from '../text/sentences.ts';
import { suspendedCompoundAt } from '../text/suspended-compound.ts';
import { ALL_HINTS, hintOf } from '../text/word-hints.ts';
import { AliasIndex } from './alias-index.ts';
import {
  adjacentAreasIn,
  areaPreference,
  fundedPartnersOfLanIn,
  neighboursAdmitted,
  neighboursJoinedIn,
  neighboursKommunerOnly,
  otherPartsPartnersIn,
  PAID_ONLY_INSIDE,
  programmeAreaStatedIn,
  seatNotRequired,
} from './area-preference.ts';
import { type BodyKind, type ClassPlace, classPlaceIn, entryNamesKind } from './class-places.ts';
import { compoundHeadClass, kommunKindEntry } from './compound-head.ts';
import { COUNTRY_OF_ADJECTIVE } from './country-adjectives.ts';
import { entryKind, oneNamedMunicipality, servedOnlyEntries } from './entry-kinds.ts';
import { type ExceptedLan, exceptedLanIn } from './excepted-lan.ts';
import {
  exceptedKommunerIn,
  type MunicipalArea,
  municipalAreaIn,
  municipalAreaOfCountries,
  namesCitiesNotLan,
  type OtherKommunerParties,
  otherKommunerAsParties,
  theCityAt,
} from './named-municipalities.ts';
import { FUNDER_PARTS, type NationalScheme, nationalScheme, ownCallsArea } from './national-scheme.ts';
import { severalCallsIn } from './other-calls.ts';
import { type CountryMention, partnerCountries } from './partner-countries.ts';
import {
  anySizeAdmittedIn,
  largerAdmittedIn,
  type PopulationLimit,
  populationLimitsOf,
  programmeLimit,
  smallerAdmittedIn,
} from './population-limit.ts';
import { lanNamedIn, lanNamesIn, workPlacedIn } from './publisher-place.ts';
import { NEGATION_WORD, REFUSAL } from './refusal-words.ts';
import { type RefusedByName, refusedByNameIn } from './refused-by-name.ts';
import { endsInKindAdjective, stemClash } from './stem-clashes.ts';
import { coastRefusedIn, otherRegionsAdmittedIn, type TerritoryLimit, territoryLimitIn } from './territory-kind.ts';
import { GROUPS_WITH_SWEDEN, UNION_WORDS } from './union-words.ts';
import { countryWord, type VocabRef, WHO_AND_WHERE } from './vocabulary.ts';
import {
  abroadAdmittedIn,
  abroadAdmittedSaid,
  exceptionInEntry,
  landscapeNamed,
  lanIdsNamedIn,
  lanIdsOfEntries,
  lanOfBareEntry,
  lanOfSwedishEntry,
  localActionGroup,
  municipalFunder,
  namesSweden,
  nordicApplicantsIn,
  outsideEuOnly,
  placeAbroadInName,
  placeOfName,
  publicPartnersPaid,
  swedenExcepted,
  swedenInApplicantPlaces,
  swedenRefusedIn,
  swedenUnfundedIn,
  swedishApplicantsIn,
  type TextArea,
  textArea,
  UNFUNDED,
} from './where-text.ts';
import {
  APPLY_OR_INVITE_WORDS,
  admitsAnyOrganisation,
  allOrganisationsIn,
  alreadyFundedApplicantsIn,
  alreadyFundedIn,
  alreadyInApplicantsIn,
  alreadyInIn,
  anyQualifiedAway,
  bareOrganisationsIn,
  type ChosenGroup,
  catchAllEndingList,
  catchAllsOnlyOfPartners,
  chosenEarlierIn,
  chosenGroup,
  encouragedAround,
  exampleCueIn,
  exceptionIn,
  existingProjectsEntry,
  fieldOrganisationsIn,
  foldWording,
  hiredAt,
  inPartnerClause,
  levelBodiesIn,
  localAuthoritiesOnly,
  namesGenericOrganisations,
  namesOtherOrganisations,
  namesPublicBodies,
  namesRegionalLevel,
  negatedRightBefore,
  newApplicantsBeside,
  notApplicantReason,
  notPubliclyFundedIn,
  OPEN_END_WORDS,
  onlyBefore,
  onlyExistingProjects,
  onlyGroupIn,
  openEndedAfter,
  openEndedBefore,
  openHostIn,
  opensAnywhere,
  participantRanges,
  partyRanges,
  privateBeside,
  projectStartUpAt,
  regionAsPlaceAt,
  regrantedBefore,
  requiredPartBefore,
  researchCallIn,
  roleIn,
  SUMMARY_CUES,
  tenderCallIn,
  theirPartnersIn,
  vagueActorsIn,
  withoutNegatedPart,
  youngGroupIn,
} from './who-wording.ts';
import { youthInProjects } from './youth-projects.ts';

/**
 * Interreg's generation and strand code ("Interreg V-A Sverige-Norge", "Interreg VI-B North Sea", "Interreg IV C")
 * is no part of a programme's name: calls print it or leave it out, so names are compared without it.
 */
const INTERREG_GENERATION = /(^| )interreg (?:iii|iv|v|vi)(?: [abc])?(?= |$)/g;

/** Folded name text without Interreg's generation code. */
const withoutGeneration = (folded: string) => folded.replace(INTERREG_GENERATION, '$1interreg');

/** Folded, punctuation-free name text, Interreg's generation code left out. */
function foldName(text: string): string {
  return withoutGeneration(fold(plain(text)));
}

/** Folded, punctuation-free text for substring look-ups of names (funders, programmes). */
export function nameKey(text: string): string {
  return ` ${foldName(text)} `;
}

const AREA_ALIASES = new AliasIndex(
  PROGRAMME_AREAS.areas.map((a) => ({ id: a.id, keys: a.aliases.map((x) => nameKey(x)), weak: a.strategy })),
);

function areaIn(key: string): string | null {
  // Longest alias first: "interreg south baltic" before "south baltic".
  return AREA_ALIASES.longestIn(key);
}

/**
 * Items of a list of names: a programme field or title naming several programmes ("Interreg Central Baltic /
 * Östersjöprogrammet / Interreg Europe", "Interreg-program: Central Baltic, Östersjöprogrammet och Interreg Europa").
 */
const NAME_LIST = /\s*(?:\/|,|;|:|\s(?:och|samt|and|&)\s)\s*/i;

/**
 * Every programme area a call names as its own when it names several — in its programme field or in a list in its
 * title, each item naming one (a page compiling the calls of several programmes): its area is their union, so a
 * body inside any of them is inside. A region's own area is left out (a publisher writing about others' calls).
 * Undefined when fewer than two areas are named so.
 */
function listedAreas(programme: string | undefined, title: string): string[] | undefined {
  const ids = new Set<string>();
  for (const field of programme ? [programme, title] : [title]) {
    const items = field.split(NAME_LIST);
    if (items.length < 2) continue;
    for (const [i, item] of items.entries()) {
      // A name with "och" of its own ("Östra Mellansverige och Småland och öarna"): two items joined again.
      const joined = i + 1 < items.length ? areaIn(nameKey(`${item} och ${items[i + 1]}`)) : undefined;
      const id = areaIn(nameKey(item)) ?? joined;
      if (id && !AREA_BY_ID.get(id)?.publisher) ids.add(id);
      if (joined && joined !== id && !AREA_BY_ID.get(joined)?.publisher) ids.add(joined);
    }
  }
  return ids.size > 1 ? [...ids] : undefined;
}

/**
 * Programme (and strand) aliases, a programme area's own aliases counting for the programme of that area; a
 * programme's weak aliases (generic names) and a strategy's yield to any other name found with them.
 */
function programmeAliases(strands: boolean): AliasIndex {
  return new AliasIndex(
    PROGRAMMES.programmes
      .filter((p) => (p.parent !== undefined) === strands)
      .flatMap((p) => {
        const area = p.area && !p.parent ? PROGRAMME_AREAS.areas.find((a) => a.id === p.area) : undefined;
        const own = {
          id: p.id,
          keys: [...p.aliases, ...(area?.aliases ?? [])].map((x) => nameKey(x)),
          weak: area?.strategy,
        };
        return p.weakAliases ? [own, { id: p.id, keys: p.weakAliases.map((x) => nameKey(x)), weak: true }] : [own];
      }),
  );
}
const STRAND_ALIASES = programmeAliases(true);
const PROGRAMME_ALIASES = programmeAliases(false);

/**
 * A strand named anywhere in the text wins over its funder or programme, however long their names
 * ("Universitets- och högskolerådet" + "Erasmus+ Skolutbildning" is the school strand, not UHR at large).
 */
function programmeIn(key: string): string | null {
  return STRAND_ALIASES.longestIn(key) ?? PROGRAMME_ALIASES.longestIn(key);
}

const PARENT = new Map(PROGRAMMES.programmes.flatMap((p) => (p.parent ? [[p.id, p.parent] as const] : [])));

/**
 * The programme the funder fields name, made precise by a strand of it that the title names ("ESPON" with
 * "ESPON targeted analysis 2026"); a strand of another programme in the title does not count.
 */
function withTitleStrand(named: string | null, titleKey: string): string | null {
  if (named === null) return programmeIn(titleKey);
  const strand = STRAND_ALIASES.longestIn(titleKey);
  for (let up = strand && PARENT.get(strand); up; up = PARENT.get(up)) if (up === named) return strand;
  return named;
}

/** Programmes bound to one programme area, by area: the area a call names picks its programme. */
const PROGRAMME_OF_AREA = new Map(
  PROGRAMMES.programmes.filter((p) => p.area && !p.parent).map((p) => [p.area as string, p.id]),
);

/**
 * The area's own programme is more specific than a funder-wide one: "Tillväxtverket" with "Regionalfondsprogram
 * Övre Norrland" is the Övre Norrland programme, not Tillväxtverket's national grants.
 */
function programmeOf(areaId: string | undefined, named: string | undefined): string | undefined {
  const ofArea = areaId ? PROGRAMME_OF_AREA.get(areaId) : undefined;
  if (!ofArea || !named) return named ?? ofArea;
  const namedArea = PROGRAMME_BY_ID.get(named)?.area;
  return namedArea ? named : ofArea;
}

/**
 * A region writing about another funder's call ("Region Värmland" on a European Solidarity Corps round) does not
 * limit that call to its län: a publisher's area yields to a national or EU-wide programme named with it.
 */
function areaAndProgramme(
  areaIdNamed: string | undefined,
  namedAny: string | undefined,
  summary = '',
  funder = '',
): { areaId: string | undefined; programmeId: string | undefined } {
  // A strategy's own call is one its funder field names it in ("EUSBSR Seed Money Facility"). Named by another
  // funder's call, it is what the call serves: the call is the area and programme the funder field names
  // ("Interreg Baltic Sea Region" publishing seed money for the EUSBSR), else none ("Council of Europe: Routes4U").
  let funderKeyText: string | undefined;
  const funderKeyOf = (): string => {
    funderKeyText ??= nameKey(funder);
    return funderKeyText;
  };
  const strategyAlone = (id: string | undefined) =>
    id !== undefined && AREA_BY_ID.get(id)?.strategy === true && areaIn(funderKeyOf()) !== id;
  const areaId = strategyAlone(areaIdNamed) ? (areaIn(funderKeyOf()) ?? undefined) : areaIdNamed;
  const named = strategyAlone(namedAny && PROGRAMME_BY_ID.get(namedAny)?.area)
    ? (programmeIn(funderKeyOf()) ?? undefined)
    : namedAny;
  const other = named ? PROGRAMME_BY_ID.get(named) : undefined;
  const publisher = areaId ? AREA_BY_ID.get(areaId) : undefined;
  // …unless the text puts the work in the region's own län ("insatser … på Gotland"): national money for that län.
  if (
    areaId &&
    other &&
    !other.area &&
    !other.appliedForInOwnLan &&
    publisher?.publisher &&
    !(other.geography === 'sweden' && workPlacedIn(publisher.lan, fold(summary.toLowerCase())))
  )
    return { areaId: undefined, programmeId: named };
  // Another EU fund's programme named with a regional fund programme's area ("Svenska ESF-rådet: Utlysning för
  // Östra Mellansverige"): the call is the named fund's, for that part of Sweden; the area is read from its text.
  const ofArea = areaId ? PROGRAMME_OF_AREA.get(areaId) : undefined;
  const areaFunds = ofArea ? PROGRAMME_BY_ID.get(ofArea)?.funds : undefined;
  if (other && !other.area && other.funds && areaFunds && !other.funds.some((f) => areaFunds.includes(f)))
    return { areaId: undefined, programmeId: named };
  return { areaId, programmeId: programmeOf(areaId, named) };
}

/**
 * A programme period as names and calls print it ("2014-2020", "2021–2027"): two years six apart. A programme's
 * period is the one in its name in programmes.json; a strand without one has its parent's.
 */
const PERIOD = /(?:^|[^\d])(20\d\d)\s*[-–—/]\s*(20\d\d)(?!\d)/g;

function periodsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PERIOD)) if (Number(m[2]) - Number(m[1]) === 6) out.push(m[1]);
  return out;
}

/**
 * "Framtagande av Kolarctic 2021-2027 har avbrutits", "the 2021–2027 programme was cancelled": a period the text
 * says will not be is no period of the call's.
 */
const CANCELLED =
  /(?:avbrut\p{L}*|inställ\p{L}*|installts?|ställts in|stallts in|lagts ner|cancell?ed|suspended|terminated|discontinued|will not be (?:adopted|launched|implemented|set up))/iu;

function livePeriodsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PERIOD)) {
    if (Number(m[2]) - Number(m[1]) !== 6) continue;
    const at = m.index ?? 0;
    const [a, b] = sentenceAround(text, at, at + m[0].length);
    if (!CANCELLED.test(text.slice(a, b))) out.push(m[1]);
  }
  return out;
}

const PERIOD_OF = new Map<string, string>();
for (const p of PROGRAMMES.programmes) {
  const own = periodsIn(p.name)[0];
  if (own) PERIOD_OF.set(p.id, own);
}
function programmePeriod(id: string): string | undefined {
  for (let at: string | undefined = id; at; at = PARENT.get(at)) {
    const own = PERIOD_OF.get(at);
    if (own) return own;
  }
  return undefined;
}

/** A period as calls print it, from its first year: "2014–2020". */
const periodName = (start: string | number) => `${start}–${Number(start) + 6}`;

/**
 * EU programme periods run seven years from 2007 (2007–2013, 2014–2020, 2021–2027, 2028–2034); a span of a call's
 * summary that starts on one of those years is a programme period ("under programperioden 2014–2020"), where any
 * other span six years apart is a project's or a strategy's ("projects running 2022–2028").
 */
const alignedPeriod = (start: string) => (Number(start) - 2007) % 7 === 0;

/** The first year of the programme period a year lies in. */
const periodStartOf = (year: number) => 2007 + 7 * Math.floor((year - 2007) / 7);

/**
 * A year a call's title gives as its call number ("Utlysning 2017:2", "ansökningsomgång 2020.1", "Call 2019"):
 * the round is of that year.
 */
const CALL_NUMBER_YEAR =
  /\b(?:utlysning(?:en)?|ansökningsomgång(?:en)?|omgång(?:en)?|call|round)\s+(20\d\d)(?:[:.]\d{1,2})?(?!\d)/giu;

/** The years the call dates itself by: its deadlines, its opening, a fuzzy date, its call number. */
function callYears(call: FundingCall): number[] {
  const out: number[] = [];
  for (const d of call.deadlines ?? []) out.push(Number(d.date.slice(0, 4)));
  if (call.opens) out.push(Number(call.opens.slice(0, 4)));
  for (const m of (call.fuzzyDate ?? '').matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) out.push(Number(m[1]));
  for (const m of call.title.matchAll(CALL_NUMBER_YEAR)) out.push(Number(m[1]));
  return out;
}

/**
 * Whether the call belongs to another programme period than the one the programme data describes ("Interreg
 * Baltic Sea Region 2014-2020" against the data of 2021–2027), as "2014–2020": the data's rules on who may apply,
 * its area and its priorities are then another period's, and are not told of this call as its own. The call says
 * so by, in order:
 * - a period in its funder, programme or title (any span six years apart: names print no other);
 * - a programme period in its summary (a span from a period's first year) while it names not the data's own and
 *   dates itself by no year of the data's period or later ("builds on the 2014–2020 projects" in a call due 2025
 *   is no old call);
 * - its dates: every year it dates itself by (deadlines, opening, call number) lies before the data's period began
 *   (a round due in 2017 is not of 2021–2027). Dates after a period's end are not read: rounds of a period run
 *   on for years after it.
 */
export function otherPeriod(call: FundingCall, programmeId: string | undefined): string | undefined {
  const own = programmeId ? programmePeriod(programmeId) : undefined;
  if (!own) return undefined;
  const stated = periodsIn(`${call.funder} ${call.programme ?? ''} ${call.title}`);
  if (stated.length > 0) return stated.includes(own) ? undefined : periodName(stated[0]);
  const years = callYears(call);
  const latest = years.length > 0 ? Math.max(...years) : undefined;
  const inSummary = livePeriodsIn(call.summary ?? '').filter(alignedPeriod);
  if (inSummary.length > 0 && !inSummary.includes(own) && (latest === undefined || latest < Number(own)))
    return periodName(inSummary[0]);
  return latest !== undefined && latest < Number(own) ? periodName(periodStartOf(latest)) : undefined;
}

/** The programme area a free text names (longest alias wins), e.g. an aggregator's or calendar's item. */
export function areaNamedIn(text: string): string | undefined {
  return areaIn(nameKey(text)) ?? undefined;
}

/**
 * A programme field that starts with a programme's own name, cut off by a dash, colon or bracket ("LIFE – EU:s
 * program för miljö och klimat"): that programme, where its name is too common a word to be an alias on its own.
 */
const PROGRAMME_BY_NAME = new Map(PROGRAMMES.programmes.filter((p) => !p.parent).map((p) => [p.name, p.id]));
function programmeByLeadingName(programme: string): string | null {
  const lead = programme.split(/\s+[–—-]\s+|:\s|\s\(/)[0].trim();
  return lead !== programme.trim() ? (PROGRAMME_BY_NAME.get(lead) ?? null) : null;
}

/** Money given out within the kommun that publishes the call: "till orter inom kommunen", "i hela kommunen". */
const WITHIN_THE_KOMMUN = /(?:^|[^\p{L}])(?:inom|i|i hela)\s+kommunen(?![\p{L}])/iu;

/** Words of a grant for preparing or joining another programme: "främja svenskt deltagande i", "ansökningar till". */
const TOWARDS_PROGRAMME =
  / (?:deltagande|medverkan|ansokningar|ansokan|participation|applications?|planeringsprojekt|planeringsbidrag|planeringsstod|\S*forberedande|forberedelse\S*|medfinansiering|preparation|preparatory|seed money|co-?financing) (?:\S+ ){0,3}?(?:i|till|in|to|for|infor|of) /;

/** Folded funder + programme text and the area it names, per distinct pair (they repeat across calls). */
const funderCache = new Map<string, { text: string; area: string | null; programme: string | null }>();

function funderKey(call: FundingCall): { text: string; area: string | null; programme: string | null } {
  const by = `${call.funder}\u0000${call.programme ?? ''}`;
  let hit = funderCache.get(by);
  if (hit === undefined) {
    const text = fold(plain(`${call.funder} ${call.programme ?? ''}`));
    // The programme field says what the call is; the funder field may be who published it ("Region Värmland"
    // announcing the European Solidarity Corps): a programme or area named there outranks the funder's.
    const own = call.programme ? nameKey(call.programme) : '';
    let ownProgramme = own ? (programmeIn(own) ?? programmeByLeadingName(call.programme ?? '')) : null;
    // "Vinnova: Främja svenskt deltagande i Horisont Europa": a national funder's grant for taking part in an EU
    // programme is the funder's own, open to its own applicants.
    // So is a region's ("Region Skåne: Planeringsbidrag för skånska ansökningar till Horisont Europa"), for its län.
    let towardsArea: string | null = null;
    if (ownProgramme && PROGRAMME_BY_ID.get(ownProgramme)?.geography !== 'sweden' && TOWARDS_PROGRAMME.test(own)) {
      const funder = PROGRAMME_BY_ID.get(programmeIn(nameKey(call.funder)) ?? '');
      const publisherArea = funder?.area && AREA_BY_ID.get(funder.area)?.publisher ? funder.area : null;
      if (funder && (funder.geography === 'sweden' || publisherArea)) ownProgramme = funder.id;
      towardsArea = publisherArea;
    }
    const ownArea = own ? (areaIn(own) ?? towardsArea) : null;
    const both = nameKey(`${call.funder} ${call.programme ?? ''}`);
    hit = {
      text,
      // …except a programme each länsstyrelse runs for its own län (LOVA): its publisher's area is the call's.
      area: ownArea ?? (ownProgramme && !PROGRAMME_BY_ID.get(ownProgramme)?.appliedForInOwnLan ? null : areaIn(both)),
      programme: ownProgramme ?? programmeIn(both),
    };
    if (funderCache.size > 50_000) funderCache.clear();
    funderCache.set(by, hit);
  }
  return hit;
}

/** A funder that is a programme's contact point in a country: "National Contact Point", "Kontaktstelle", "NCP". */
const CONTACT_POINT =
  /contact point|kontaktpunkt|kontaktstelle|point de contact|(?<![\p{L}])ncp(?![\p{L}])|national agency|nationaal agentschap|nationale agentur|agence nationale|agencia nacional|agenzia nazionale/iu;
/**
 * Whether the call's funder or programme names a programme the data holds as open across the EU, or one whose area is
 * interregional (Interreg Europe, URBACT, ESPON: the whole Union).
 */
const euWideProgramme = (call: FundingCall): boolean => {
  const { programme, area } = funderKey(call);
  if (programme && PROGRAMME_BY_ID.get(programme)?.geography === 'eu-wide') return true;
  return !!area && AREA_BY_ID.get(area)?.scope === 'interregional';
};
/**
 * A contact point's page on a call of a programme open across the EU ("LIFE National Contact Point Finland"): it
 * informs of the Union's call, so neither the contact point's country nor a list of only that country limits it.
 */
const contactPointOfEuCall = (call: FundingCall): boolean => CONTACT_POINT.test(call.funder) && euWideProgramme(call);

/** The call's programme area: given, or named by its funder or programme (cached: they repeat), or its title. */
export function detectArea(call: FundingCall, titleKey = nameKey(call.title)): string | undefined {
  if (call.programmeArea) return call.programmeArea;
  const fk = funderKey(call);
  const areaId = areaAndProgramme(
    fk.area ?? areaIn(titleKey) ?? undefined,
    withTitleStrand(fk.programme, titleKey) ?? undefined,
    call.summary ?? '',
    call.funder,
  ).areaId;
  return nationalSchemeOf(call, areaId, call.summary ?? '') ? undefined : areaId;
}

/** A national scheme the body of `areaId` only handles (core/match/national-scheme.ts), read from the call. */
const nationalSchemeOf = (call: FundingCall, areaId: string | undefined, summary: string) =>
  nationalScheme(areaId, call.funder, call.title, summary, (name) => areaIn(nameKey(name)), nationalFunderIn);

/** The name of a programme open across Sweden (geography "sweden", no area) that a name names, else null. */
function nationalFunderIn(name: string): string | null {
  const id = programmeIn(nameKey(name));
  const p = id ? PROGRAMME_BY_ID.get(id) : undefined;
  return p && p.geography === 'sweden' && !p.area ? p.name : null;
}

// Cues of the sentence that says who may apply, on lowercase text (Swedish letters with or without diacritics).
// "Applicants must involve companies" says what applicants do, not who they are: only "must be" is a cue.
// "Grants are awarded to Finnish citizens … and to registered organisations" and "Applications are accepted from
// Danish cultural actors" say who may apply as "can apply" does.
// A prize's nomination sentence ("kan nomineras", "may nominate … a company, an organisation or a person", "Känner du
// till ett företag, en organisation eller en privatperson som …") says who
// receives it, as an application's says who may apply. "Riktar sig i första hand till" names who applies as
// "riktar sig till" does ("i första hand" then makes those named examples, not the limit).
// The passive names applicants only through its agent: "kan sökas av kommuner" says who applies, "Projektmedel kan
// sökas för utveckling av små och medelstora företag" (or "till", "inom", "löpande") says what the money is for.
// A heading "Behörighet:" or "Eligibility:" names who may apply after it; so does a sentence that puts its subject
// after the verb ("Hos oss kan föreningar och organisationer ansöka om bidrag", "Nu kan kommuner söka stöd"). An
// invitation to apply names who may ("Sitra invites Finnish municipalities to apply", "bjuder in kommuner att söka",
// "Polish local governments are invited to submit proposals"); so does what a call is for ("This call is for
// SMEs", "targeted at farmers and forest owners", "Utlysningen är avsedd för föreningar").
const WHO_CUE =
  /(kan s[oö]ka(?!s)|kan ans[oö]ka(?!s)|f[aå]r s[oö]ka(?!s)|f[aå]r ans[oö]ka(?!s)|(kan|f[aå]r) (an)?s[oö]kas ((endast|enbart|bara|[aä]ven|ocks[aå]|fr[aä]mst|direkt) )?av\b|(v[aä]nder|riktar) sig (fr[aä]mst |i f[oö]rsta hand |framf[oö]r allt |huvudsakligen |prim[aä]rt |s[aä]rskilt )?till|[aä]r (nu |redan |också |även |endast |enbart |bara )?[oö]ppen f[oö]r|who can apply|who ?\?|vem ?\?|may apply|can apply|(can|may) (also )?be applied for by|(funding|support|the grant|grants) (is|are) (exclusively|only|solely) for|eligible (applicants|organisations|organizations|entities)|are eligible|is eligible|eligible to apply|eligible are (all |any )?(legal |public |private )?(entities|organi[sz]ations|bodies|applicants)|open to|is aimed at|target recipients?|recipient types?|eligible recipients|(is|are) addressed (primarily |mainly |in particular )?to|(applicants?|lead partners?|beneficiar(y|ies)|partners?) (must|shall|should|can|may) be|(eligible )?applicants are (?!([a-z]+ly )?(assessed|evaluated|encouraged|invited|requested|expected|asked|advised|required|responsible|informed|reminded|notified|selected|ranked|scored|welcomed?|free|also|not|then|now)\b)|(s[oö]kanden?|st[oö]dmottagaren?|projektägaren?|huvuds[oö]kanden?) (ska|m[aå]ste|kan|f[aå]r) vara|kan f[aå] (projektst[oö]d|st[oö]d|bidrag|medel|finansiering|pengar)|kan beviljas|(beviljas|l[aä]mnas|ges) (endast|enbart|bara|uteslutande) till|(st[oö]d|bidrag|medel|ers[aä]ttning|projektst[oö]d)(et|en)? (kan|f[aå]r) (ges|l[aä]mnas|l[aä]mnas ut) till|can (receive|be granted|obtain) ((technical|financial|expert|erdf|interreg|eu|programme|project) )?(funding|support|grants?|financing|assistance|advice)|eligible to receive|(is|are) (now |also )?open for (public|local|regional|municipal|non-profit|private|organi[sz]ations|entities|bodies|actors|applicants)|(financing|funding|support|grants?) (can|may) be (granted|awarded|given) to|(grants?|funding|support|stipends?|scholarships?|prize|award|priset|utm[aä]rkelsen) ((is|are|will be) (awarded|given|granted) to|delas ut till|ges till)|applications (are|will be) (accepted|received|welcomed?) from|ans[oö]kningar (tas emot|kan l[aä]mnas|f[aå]r l[aä]mnas) (fr[aå]n|av)|present (their|its) (own )?(city['’]s |town['’]s |region['’]s )?(candidature|candidacy)|presentera (sin|sina|deras) kandidatur|kan nominer(a|as)|f[aå]r nominer(a|as)|k[aä]nner du till (en|ett|n[aå]gon|n[aå]got|n[aå]gra) |do you know (a|an|any|of a|of an) |(can|may) (be )?nominated?|(beh[oö]righet|eligibility|beh[oö]riga s[oö]kande|krav p[aå] s[oö]kanden?|applicant requirements|eligibility requirements|requirements for applicants)\s*:|(h[aä]r|hos oss|nu|d[aä]rf[oö]r|[aä]ven|ocks[aå]) kan ([a-zåäöé-]+,? ){1,6}?(an)?s[oö]ka (om )?(bidrag|st[oö]d|medel|pengar|finansiering|projektmedel)|invit(es|ing) (applications|proposals) from|invites ([a-zåäöé-]+,? ){1,6}?to (apply|submit)|(are|is) (hereby |now |also )?invited to (apply|submit)|(the |this )?(call|competition|scheme|programme|initiative) is (only |exclusively |primarily |mainly |specifically )?(for|targeted at|intended for|aimed at|designed for) |(is|are) (primarily |mainly |specifically |exclusively )?(targeted at|intended for)|(utlysningen|stödet|bidraget|programmet|satsningen) är (endast |enbart |främst |särskilt )?(för|avsedd för|avsett för|riktad till|riktat till) |(inbjuds|uppmanas|bjuds in) (nu )?(till )?att (an)?s[oö]ka|(bjuder|inbjuder) (nu )?in ([a-zåäöé-]+,? ){1,6}?(till )?att (an)?s[oö]ka)/g;

/**
 * What defines an association ("organisationer som … är demokratiskt uppbyggda … och har ett frivilligt
 * medlemskap"): organisations so described are civil society, not organisations of any kind. Folded text.
 */
const ASSOCIATION_TRAITS =
  /demokratiskt uppbyggd|frivilligt medlemskap|voluntary membership|democratically (?:structured|organi[sz]ed|governed|run)/;

/** A list entry of non-profit bodies of no other kind: "non-profit organisations", "not-for-profit entities" (folded). */
const BARE_NON_PROFIT =
  /^(?:[\p{L}-]+\s+){0,2}?(?:non-profit|not-for-profit|nonprofit)\s+(?:organi[sz]ations?|entit(?:y|ies)|bod(?:y|ies))$/u;

/**
 * Organisations the applicant works with ("can collaborate with other organizations that have not been invited",
 * "i samarbete med andra organisationer"): partners, not organisations of any kind among the applicants. Folded.
 */
const WITH_ORGANISATIONS =
  /(?:collaborate|cooperate|co-operate|work|partner|together|samarbeta|samverka|tillsammans|samarbete|samverkan)\p{L}*\s+(?:with|med)\s+(?:[\p{L}-]+\s+){0,3}?(?:organi[sz]ations?|organisationer(?:na)?|aktorer(?:na)?|actors|entities|bodies|institutions|institutioner)/gu;

/** WHO_CUE tried only where one of its cues starts (core/text/lead-scan.ts): quicker than a scan for hint words first. */
const WHO_CUE_LEADS = leadScan(WHO_CUE, SUMMARY_CUES);

/**
 * "The Call is open to Priority Axes 1 and 2, and to Thematic Objectives…", "är öppen för alla insatsområden": what
 * the call is open to is its scope, not its applicants ("…accessibility to the regions" is a topic there).
 */
const OPEN_CUE = /open to$|[oö]ppen f[oö]r$/;
const OPEN_TO_SCOPE =
  /^\s+(?:the\s+|all\s+|both\s+|alla\s+|samtliga\s+|b[aå]da\s+|(?:two|three|four|tv[aå]|tre|fyra|\d+)\s+)*(?:(?:thematic|specific|programme|program|tematiska|specifika)\s+)?(?:priorit|axis|axes|objective|topic|theme|strand|measure|insatsomr[aå]de|prioriter|tema|[aä]mne|delomr[aå]de|specifika m[aå]l|m[aå]l\b)/;

/** "At least three", "minst tre" (folded): how many parties, not which kinds. */
const PARTY_COUNT = String.raw`(?:at least|a minimum of|minimum|minst|atminstone)\s+(?:\d+|two|three|four|five|tva|tre|fyra|fem)`;
/**
 * A count of the parties a project must involve ("involve at least three eligible legal entities independent of each
 * other", "minst tre juridiska personer"): the make-up of a consortium, not an opening to organisations of any kind.
 * Folded text.
 */
const COUNTED_ENTITIES = new RegExp(
  String.raw`${PARTY_COUNT}\s+(?:[\p{L}-]+\s+){0,2}?(?:legal entities|juridiska personer|entities)`,
  'gu',
);
/** A count in a list entry ("eligible legal entities (at least three, …)"), folded. */
const ENTRY_COUNT = new RegExp(String.raw`${PARTY_COUNT}(?![\p{L}])`, 'u');

/**
 * A sentence that goes on with the list of who may apply: "These include – but are not limited to – …", "Det kan till
 * exempel vara företag …", "They may for example be …".
 */
const THESE_INCLUDE =
  /^\s*(?:(?:these|they|this|dessa|de|detta)\s+(?:may\s+|can\s+|kan\s+)?(?:include|includes|inkluderar|omfattar|kan vara|may be|can be)|(?:det|de|dessa|they|these|it)\s+(?:kan|may|can)\s+(?:till exempel|t\.\s?ex\.|exempelvis|for example|for instance|e\.g\.)\s+(?:vara|be))(?![\p{L}])/u;

/**
 * Character ranges of the sentences that say who may apply. A question cue takes the next sentence too, and so does
 * a lead-in line ending in a colon ("Vem kan söka?", "Följande kan söka:" and the line under it).
 */
export function whoRanges(text: string, lower?: string): [number, number][] {
  // The analyser's lowercased text serves when its offsets are the text's own.
  const folded = lower !== undefined && lower.length === text.length ? lower : text.toLowerCase();
  const out: [number, number][] = [];
  for (const m of allLeadMatches(folded, WHO_CUE_LEADS)) {
    const at = m.index ?? 0;
    if (OPEN_CUE.test(m[0]) && OPEN_TO_SCOPE.test(folded.slice(at + m[0].length, at + m[0].length + 60))) continue;
    const [from, end] = sentenceAround(folded, at);
    const next =
      folded[end - 1] === '?' ||
      (folded[end] === '\n' && folded[end - 1] === ':') ||
      THESE_INCLUDE.test(folded.slice(end, end + 40));
    const to = next ? sentenceEnd(folded, end + 1) : end;
    // A sentence a question's range took already ("Vem får söka? Ideella organisationer kan söka.") is one range:
    // a class named in it belongs to the range it is read in, and a second range over the same words would read
    // them again as naming no class.
    const last = out[out.length - 1];
    if (last && from < last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export function whoMayApply(text: string): string {
  return whoRanges(text)
    .map(([a, b]) => text.slice(a, b))
    .join(' ');
}

/** Words that make the sentence about project parties, not about the applicant alone. */
const PARTNER_CUE =
  /projektpart|samverkanspart|samarbetspart|(?:delta|medverka|ingå) som (?:en )?partner|som parter\b|medsokande|medsökande|co-applicants?|tillsammans med|i samverkan med|i samarbete med|konsorti|project partner|as partners|delivery partners?|together with|in partnership with|partnerships? with|in cooperation with|in collaboration with|collaborat(?:e|es|ing) with|in close collaboration with|partnerships? between|partnerskap mellan|consorti|partners? (?:can|may|could) (?:also )?be|(?:can|may|could) (?:also )?be (?:funded |full )?(?:project )?partners|partner(?:s|na)? (?:kan|får) (?:även |också )?vara|stödmottagande part|vidareförmedla\p{L}* [^;.]{0,60}?till|(?:pass|passed|forward|forwarded|transfer|transferred) (?:on )?(?:part of |up to [^;.]{0,20}?of )?(?:the )?(?:grant|funds|funding) to/u;
/** …whose letters a summary's words mostly lack (core/text/word-hints.ts): its sentences are then not read for them. */
const H_PARTNER = hintOf(PARTNER_CUE);

/** The last sentence read by partnerSentenceAt: a call names kommuner, regioner, skolor often in one sentence. */
const lastPartner = { text: '', from: -1, to: -1, partner: false };

/** Whether the sentence around `at` speaks of project parties or partners the call pays. */
function partnerSentenceAt(text: string, at: number): boolean {
  const from = clauseStart(text, at, ';');
  const to = clauseEnd(text, at, ';');
  const last = lastPartner;
  if (last.from !== from || last.to !== to || last.text !== text) {
    // (Parties said to take part without the call's money are no parties here: "…kommuner och regioner … kan inte ta
    // emot medel från stiftelsen".)
    const clause = text.slice(from, to);
    last.partner = PARTNER_CUE.test(clause.toLowerCase()) && !UNFUNDED.test(foldWording(clause));
    last.text = text;
    last.from = from;
    last.to = to;
  }
  return last.partner;
}

/**
 * Cues that name the applicants after them ("riktar sig till", "vänder sig till", "är öppen för", "is open to", "is
 * aimed at"), and any who-may-apply cue at all (folded text: WHO_CUE's letters without diacritics).
 */
const ADDRESSEE_CUE =
  /(?:vander|riktar) sig (?:(?:framst|i forsta hand|framfor allt|huvudsakligen|primart|sarskilt) )?till|ar (?:nu |redan |ocksa |aven |endast |enbart |bara )?oppe[nt] for|(?:is|are) (?:now |also |only )?open to|(?:is|are) aimed at|(?:is|are) addressed (?:primarily |mainly |in particular )?to|(?:is|are) intended for|(?:is|are) targeted at/u;
const ANY_WHO_CUE = new RegExp(WHO_CUE.source, 'u');
/** Words without which a sentence holds no addressee cue (OPEN_END_WORDS does the same for a list end). */
const ADDRESSEE_WORDS = /till|open|öppe|aimed|addressed|intended|targeted/i;

/**
 * Whether a class named in a who-may-apply sentence stands before a cue that names the applicants after it, with no
 * cue before the class or between it and that cue ("Stödet gäller insatser för kompetensförsörjning till företag
 * och riktar sig till stödaktörer"): the class is what the call is about or whom it benefits, and those after the
 * cue apply. (Not "Företag kan söka och stödet riktar sig även till föreningar": "kan söka" names the companies.)
 * Folded text of the sentence before and after the class.
 */
function beforeAddresseeCue(before: string, after: string): boolean {
  const cue = ADDRESSEE_CUE.exec(after);
  if (!cue) return false;
  return !ANY_WHO_CUE.test(before) && !ANY_WHO_CUE.test(after.slice(0, cue.index));
}

/** Words without which no sentence encourages or welcomes anyone (encouragedAround). */
const ENCOURAGE_WORDS = /encourag|welcom|invited|uppmuntr|välkom|valkom|inbjud/i;

/** Words without which no sentence names organisations of a field (fieldOrganisationsIn). */
const FIELD_ORG_WORDS = /organi[sz]|aktör|juridisk|entit|actors|bodies/i;
/** …and the verbs of its clause (FIELD_CLAUSE in who-wording.ts), one of which it needs. */
const FIELD_VERBS =
  /arbetar|jobbar|verkar|verksam|består|bestående|företräder|representerar|work|consist|compos|made up|represent|speciali|focus|deal|engaged|active in/i;

/** The Nordic and Baltic countries: the whole area of a programme whose geography is "nordic-baltic". */
const NORDIC_BALTIC: ReadonlySet<string> = new Set(
  COUNTRIES.groups.filter((g) => g.id === 'nordic-countries' || g.id === 'baltic-states').flatMap((g) => g.members),
);
/** The Nordic countries: the whole area of a programme whose geography is "nordic". */
const NORDIC: ReadonlySet<string> = new Set(
  COUNTRIES.groups.filter((g) => g.id === 'nordic-countries').flatMap((g) => g.members),
);

/** The countries a programme covers: its programme area's, or the Nordic (and Baltic) countries for a Nordic funder. */
export function programmeCountries(
  areaId: string | undefined,
  programmeId: string | undefined,
): ReadonlySet<string> | undefined {
  const area = areaId ? AREA_BY_ID.get(areaId) : undefined;
  if (area && area.countries.length > 0) return new Set(area.countries);
  const geography = programmeId ? PROGRAMME_BY_ID.get(programmeId)?.geography : undefined;
  return geography === 'nordic-baltic' ? NORDIC_BALTIC : geography === 'nordic' ? NORDIC : undefined;
}

/**
 * A group of countries within the programme's own ("Norden" in a Nordic funder's call, "the Baltic Sea region
 * countries" in a Baltic Sea programme's) says the programme's area again, not with whom: every call of the
 * programme could say it. A country named alone ("partners in Finland") still names partners.
 */
const ownGroup = (m: CountryMention, own: ReadonlySet<string>) =>
  m.names.length > 1 && m.names.every((n) => own.has(n));

export const OURS: readonly ApplicantClass[] = ['municipal', 'public', 'region', 'school'];

/** "Companies may also apply", "även företag kan söka": the list goes on beyond the classes named. */
const ALSO = /(?:^|[^\p{L}])(?:also|as well|också|även|likaså)(?![\p{L}])/iu;
/** Its words alone, with its flags: a quick scan that must match first (the letter class is tried at every character). */
const ALSO_WORDS = /also|as well|också|även|likaså/iu;
/** ALSO, every place it stands. */
const ALSO_ALL = new RegExp(ALSO.source, 'giu');
/** After "as well as": those of another place ("those in the UK", "de i Norge"), not another kind of body. */
const THOSE_OF_PLACE =
  /^\s*(?:the\s+)?(?:those|ones|de|dem)\s+(?:in|from|based|located|resident|i|fr[aå]n|bosatta|verksamma)(?![\p{L}])/iu;

/**
 * Whether "also", "as well as" in a sentence on who applies adds kinds of applicant: not where it adds places
 * ("youth NGOs from Council of Europe member states, as well as the European Cultural Convention Signatories:
 * Belarus, Kazakhstan…", "artists based in the Nordic countries, as well as those in the UK"), whose applicants are
 * of the kinds already named.
 */
function alsoAddsKinds(sentence: string, offset: number, mentions: readonly CountryMention[] | undefined): boolean {
  for (const m of sentence.matchAll(ALSO_ALL)) {
    const end = (m.index ?? 0) + m[0].length;
    const after = sentence.slice(end, end + 80);
    if (THOSE_OF_PLACE.test(after)) continue;
    const place = mentions?.find(
      (x) => x.field === 'summary' && x.start >= offset + end && x.start < offset + end + 80,
    );
    if (place && !whoAndWhere(sentence.slice(end, place.start - offset)).some((x) => x.kind === 'applicant')) continue;
    return true;
  }
  return false;
}

/**
 * The words between two items of a list of bodies: a comma, "and", "or", "och", "eller" (and the like), then at
 * most two words of the next item ("cities, local regions"): "cities, regions or communities".
 */
const LIST_GAP =
  /^\s*(?:,|&|\/|,?\s*(?:and\/or|och\/eller|and|or|och|eller|samt|as well as|liksom))\s*(?:[\p{L}-]+\s+){0,2}$/iu;
/** A place after these words is where something lies ("in the Arctic regions, cities…"), not an item of a list. */
const PLACE_AFTER = /(?:^|[^\p{L}])(?:in|within|across|throughout|of|from|for|to|the|i|inom|från|av|för|till)\s*$/iu;

/**
 * Whether the region word of `h` is an item of a list of other bodies in its field ("cities, regions or
 * communities", "cities, Arctic regions and communities"). After another body it is an item whatever comes before
 * it; before one only when not read as a place ("in the Arctic regions, cities may apply", "border regions,
 * municipalities…": regionAsPlaceAt).
 */
function regionAmongBodies(h: TextHit, hits: readonly TextHit[], text: string): boolean {
  const start = h.placeStart ?? h.start;
  const end = h.start + (h.length ?? 0);
  let prev: TextHit | undefined;
  let next: TextHit | undefined;
  for (const x of hits) {
    if (x === h || x.field !== h.field || x.ref.kind !== 'applicant' || x.placeStart !== undefined) continue;
    const xEnd = x.start + (x.length ?? 0);
    if (xEnd <= start && (!prev || x.start > prev.start)) prev = x;
    if (x.start >= end && (!next || x.start < next.start)) next = x;
  }
  if (prev && LIST_GAP.test(text.slice(prev.start + (prev.length ?? 0), start))) return true;
  if (!next || !LIST_GAP.test(text.slice(end, next.start))) return false;
  return h.placeStart === undefined
    ? !regionAsPlaceAt(text, h.start)
    : !PLACE_AFTER.test(text.slice(Math.max(0, start - 20), start));
}

/** A region's own name ("Region Skåne", "Region Kalmar län"): one body, not the class. */
const REGION_NAME = /^region\s+\p{Lu}/u;

/** Whether the word at `at` is a singular "region" ("Region Skåne", "the Arctic region", "regionen"). */
function singularRegionAt(text: string, at: number): boolean {
  return /^region(?:en|ens|'s)?(?![\p{L}])/iu.test(text.slice(at, at + 12));
}

const ICLD_FUNDER = APPLICANT_TYPES.icld.funderAliases.map((x) => nameKey(x));
const ICLD_MUNICIPAL = APPLICANT_TYPES.icld.municipalProgrammes.map((x) => nameKey(x));

export interface CallSignals {
  areaId?: string;
  /** The programme or strand (programmes.json) the call belongs to, from its funder, programme or title. */
  programmeId?: string;
  /**
   * Every programme area the call names as its own when its programme field or a list in its title names several
   * ("Interreg Central Baltic / Östersjöprogrammet / Interreg Europe"), areaId among them: its area is their union.
   */
  areas?: readonly string[];
  /**
   * The programme period the call belongs to ("2014–2020") when the programme data is of another one: the data's
   * area, applicants and priorities are then not this call's.
   */
  otherPeriod?: string;
  /**
   * What the call's list of eligible countries says of Sweden: named (or a group with it), left out of a list
   * of countries, or nothing to tell.
   */
  swedenEligible?: boolean;
  /** Sweden's place was read from the who-may-apply sentences, not from a list of eligible countries. */
  swedenFromText?: boolean;
  /**
   * The funder field names a body of one country other than Sweden ("Innovation Fund Denmark", "Ministry of Culture
   * … of Denmark", "Regional Research Funds, Norway") and the call says nothing of where applicants are: that
   * country, where the call's applicants are (not an office a multinational body keeps there).
   */
  foreignFunder?: string;
  /** The call is for a local area named by parishes or villages, or communities a power plant touched (localAreaIn). */
  localArea?: LocalArea;
  /** With a kind of territory: only one partner must be there ("at least one partner located in the … area"), as said. */
  onePartnerThere?: string;
  /**
   * Partners from other kinds of region taken in beside the kind the call is for ("partners located in transition or
   * more developed regions may participate as beneficiaries"), as written (territory-kind.ts otherRegionsAdmittedIn).
   */
  otherRegionsAdmitted?: string;
  /** The title places the work in a sea basin abroad ("… in the Black Sea"), as written (basinAbroadOf). */
  basinAbroad?: string;
  /** The title or programme names a stipend or scholarship: money a person receives, not an organisation's project. */
  stipend?: true;
  /** One topic of a call of several is bound to basins abroad, as written (basinScopeOf); the others are not. */
  basinOfOneTopic?: string;
  /**
   * The text puts the call's countries at a basin abroad ("challenges faced by EU Member States in the Atlantic and
   * Black Sea regions"): a list of countries naming the EU or Sweden does not reach past that.
   */
  basinStates?: true;
  /** The funder is a body of this country abroad whose call admits applicants from abroad too ("in Denmark or abroad"). */
  homeAbroadAdmitted?: string;
  /** Applicants must hold another country's identity or registration number ("an Icelandic ID number"), as said. */
  registeredIn?: { country: string; said: string };
  /** Every entry of the list of applicants is another country's bodies ("Finnish civil society organisations"). */
  foreignApplicants?: { country: string; said: string };
  /**
   * The list of countries without Sweden is where the work happens: the summary names them only so ("actions must
   * take place in Eritrea", "(Jinja, Uganda)"), never as where applicants are.
   */
  workPlaces?: readonly string[];
  /**
   * The list of countries is of classes by development ("low-income countries") and the summary names them only as
   * where the projects are: whether applicants elsewhere may apply the call does not say.
   */
  projectPlaces?: readonly string[];
  /**
   * The call's list of countries holds no Sweden, but its text admits applicants or partners from other countries
   * ("partners may be … public authorities from any EU or EEA country"): the list, as written.
   */
  beyondCountries?: readonly string[];
  /**
   * The call's list of countries holds no Sweden, but its text names project partners in Sweden ("tillsammans med
   * minst en samarbetspart i Danmark, …, Sverige"), as written: applicants abroad, partners here.
   */
  partnersInSweden?: string;
  /**
   * A call limited to an area by its text that pays parties from the rest of the country ("samverkansparter med egen
   * budget från andra delar av Sverige"), as written.
   */
  partiesElsewhere?: string;
  /** Coastal kommuner refused ("Kustkommuner kan inte söka"), the sentence as written. */
  coastRefused?: string;
  /** The Swedish län those partners must be in, where the call names them ("Norrbotten or Västerbotten in Sweden"). */
  partnersInSwedenLan?: readonly string[];
  /**
   * The call's list of countries leaves Sweden out, but its who-may-apply sentences or list of applicants say the
   * applicants are in Sweden ("svenska kommuner och regioner"), in the call's words: the countries are where the
   * grantees go or their partners are, so Sweden is eligible.
   */
  swedishApplicants?: string;
  /** `swedishApplicants` names Nordic applicants ("Nordic organisations"), Sweden among them. */
  nordicApplicants?: true;
  /** …said without any list of countries: the Nordic countries are where applicants must be. */
  nordicAlone?: true;
  /**
   * The region or länsstyrelse the funder field names handles a national scheme, as the call says: its län is not
   * the call's area.
   */
  nationalScheme?: NationalScheme;
  /**
   * The call's area is a region's or länsstyrelse's own, and the call says applicants from elsewhere may apply after
   * its own (core/match/area-preference.ts): the sentence that says so.
   */
  areaPreferred?: string;
  /** The call's area is a region's or länsstyrelse's own, and bodies of its neighbouring län may take part with its money. */
  neighboursAdmitted?: string;
  /** …and it takes in the neighbours' kommuner only ("kommuner i angränsande län … som medsökande"), not their regions. */
  neighboursKommunerOnly?: true;
  /** The programme's adjacent areas whose partners the call funds, by län, with the sentences that name them. */
  /**
   * `regionsOnly` where the words name the other län's regions alone ("Region Kalmar län och Region Kronoberg kan ingå
   * som finansierade projektparter"): a kommun there is not taken in.
   */
  adjacentAreas?: { lan: readonly string[]; said: string; regionsOnly?: true };
  /** Without a programme area: the regional fund programme or the län the call's text limits it to. */
  textArea?: TextArea;
  /** A kind of territory the call is limited to: islands, the outermost regions, land-border areas. */
  territory?: TerritoryLimit;
  /**
   * Without a programme area or a text area of län: the kommuner the call's text says its area is made of
   * ("vårt område som omfattar Emmaboda, Karlshamn … kommuner"), in its words.
   */
  municipalArea?: MunicipalArea;
  /** Kommuner the call excepts by their names ("utom Linköpings och Norrköpings kommuner"), in its words. */
  exceptedKommuner?: MunicipalArea;
  /** Bodies the call refuses by name in the sentence after a refusal (refused-by-name.ts). */
  refusedByName?: RefusedByName;
  /** Bodies of named län the call leaves out ("Kommuner i Norrbottens … län kan dock inte söka"), excepted-lan.ts. */
  exceptedLan?: ExceptedLan;
  /**
   * The funder is a LEADER local action group ("Leader Kustlandet"): the call is for the group's own area, a few
   * kommuner, whatever a list of countries says of Sweden.
   */
  localGroup?: string;
  /** Where the group's name places its area ("Leader Linné Småland": Småland, its län), when it names a place. */
  localGroupPlace?: { lan: string[]; said: string };
  /**
   * The funder is a kommun or city giving its own grant ("Norrköpings kommun"), or kommuner keeping a fund together,
   * as written: the call is for those in their own area (a kommun may support only what concerns its area or its
   * residents).
   */
  municipality?: readonly string[];
  /**
   * The funder's own departments may apply ("Region Kronobergs egna förvaltningar kan vara projektägare", "the
   * region's own departments may apply"), as written: the funder is then an applicant of its own call too.
   */
  ownUnitsApply?: string;
  /**
   * The call's words saying partners from outside its programme area may take part ("Partners from outside of the
   * programme area can participate", "of which two need to be from within the programme area"), as written;
   * `unfunded` where they take part without the programme's money ("…only by covering their own costs").
   */
  outsidePartners?: { said: string; unfunded?: true };
  /** Classes named in the call's applicantTypes field (authoritative when present). */
  listed: ReadonlySet<ApplicantClass>;
  /** Classes named in sentences that say who may apply ("Vem kan söka?", "open to…"). */
  targeted: ReadonlySet<ApplicantClass>;
  /** The call admits any organisation or legal entity ("any organisation", "juridiska personer"). */
  openToAll?: boolean;
  /** Its list of applicants is open-ended ("including companies", "främst företag"): it limits no one. */
  openEnded?: boolean;
  /**
   * The list of who may apply or take part ends with a catch-all no qualifier narrows ("…, businesses, SMEs and
   * other socio-economic actors", "företag, universitet och andra aktörer"), in the call's words: it admits
   * organisations of any kind, kommuner and regioner among them.
   */
  catchAll?: string;
  /**
   * The fellow applies with a host organisation no sentence limits to a sector ("apply together with a host
   * organisation", "värdorganisation"), in the call's words: a list of researchers then shuts no kommun or region
   * out, which may host the work.
   */
  host?: string;
  /**
   * The list or a who-may-apply sentence names organisations without their kind ("organisationer", "organisations
   * working with young people"): any kind may be among them, so what programme data says of ours still applies.
   */
  anyKind?: boolean;
  /** The call's list of applicants itself names organisations of no kind in particular ("person; organisation"). */
  listAnyKind?: true;
  /**
   * Kommuner, regioner or public bodies are named as project parties ("söker tillsammans med företag och/eller
   * offentlig verksamhet som projektparter", "in partnership with local authorities"): they take part, even where
   * the list of who applies names others.
   */
  partnered?: ReadonlySet<ApplicantClass>;
  /** Classes named as examples of who may apply ("including SMEs", "till exempel föreningar"), not as its limit. */
  examples?: ReadonlySet<ApplicantClass>;
  /** Classes named right after "only", "endast", "bara" in a who-may-apply sentence: the call limits itself to them. */
  onlyNamed?: ReadonlySet<ApplicantClass>;
  /**
   * The call concerns work at the regional level beside the local ("urban and regional development", "lokal och
   * regional nivå"): a list naming cities then does not shut regions out unless it says only cities.
   */
  regionalLevel?: boolean;
  /**
   * The list of applicants names bodies of another kind in entries of their own beside an entry naming ours
   * ("researchers", "local governments").
   */
  listedBesideOthers?: boolean;
  /** "Regions" named in the text among other bodies ("cities, regions or communities"): regional authorities. */
  regionsAmongBodies?: boolean;
  /** Actors named without their kind ("local actors", "lokala aktörer"), in the call's words: they admit no one. */
  vague?: string;
  /**
   * Organisations of any kind or a catch-all qualified by what they work on or are made of ("andra juridiska
   * personer som består av eller arbetar med barn och unga"), in the call's words: organisations of that field,
   * not of any kind; whether a kommun or a region is one is not said.
   */
  fieldOrgs?: string;
  /**
   * The list of applicants holds only kinds the summary names where it encourages or welcomes them ("you are
   * encouraged to involve researchers or SMEs"): whom the call welcomes, not who alone may apply.
   */
  encouragedList?: boolean;
  /**
   * Organisations named as an item of their own beside other kinds ("företag och organisationer"), in the call's
   * words: organisations of any kind are among the applicants; whether a kommun or a region counts is not said.
   */
  bareOrgs?: string;
  /**
   * Applicants named by a role a kommun or region can hold ("fastighetsägare", "employers"), in the call's words:
   * the call shuts neither out.
   */
  role?: string;
  /** The call says who may apply (a who-may-apply sentence or a list of applicants), whatever classes it names. */
  saysWho?: boolean;
  /** Only projects already running may apply ("only existing Interreg projects can apply"). */
  existingProjects?: boolean;
  /**
   * Somewhere in its text the call admits more than a list of classes ("any legal entity", "public or private
   * bodies", "other organisations"): programme data may then admit us, never shut us out.
   */
  textOpens?: boolean;
  /**
   * Our classes named only as members of the organisations that apply ("medlemsorganisationer bestående av
   * kommuner", "associations of local authorities"): the organisation applies, a single kommun may not.
   */
  members?: ReadonlySet<ApplicantClass>;
  /**
   * The text names public bodies, beside companies or the private sector, among those the work it funds serves
   * ("each hub supports the local private and public sector", "services targeted to SMEs and public sector
   * organisations"): companies named elsewhere may be those served, not the only applicants.
   */
  servesPublicAndPrivate?: boolean;
  /** Classes the text says may not apply ("Kommuner kan inte söka", "companies cannot apply"). */
  excluded?: ReadonlySet<ApplicantClass>;
  /**
   * The call is for actors not publicly funded ("aktörer som inte är offentligt finansierade"), in its words: every
   * public body is left out.
   */
  notPubliclyFunded?: string;
  /**
   * The call is only open to a named or selected group of bodies ("only open to Mission Cities"), in its words:
   * bodies chosen before, not every kommun or region.
   */
  onlyGroup?: ChosenGroup;
  /** Only those another call funded already may apply ("aktörer som har beviljats medel via …"), as written. */
  alreadyFunded?: string;
  /** Applicants qualified by taking part already ("kommuner … med ett aktivt kommunalt partnerskap"), as written. */
  alreadyIn?: string;
  /** Those who apply and partners of any kind ("städer – kommuner och deras partners"), as written. */
  theirPartners?: string;
  /** Classes named as those the applicants pass grants on to ("regranting … to third-party CSOs"), and the cue. */
  regranted?: { classes: ReadonlySet<ApplicantClass>; said: string };
  /** A group of young people applies or carries out the project ("a group of minimum 5 young people"), as written. */
  youngGroup?: string;
  /** A single body's own area limits where the work is done, not where applicants are based (area-preference.ts). */
  seatNotRequired?: string;
  /** The Swedish län the call's text says its programme area holds (area-preference.ts), as written. */
  statedArea?: { lan: string[]; said: string };
  /** Kommuner besides those named may take part as funded parties (named-municipalities.ts), as written. */
  otherKommunerParties?: OtherKommunerParties;
  /** Partners from other EU countries or regions outside the programme area, funded (as written). */
  euPartnersOutside?: string;
  /** A list entry of regions beside a limit to a kind of kommun (coast, islands), as written: it binds kommuner only. */
  regionsBesideTerritory?: string;
  /** Where kommuner or regions may apply from when the call gives that kind a place of its own (class-places.ts). */
  classPlaces?: Partial<Record<BodyKind, ClassPlace>>;
  /** Bodies in Sweden refused outright ("organisationer i Sverige kan inte vara sökande"), as written. */
  swedenRefused?: string;
  /**
   * The sentences naming a funder's partner or twin towns ("the partner cities are Aalborg (Denmark), Karlskrona
   * (Sweden), …"), as written: a town it names takes part from where it is.
   */
  partnerTowns?: readonly string[];
  /** Swedish regions the funder field names ("Region Jönköpings län, Region Kronoberg och Region Kalmar län"), folded. */
  funderRegions?: readonly string[];
  /** Beside Swedish län for the lead, partners admitted from anywhere ("Partners may be located anywhere in …"). */
  partnersAnywhere?: string;
  /** The funding regions say they may apply themselves ("regionerna kan själva vara projektägare"), as written. */
  fundersApply?: string;
  /** Swedish regions by name among those who may apply ("… och av Region Kronoberg"), folded lowercase. */
  applicantRegions?: readonly string[];
  /** An entry of the list of applicants that is a kind of kommun ("Skärgårdskommuner"), as written. */
  kommunKind?: string;
  /** Bodies in Sweden may take part only without the call's money ("Swedish partners join at their own cost"). */
  swedenUnfunded?: string;
  /** The Swedish län the sentence on unfunded Swedish partners names, if any: where they may come from. */
  swedenUnfundedLan?: readonly string[];
  /** The summary's sentence on who applies or takes part admits applicants or partners from abroad (where-text.ts). */
  abroadAdmitted?: true;
  /**
   * A call placed abroad whose list of countries holds Sweden, naming Swedish län: the län Swedish partners may come
   * from, by id.
   */
  swedishPartnerLan?: readonly string[];
  /** The sentence naming those län says they may not apply ("In Sweden, … counties are not eligible"). */
  swedishLanRefused?: true;
  /** The call's list names only young people, in a call on projects or volunteering (youth-projects.ts), as written. */
  youthInProjects?: string;
  /**
   * The call's list of applicants names who applies in words of its own, none of them a class, an organisation of
   * any kind, a role or actors without a kind ("European Digital Innovation Hubs", "professional artists"), in its
   * words: the call is not silent, so programme data is not told as if it were.
   */
  ownList?: string;
  /** The call's own list holds only bodies of private law or registered abroad, and persons: no Swedish public body. */
  privateOrAbroad?: true;
  /** The call's list is of recipients by name, a kommun among them ("Stockholms kommun; Göteborgs kommun"). */
  namedRecipients?: readonly string[];
  /**
   * A who-may-apply sentence names kommuner, regioner or public bodies only as an exception ("kommuner kan söka om
   * det finns särskilda skäl", "in exceptional cases also local authorities"), in its words: they may apply, but
   * not as a rule, and the call's other applicants do not shut them out.
   */
  exception?: string;
  /** The classes named so. */
  exceptionFor?: ReadonlySet<ApplicantClass>;
  /**
   * The list and the who-may-apply sentences name local bodies only as "local authorities" or "local governments",
   * never as municipalities, towns or cities, in the call's words: regioner may be among them.
   */
  localAuthorities?: string;
  /**
   * The call's limits on how many people its applicants have, read as numbers from its title, summary and list of
   * applicants (population-limit.ts): a body whose population is known is judged by them.
   */
  populationLimits?: readonly PopulationLimit[];
  /**
   * The call is for several competitions (contest.ts severalContests) and states one limit: it may be one
   * competition's, so a body outside it is not shut out by it.
   */
  limitsOfOneContest?: true;
  /** The call's words giving bodies under its size limit a way in ("smaller cities may enter special awards"). */
  smallerAdmitted?: string;
  /** The call's words admitting bodies of any size beside its limit for some ("regardless of population size"). */
  anySizeAdmitted?: string;
  /** The call's words giving bodies over its upper size limit a funded way in ("Större kommuner som medsökande"). */
  largerAdmitted?: string;
  /**
   * The call names itself a call for research ("call for research proposals", "forskningsutlysning"), in its words:
   * where it does not say who may apply, researchers do, not whoever the funder's other programmes admit.
   */
  researchCall?: string;
  /** The call is a call for tenders: suppliers bid for a contract (who-wording.ts tenderCallIn), as written. */
  tenderCall?: string;
  /** The page opens several programmes or calls at once (other-calls.ts severalCallsIn), as written. */
  severalCalls?: string;
  /**
   * The län a call of a programme of local areas (LEADER) is in, by the name its funder or title gives it
   * ("Lokalt Ledd Utveckling Halland"): the local area lies there.
   */
  localAreaLan?: string;
  /** Classes named anywhere in its text (weakest evidence: only ever read as a sign of eligibility). */
  mentioned: ReadonlySet<ApplicantClass>;
  /**
   * The call addresses companies and names no public body at all, in its words for them ("tourism SMEs"): companies
   * are named in its title, its list of applicants, a who-may-apply sentence or two sentences of its summary, and
   * no kommun, region, public or state body is named anywhere — not as applicant, partner, member or those served
   * (company-call.ts).
   */
  companies?: string;
  /** A kommun, region, public or state body is named somewhere in the call, in whatever role. */
  namesPublic?: true;
  /**
   * Countries the call's own text names as partners or as where its work happens (title, summary), outside
   * programme names and sentences about where applicants may be (partner-countries.ts).
   */
  countries: ReadonlySet<string>;
  /** Where applicants must be, as written, when Sweden is not among those places ("Finland"). */
  applicantPlaces?: readonly string[];
  /** Of those, the ones named only through a group, with the group's words ("länderna runt Östersjön"). */
  countryGroups?: ReadonlyMap<string, string>;
  /** Folded funder + programme + title, for preferred-funder look-ups. */
  nameKey: string;
  icldMunicipal: boolean;
  icld: boolean;
  /** The call opens all of its programme's priorities ("all priorities are open"). */
  openCall?: boolean;
  /** Per body kind, the applicant verdict once worked out (it is the same for every profile of that kind). */
  verdicts?: { kommun?: unknown; region?: unknown };
}

/** An applicant class or country the analyser found in a call's title or summary. */
export interface TextHit {
  ref: VocabRef;
  field: 'title' | 'summary';
  start: number;
  /** Characters the words found take up (absent: read as a point). */
  length?: number;
  /** A region word right after a place ("Arctic regions"): where the place starts. */
  placeStart?: number;
  /**
   * The word lies inside a topic's phrase ("networks of cities", "smart cities"): it names applicants only in a
   * sentence that says who may apply, never as a mere mention.
   */
  inTopic?: true;
}

/**
 * Partners from outside the programme area admitted: said outright ("partners from outside of the programme area can
 * participate", "partner utanför programområdet kan delta", "partner med säte på andra håll i Norden kan ingå"), or by asking only some partners to be inside ("at
 * least three partners … of which two need to be from within the programme area").
 */
const OUTSIDE_PARTNERS =
  /(?:organi[sz]ations?|partners?|entities|bodies)\s+(?:located|based|established)\s+in\s+other\s+(?:eu\s+)?member\s+states\s+(?:may|can)\s+(?:also\s+)?(?:be\s+(?:full\s+|funded\s+)?(?:project\s+)?partners|participate|take part|join)|(?:partners?|organisations?|organisationer|parter|aktörer|beneficiar(?:y|ies)|stödmottagare|bod(?:y|ies)|entit(?:y|ies)|actors?|institutions?)\s+(?:from\s+|located\s+|based\s+|från\s+|som\s+är\s+belägna\s+|som\s+ligger\s+|belägna\s+|med\s+säte\s+|som\s+har\s+säte\s+)?(?:(?:in|i|from|från)\s+(?:other\s+|andra\s+)?(?:[\p{L}-]+\s+){0,2}?(?:regions?|countries|member\s+states|regioner|länder)\s+)?(?:(?:outside|utanför)\s+(?:of\s+)?(?:the\s+)?(?:(?:[\p{L}-]+\s+)?(?:programme|program)(?:\s+|-)?(?:area|region|området|programområdet)?|länet|regionen|county|region)|(?:elsewhere\s+in|på\s+andra\s+håll\s+i|(?:någon\s+)?annanstans\s+i)\s+(?:(?:the|a|an|one\s+of\s+the)\s+(?:(?:participating\s+)?(?:member\s+states?|countr(?:y|ies))|eu|european\s+union|union)|(?!the\s|this\s|that\s|its\s)(?:[\p{L}-]+(?:\s*,\s*|\s+(?:or|and)\s+)){0,4}[\p{L}-]+))[^.;]{0,120}?(?:(?:can|may|are allowed to|kan|får)\s+(?:also\s+|även\s+|också\s+|nevertheless\s+|still\s+|however\s+|dock\s+|ändå\s+)?(?:participate|take part|be involved|join|receive|delta|medverka|ingå|få|beviljas|be\s+(?:full\s+|funded\s+)?(?:beneficiar\p{L}*|partners?|project\s+partners?))|are welcome|är välkomna)|of which (?:at least )?(?:\w+) (?:need|needs|must|have|has) to be (?:from |located )?(?:within|in|inside) the (?:[\p{L}-]+\s+){0,2}(?:programme|program) area|(?:tillåter|allows|permits|admits)\s+(?:partner\p{L}*|organisations?|organisationer|aktörer)\s+(?:från|from|i|in)\s+(?:andra|other)\s+(?:eu-?\s*)?(?:länder(?:na)?|countries|member\s+states|regioner|regions)\s+(?:utanför|outside)\s+(?:the\s+)?(?:programme\s+area|programområdet)[^.;]{0,80}?(?:att|to)\s+(?:ingå|delta|participate|join|be)/iu;

function outsidePartnersIn(summary: string): { said: string; unfunded?: true } | undefined {
  // Most summaries hold none of the words either wording needs: the pattern is not run on them.
  if (!/outside|utanför|of which|elsewhere|andra håll|annanstans|other (?:eu )?member states/i.test(summary))
    return undefined;
  const m = OUTSIDE_PARTNERS.exec(summary);
  // "…utanför programområdet kan inte delta …, men är välkomna i programmets ordinarie utlysningar": refused here.
  if (!m || NEGATION_WORD.test(m[0])) return undefined;
  // "…can participate only in exceptional cases", "endast i undantagsfall": not as a rule.
  const rest = summary.slice(m.index + m[0].length).split(/[.!?](?:\s|$)/u)[0];
  if (ONLY_BY_EXCEPTION.test(rest)) return undefined;
  // "…may be partners only if they are national-level authorities": a kind of body, not partners from anywhere.
  if (
    /^\s*,?\s*(?:[\p{L}-]+\s+){0,2}?(?:but\s+|men\s+)?(?:only\s+(?:if|when|where)|endast\s+om|bara\s+om|enbart\s+om)(?![\p{L}])/iu.test(
      rest,
    )
  )
    return undefined;
  // "…kan delta med egen finansiering", "at their own cost", "…men stöd betalas bara ut till sökande inom länet":
  // said to the end, for the line to tell it.
  return UNFUNDED.test(foldWording(rest)) || PAID_ONLY_INSIDE.test(rest)
    ? { said: `${m[0]}${rest}`.trim(), unfunded: true }
    : { said: m[0] };
}

/** The funder's own departments as applicants: "egna förvaltningar kan vara projektägare", "own departments may apply". */
const OWN_UNITS_APPLY =
  /(?:\p{L}+\s+){0,2}?(?:egna|own)\s+(?:förvaltningar|verksamheter|nämnder|departments|administrations|services|units)\s+(?:kan|får|may|can)\s+(?:(?:också|även|also)\s+)?(?:vara\s+(?:projektägare|sökande|huvudsökande)|(?:an)?söka|apply|be\s+(?:project\s+owners?|(?:lead\s+)?applicants?|lead\s+partners?))[^.;]*/iu;

/** A län's region by its name ("Region Kalmar län", "Region Kronoberg"). */
const REGION_BY_NAME = /(?<![\p{L}])Region\s+\p{Lu}\p{L}+(?:\s+län)?/gu;
/** Words of kommuner or bodies at large beside the regions named. */
const LOCAL_BODY_WORD =
  /kommun|municipal|aktör|actor|organisation|organization|bodies|body|parter från|partners from/iu;

/**
 * The other län whose bodies the words take in beside the call's own, and whether they name those län's regions alone
 * ("Region Kalmar län och Region Kronoberg kan ingå som finansierade projektparter"); undefined for none.
 */
function otherLanTakenIn(said: string, own: readonly string[]): CallSignals['adjacentAreas'] {
  const lan = lanIdsNamedIn(said).filter((id) => !own.includes(id));
  if (lan.length === 0) return undefined;
  const regionsOnly = lanIdsNamedIn(said.replace(REGION_BY_NAME, ' ')).length === 0 && !LOCAL_BODY_WORD.test(said);
  return regionsOnly ? { lan, said, regionsOnly: true } : { lan, said };
}

/** Words that name the EU or its member states: a call without them admits no partners from other EU regions. */
const EU_WORDS = /\bEU\b|member states?|medlemsländer|medlemsstater/iu;
/** Other EU countries or regions as where partners come from (as written). */
const OTHER_EU =
  /(?:other|andra|övriga)\s+(?:eu[\s-]*)?(?:regions?|countries|member\s+states|länder(?:na)?|regioner|medlemsländer)|(?:eu|european)\s+(?:regions|member\s+states|countries)|eu-länder/iu;

/**
 * Partners admitted from anywhere: "Partners may be located anywhere in the Nordic countries", "partner kan finnas var
 * som helst", "partner med säte på andra håll i Norden kan ingå".
 */
const ANYWHERE_WORDS =
  /anywhere|var som helst|i hela|rest of|elsewhere|övriga|resten av|andra håll|any of the|from any|vilket som helst/iu;
const PARTNERS_ANYWHERE =
  /(?:partners?|parter|samarbetspartner)\s+(?:may|can|kan|får)\s+(?:be\s+)?(?:located|based|come from|finnas|komma från)\s+(?:anywhere|var som helst|i hela|any of the|any|vilket som helst av|alla)[^.;,]*|(?:co-?applicants?|partners?|parter|medsökande|samarbetspartner)\s+(?:(?:med|with)\s+(?:säte|(?:their\s+)?seat)\s+)?(?:from|in|i|från|på)\s+(?:the\s+)?(?:rest\s+of\s+the|other\s+parts\s+of\s+the|elsewhere\s+in\s+the|övriga|resten\s+av|andra\s+håll\s+i)\s+(?:nordic\s+countries|nordic\s+region|norden|nordiska\s+länder(?:na)?|countries|länder(?:na)?|sverige|sweden)\s+(?:may|can|kan|får)\s+(?:also\s+|även\s+|också\s+)?(?:take part|participate|join|be\s+(?:co-?applicants?|partners?)|delta|medverka|ingå|vara\s+(?:medsökande|partner))[^.;]*/iu;

/**
 * An admission only by exception ("only in exceptional cases approved by the committee", "endast i undantagsfall"):
 * the rule is that they may not, and a call telling it is no way in.
 */
const ONLY_BY_EXCEPTION = /(?:only|endast|bara)\s+(?:in\s+|i\s+)?(?:exceptional|undantags)/iu;

/** A region's body by its name: "Region Blekinge", "Region Kalmar län". */
const REGION_BODY_NAME = /(?<![\p{L}])Region\s+\p{Lu}/gu;
/** The Swedish part of a call's area of several countries: "in Sweden", "i Sverige", "the Swedish parts" (folded). */
const SWEDISH_PART =
  /(?:^|[^\p{L}])(?:[\p{L}]+\s+(?:and|och)\s+[\p{L}]+\s+(?:in sweden|i sverige)|(?:in sweden|i sverige)\s*[,:–-]\s*[\p{L}]+|swedish parts?|svenska del(?:en|arna))(?![\p{L}])/u;
/**
 * The Swedish län Swedish bodies may come from: in a call placed abroad, every län the summary names; in a call of
 * several countries, those named in the sentence on the Swedish part of its area. `refused` where that sentence names
 * them as those that may not apply ("In Sweden, … counties are not eligible"). Undefined for none.
 */
function swedishPartnerLanIn(
  summary: string,
  placedAbroad: boolean,
  countries: readonly string[] | undefined,
): { lan: string[]; refused: boolean } | undefined {
  if (!placedAbroad && (countries?.length ?? 0) < 2) return undefined;
  const folded = foldKeepingOffsets(summary.toLowerCase());
  const m = SWEDISH_PART.exec(folded);
  const part = m ? sentenceAround(summary, m.index, m.index + m[0].length) : undefined;
  const lan = placedAbroad ? lanNamesIn(summary) : part ? lanNamesIn(summary.slice(...part)) : [];
  if (lan.length === 0) return undefined;
  // "(in Sweden: Göteborg, Helsingborg, Lund, Malmö, Stockholm, Umeå and Uppsala)": cities, not län.
  if (part && namesCitiesNotLan(summary.slice(...part))) return undefined;
  // "…are encouraged to take part, but the fund cannot pay their costs": unfunded, not refused.
  const sentence = part ? folded.slice(...part) : '';
  const refused = part !== undefined && REFUSAL.test(sentence) && !UNFUNDED.test(foldWording(summary.slice(...part)));
  // "(in Sweden: Region Blekinge, Region Kalmar län and Region Kronoberg) are not eligible": the regions' bodies by
  // name are refused, not their län.
  if (refused && part && (summary.slice(...part).match(REGION_BODY_NAME)?.length ?? 0) >= lan.length) return undefined;
  return { lan, refused };
}

/** An entry opening the call to any body of a kind: "Any European City", "alla kommuner", "every municipality". */
const ANY_OF_KIND_ENTRY = /^\s*(?:any|all|every|alla|varje|samtliga)\s/iu;

/**
 * An entry of organisations qualified by where they are or what they do ("organisations based and operating in ODA
 * countries"), three words or more: a category of the kind the text names, not "organisationer" beside it.
 */
const QUALIFIED_ENTRY = /^\S+\s+\S+\s+\S+/u;

/** The nouns for a body that a call qualifies once as the state's and then uses bare. */
const BODY_HEAD = /(?:^|[^\p{L}])(myndighet|authorit|agenc)\p{L}*\s*$/u;

/**
 * Head nouns the call names as the state's own bodies ("statliga myndigheter", "national authorities"), in its list
 * of applicants or its text: the same noun bare ("varje myndighet kan söka", "authorities may apply") then stands
 * for those bodies, as a reader takes it, not for public bodies in general.
 */
function stateHeadsOf(call: FundingCall, hits: readonly TextHit[]): Set<string> | undefined {
  let out: Set<string> | undefined;
  const add = (phrase: string) => {
    const head = BODY_HEAD.exec(fold(phrase.toLowerCase()))?.[1];
    if (head) out = withItem(out, head);
  };
  for (const h of hits) {
    if (h.ref.kind !== 'applicant' || h.ref.cls !== 'state') continue;
    const text = h.field === 'title' ? call.title : (call.summary ?? '');
    add(text.slice(h.start, h.start + (h.length ?? 0)));
  }
  for (const t of call.applicantTypes ?? []) if (applicantClasses(keyTokens(t)).has('state')) add(t);
  return out;
}

/**
 * Whether a public-body hit is only a bare head noun the call names elsewhere as the state's (stateHeadsOf, asked
 * only for such a noun: most calls have none).
 */
function bareStateHead(text: string, h: TextHit, heads: () => ReadonlySet<string> | undefined): boolean {
  return bareStateWords(text.slice(h.start, h.start + (h.length ?? 0)), heads);
}

/** Whether the words are one bare head noun that `heads` holds ("myndigheter" where "statliga myndigheter" stands). */
function bareStateWords(written: string, heads: () => ReadonlySet<string> | undefined): boolean {
  const words = fold(written.toLowerCase()).trim();
  if (/\s/.test(words)) return false;
  const head = BODY_HEAD.exec(words)?.[1];
  return head !== undefined && heads()?.has(head) === true;
}

/**
 * Whether an entry of the list of applicants is only a bare head noun ("myndigheter") the call's text names as the
 * state's ("Sveriges myndigheter", "statliga myndigheter"): the list then names those bodies, not public ones at
 * large.
 */
export function bareStateEntry(entry: string, call: FundingCall, hits: readonly TextHit[]): boolean {
  return bareStateWords(entry, () => stateHeadsOf(call, hits));
}

/** Where the first country other than Sweden named after `h` in the same field starts, if any. */
function foreignAfter(h: TextHit, hits: readonly TextHit[]): number | undefined {
  let at: number | undefined;
  for (const x of hits) {
    if (x.field !== h.field || x.start <= h.start || x.ref.kind !== 'country') continue;
    if (!x.ref.names.includes('Sweden') && (at === undefined || x.start < at)) at = x.start;
  }
  return at;
}

/** The set with one more item, made on first use: most calls name no country or applicant class at all. */
export function withItem<T>(set: Set<T> | undefined, item: T): Set<T> {
  const out = set ?? new Set<T>();
  out.add(item);
  return out;
}

/** Classes that are a public body: a kommun, a region, public bodies at large, a school (a kommun's), the state. */
const PUBLIC_OR_STATE: readonly ApplicantClass[] = [...OURS, 'state'];

/**
 * The call's words for companies where it addresses them and names no public body: in its title, its list of
 * applicants or who-may-apply sentences (`listed`), or in two sentences of its summary or more — one sentence
 * naming SMEs among a programme's many objectives is no call for companies.
 */
function companiesAddressed(
  summary: string,
  named: { words?: string; inTitle: boolean; at?: readonly number[] },
  listed: boolean,
  publicNamed: boolean,
): string | undefined {
  if (publicNamed || (named.words === undefined && !listed)) return undefined;
  if (named.inTitle || listed) return named.words ?? '';
  if (!named.at || named.at.length < 2) return undefined;
  // In two sentences or more: a sentence ends between the first mention and the last.
  return sentenceEnd(summary, Math.min(...named.at)) <= Math.max(...named.at) ? named.words : undefined;
}

/**
 * A call that addresses its reader and their organisations ("Har du, din förening eller ditt företag en idé?", "Do
 * you, your organisation or your company have an idea?"): whoever reads it, in whatever organisation, by example.
 */
const YOU_AND_YOURS =
  /(?:^|[^\p{L}])(?:har|är|driver|representerar|do|are|does)\s+(?:du|you)\s*,?\s+(?:din|ditt|dina|your)\s+\p{L}+\s*,?\s+(?:eller|och|or|and)\s+(?:din|ditt|dina|your)\s+\p{L}+/iu;

/** Applying through the kommun: "kan via kommunen söka", "ansökan görs genom kommunen", "apply through the municipality". */
const VIA_MUNICIPALITY =
  /(?:(?:soka|ansoka|soker|ansoker|sokas|ansokan)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:via|genom)\s+kommunen|(?:via|genom)\s+kommunen\s+(?:\p{L}+\s+){0,2}?(?:soka|ansoka)|apply\s+(?:\p{L}+\s+){0,2}?(?:via|through)\s+the\s+municipality)(?![\p{L}])/u;

/** Whether a programme area is one Swedish län (a region's or a länsstyrelse's own grants). */
const oneLan = (areaId: string): boolean => AREA_BY_ID.get(areaId)?.lan?.length === 1;

/** Shared by every call that names nothing of a kind (most sets are empty; 10,000 calls stay small). */
const EMPTY: ReadonlySet<never> = new Set<never>();

/** Entries of eligible-country lists repeat from call to call ("Sweden", "EU Member States"): read each once. */
const whoAndWhereCache = new Map<string, readonly VocabRef[]>();

function whoAndWhere(text: string): readonly VocabRef[] {
  let refs = whoAndWhereCache.get(text);
  if (refs === undefined) {
    const tokens = keyTokens(text);
    // "Regioner och kommunala bolag": no "regioner och kommuner" (stem-clashes.ts), so "regioner" stays a hit.
    const found: VocabRef[] = outermost(
      WHO_AND_WHERE.match(tokens).filter(
        (h) => h.ref.kind !== 'applicant' || h.to - h.from === 1 || !endsInKindAdjective(tokens[h.to - 1].word),
      ),
    )
      .filter((h) => h.ref.kind !== 'country' || countryWord(h.ref, tokens[h.from].word))
      // "Aktörer inom företags- och innovationsfrämjande systemet": a suspended compound's head names no one.
      .filter((h) => h.ref.kind !== 'applicant' || !suspendedCompoundAt(text, tokens[h.to - 1].end))
      .filter(
        (h) =>
          h.ref.kind !== 'applicant' ||
          h.to - h.from !== 1 ||
          !stemClash(tokens[h.from].word, h.ref.cls, () =>
            text.slice(Math.max(0, tokens[h.from].start - 30), tokens[h.from].start),
          ),
      )
      .map((h) => h.ref);
    // "Lokalföreningar", "kustkommuner": a compound whose head is a class word names that class.
    for (const t of tokens) {
      const cls = compoundHeadClass(t.word);
      if (cls && !found.some((r) => r.kind === 'applicant' && r.cls === cls)) found.push({ kind: 'applicant', cls });
    }
    refs = found;
    if (whoAndWhereCache.size >= 10_000) whoAndWhereCache.clear();
    whoAndWhereCache.set(text, refs);
  }
  return refs;
}

/** Words every entry of `withoutSweden` holds: a list's country names are not folded for it. */
const COUNTRY_CLASS_WORD = /countr|candidate|länder|lander|econom|commonwealth|samvälde/i;
/** countries.json `withoutSweden`, keyed as list entries are (countryKey). */
const WITHOUT_SWEDEN: ReadonlySet<string> = new Set(
  [...COUNTRIES.withoutSweden.sv, ...COUNTRIES.withoutSweden.en].map((x) => countryKey(x)),
);

/** The countries a list of eligible countries names, as the vocabulary reads them. */
const countriesOfList = (list: readonly string[]): Set<string> =>
  new Set(list.flatMap((e) => whoAndWhere(e).flatMap((r) => (r.kind === 'country' ? r.names : []))));

/**
 * "The applicant organization does not need to be from one of the six countries, as long as it … works in any of
 * these countries": the list is where the work is, and applicants may be from anywhere.
 */
const APPLICANTS_FROM_ANYWHERE =
  /(?:applicants?|applicant organi[sz]ations?|organi[sz]ations?|lead applicants?|partners?)\s+(?:does|do)\s+not\s+(?:need|have)\s+to\s+be\s+(?:from|based in|registered in|located in|established in)|(?:sökande|sökanden|organisationen|organisationer(?:na)?)\s+(?:behöver|måste)\s+inte\s+vara\s+(?:från|baserade?|registrerade?|etablerade?)/iu;

/** Verbs that put the work somewhere: "take place", "implemented", "genomförs", "äga rum". */
const DONE_THERE = String.raw`(?:take|takes|taking|took) place|carried out|implemented|conducted|located|genomf[oö]r\p{L}*|[aä]ga rum|bedriv\p{L}*`;
/**
 * Words just before a country that say the work happens there, not where applicants are, with the countries before
 * it in a list ("implemented in Palestine and/or ").
 */
const WORK_PLACE_BEFORE = new RegExp(
  String.raw`(?:${DONE_THERE}|following countr\p{L}*|target countr\p{L}*|pilot\p{L}*)(?:\s+(?:in|i|at|within))?\s*:?\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s*,\s*|\s+(?:and\/or|and|or|och\/eller|och|eller)\s+))*$|\(\s*(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*,\s*)+$`,
  'u',
);

/**
 * Whether the summary names the listed countries, and only where the work happens: "Actions must take place in the
 * following country: Eritrea", a place's country in brackets ("(Jinja, Uganda)").
 */
function workPlacesOnly(summary: string, mentions: readonly CountryMention[], list: readonly string[]): boolean {
  const listed = countriesOfList(list);
  const at: number[] = [];
  for (const m of mentions) if (m.field === 'summary' && m.names.some((n) => listed.has(n))) at.push(m.start);
  // A country the prose vocabulary does not hold ("Eritrea") is looked for as the list writes it.
  for (const entry of list) {
    const name = entry.replace(/\([^)]*\)/g, ' ').trim();
    if (name.length < 3) continue;
    for (let i = summary.indexOf(name); i >= 0; i = summary.indexOf(name, i + name.length))
      if (!/\p{L}/u.test(summary[i - 1] ?? '') && !/\p{L}/u.test(summary[i + name.length] ?? '')) at.push(i);
  }
  if (at.length > 0 && at.every((i) => WORK_PLACE_BEFORE.test(summary.slice(Math.max(0, i - 50), i)))) return true;
  return listAfterWorkPlaceCue(summary, list);
}

/** "must be implemented in", "ska genomföras i": the words that put the work in the places after them. */
const WORK_PLACE_CUE = new RegExp(
  String.raw`(?:must|shall|should|will|are to|is to|ska|skall|måste)\s+(?:be\s+)?(?:${DONE_THERE})\s+(?:in|i|within|inom)\s+([^.;:!?]{3,160})`,
  'giu',
);

/**
 * Whether one sentence puts the work in every country of the list: "All actions must be implemented in Palestine
 * and/or Israel and/or Jordan". The list then says where the work is, even where the summary names a country of it
 * elsewhere in passing ("the Arab minority in Israel").
 */
function listAfterWorkPlaceCue(summary: string, list: readonly string[]): boolean {
  const names = list.map((e) => e.replace(/\([^)]*\)/g, ' ').trim()).filter((n) => n.length >= 3);
  if (names.length === 0 || names.length !== list.length) return false;
  for (const m of summary.matchAll(WORK_PLACE_CUE)) if (names.every((n) => m[1].includes(n))) return true;
  return false;
}

/**
 * A note on a list's entry saying it is where the work is done: "third countries (deployment)", "Kenya (host
 * country)", "Ukraine (place of implementation)". Volunteers are deployed there; who sends them is not said.
 */
const WORK_PLACE_NOTE =
  /\(\s*(?:deployment|deployed|placement|host(?:ing)?(?:\s+countr\p{L}*)?|target(?:\s+countr\p{L}*)?|(?:place\s+of\s+)?implementation|activities|activity|project\s+locations?|insatsland|insatsländer|mottagarland|mottagarländer|genomförande)\s*\)/iu;

/** Whether every entry of a list of eligible countries is noted as where the work is done. */
const workPlaceNotes = (list: readonly string[]): boolean =>
  list.length > 0 && list.every((e) => WORK_PLACE_NOTE.test(e));

/** A class of country by its development (countries.json `withoutSweden`): where aid goes, never a donor. */
const DEVELOPMENT_CLASS = /develop|income|oda|dac|utveckl|inkomst/i;
/** Projects or work, then within their clause "in"/"i" right before the class: "development projects … in". */
const PROJECTS_BEFORE =
  /(?:^|[^\p{L}])(?:\p{L}*projects?|\p{L}*projekt\p{L}*|actions?|activities|interventions?|insatser|verksamhet)(?![\p{L}])([^.;:]*)\s(?:in|i)\s+$/iu;

/**
 * Whether a list of eligible countries made only of classes by development ("low-income countries") says where the
 * projects are, not where applicants are: the summary names the class only after projects or work ("grants to
 * development projects that … reduce poverty in low-income countries"), with no one between them ("officials in
 * developing countries" are whom a programme is for). A donor's call for work there says nothing of Sweden.
 */
export function projectPlacesOnly(summary: string, list: readonly string[]): boolean {
  if (list.length === 0) return false;
  const classes = list.map((e) => e.replace(/\([^)]*\)/g, ' ').trim());
  if (!classes.every((c) => WITHOUT_SWEDEN.has(countryKey(c)) && DEVELOPMENT_CLASS.test(c))) return false;
  const lower = summary.toLowerCase();
  let seen = 0;
  for (const c of classes) {
    const name = c.toLowerCase();
    for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + name.length)) {
      const between = PROJECTS_BEFORE.exec(summary.slice(Math.max(0, i - 160), i));
      if (!between || whoAndWhere(between[1]).some((r) => r.kind === 'applicant')) return false;
      seen++;
    }
  }
  return seen > 0;
}

/**
 * A partner's role, said as one: "can be partner organisations", "as partners", "som partner". Not the lead partner,
 * and not a bare "partners", which is as often the applicants themselves ("to select partners", "one German and one
 * Danish partner").
 */
export const PARTNER_ROLE =
  /(?:^|[^\p{L}])(?:as|be|being|som|vara)\s+(?:(?!lead|main|huvud)\p{L}+\s+)?(?:partner|partners|partner organi[sz]ations?|partnerorganisation(?:er)?)(?![\p{L}])/iu;
/**
 * A lead or applicant from elsewhere, said in the same sentence: "partners in projects applied by their lead project
 * partner from an EU Member State". Its words make no leader of the listed countries' organisations.
 */
const LEAD_FROM_ELSEWHERE =
  /(?:(?:applied|submitted|led|coordinated|lead|ledda|sökta|inlämnade)\s+(?:for\s+)?(?:by|av)\s+[^,.;:]{0,60}?|(?:lead|main|huvud)\s*(?:project\s+)?(?:partners?|applicants?|organi[sz]ations?|sökande)\s+)(?:from|in|based in|established in|från|i)\s+(?:an?\s+|the\s+|ett\s+)?(?:eu\s+)?(?:member\s+states?|medlemsstat\p{L}*|medlemsland\p{L}*|programme\s+countr(?:y|ies)|programland\p{L}*|eu(?:-|\s+)countr(?:y|ies)|eu-land\p{L}*)[^,.;]*/giu;
/** Words that make the countries' organisations applicants or leaders after all. */
const LEADS =
  /(?:^|[^\p{L}])(?:apply|applicants?|coordinat\p{L}*|lead\p{L}*|submit\p{L}*|s[oö]ka|s[oö]kande|ans[oö]ka|koordinat\p{L}*|leda|huvuds[oö]kande)(?![\p{L}])/iu;

/**
 * Whether the listed countries take part only as partners: the list of applicants says so of every entry
 * ("organisations from the Western Balkans (as partner organisations)"), or the summary names the countries where
 * it says they can be partners and nowhere as applicants or leaders. The list then says where partners may come
 * from, not where applicants must be: the call is silent on Sweden.
 */
function partnerCountriesOnly(
  summary: string,
  mentions: readonly CountryMention[],
  list: readonly string[],
  entries: readonly string[],
): boolean {
  if (entries.length > 0 && entries.every((e) => PARTNER_ROLE.test(e))) return true;
  const listed = countriesOfList(list);
  let partner = false;
  for (const m of mentions) {
    if (m.field !== 'summary' || !m.names.some((n) => listed.has(n))) continue;
    const [from, to] = sentenceAround(summary, m.start, m.start + (m.length ?? 1));
    const sentence = summary.slice(from, to);
    if (LEADS.test(sentence.replace(LEAD_FROM_ELSEWHERE, ' '))) return false;
    if (PARTNER_ROLE.test(summary.slice(m.start, to))) partner = true;
  }
  return partner;
}

/** Kinds of territory that say more of a kommun within a programme area: its islands, coast or land border. */
const WITHIN_AREA_KINDS: ReadonlySet<TerritoryLimit['kind']> = new Set([
  'islands',
  'island-municipalities',
  'coast',
  'coastal-region',
  'border',
]);

/**
 * Regional authorities admitted as funded partners in the call's text, beside a limit on the kommuner that lead
 * ("Regional authorities … may join as partners and have their costs covered"): the sentence, as written.
 */
const FUNDED_REGIONS =
  /(?:^|[^\p{L}])(?:regional (?:public )?authorities|regions|regioner(?:na)?)(?![\p{L}])[^.;]{0,100}?(?:may|can|kan|får)\s+(?:also\s+|även\s+|också\s+)?(?:join|participate|take part|be|delta|ingå|vara)\s+(?:the\s+project\s+|i\s+projektet\s+)?(?:as|som)\s+(?:funded\s+|finansierade\s+)?(?:project\s+)?(?:partners?|parter|projektparter|samverkansparter)[^.;]*/iu;
/** The sea as a word of its own ("Regions with a sea coast", "havet", "NUTS 2 coastal"): not "have" or "research". */
const SEA_WORD =
  /(?<![\p{L}])(?:kust\p{L}*|coast\p{L}*|seas?|hav(?:et|s\p{L}*)?|island\p{L}*|öar(?:na)?|skärgård\p{L}*|archipelago\p{L}*|nuts)(?![\p{L}])/iu;
const FUNDED_WORDS =
  /costs? (?:covered|reimbursed)|receive (?:funding|a share|part)|own budget|ersättning|egen budget|del av (?:stödet|budgeten)|funded|finansierade/iu;
function fundedRegionsIn(summary: string): string | undefined {
  const m = FUNDED_REGIONS.exec(summary);
  // (The sea only in the words naming the regions: "Regions on the coast may join …" are bound by it too.)
  const named = m ? m[0].split(/\s(?:may|can|kan|får)\s/iu)[0] : '';
  if (!m || SEA_WORD.test(named) || !FUNDED_WORDS.test(m[0])) return undefined;
  return m[0].replace(/^[^\p{L}]+/u, '').trim();
}

/** An entry of a list of countries that is a Swedish NUTS 2 or 3 code alone ("SE123", "SE21"). */
const SWEDISH_NUTS_ENTRY = /^\s*SE\d{2,3}\s*$/u;
/** An entry of a list of countries that names a Swedish län ("Dalarnas län", "Sverige (Kalmar län)"). */
const LAN_ENTRY = /(?<![\p{L}])län(?![\p{L}])/iu;

/**
 * The list of applicants, and the län a list of countries names, as one list for textArea: a call whose countries
 * are Swedish län ("Dalarnas län, Stockholms län, …") is open in those län, as a list entry "aktörer i Kalmar län"
 * says. (Countries abroad stay out: that list says where partners come from, read elsewhere. So do the län of a
 * national scheme one län's body handles, or of a national programme: the list names the page's län, not the limit.)
 */
function entriesWithLan(
  applicants: readonly string[] | undefined,
  countries: readonly string[] | undefined,
): readonly string[] | undefined {
  // (A bare län name, "Norrbotten" beside "Lapland" and "Nordland", only where Sweden as a whole is not listed, nor a
  // Swedish landskap, "Gotland" beside "Öland": a part of a län, which the län's name would overstate.)
  const bareLanUnsure = countries?.some((e) => /^\s*(?:sverige|sweden)\s*$/iu.test(e) || landscapeNamed(e)) === true;
  const lan =
    countries?.flatMap((e) => {
      // "Sverige (ej kommuner i Norrbottens län)": a län left out (excepted-lan.ts), not the call's.
      if (exceptionInEntry(e)) return [];
      if (LAN_ENTRY.test(e)) return [e];
      // "SE123", "SE21": a Swedish NUTS 3 or NUTS 2 region, the län it is or holds.
      if (SWEDISH_NUTS_ENTRY.test(e)) return lanIdsNamedIn(e).flatMap((id) => LAN_BY_ID.get(id)?.name ?? []);
      // "Sweden (Region Blekinge, Region Kronoberg)": Sweden's part, by its län.
      const parts = lanOfSwedishEntry(e);
      if (parts.length > 0) return [parts.join(', ')];
      const bare = bareLanUnsure ? undefined : lanOfBareEntry(e);
      return bare ? [bare] : [];
    }) ?? [];
  return lan.length === 0 ? applicants : [...(applicants ?? []), lan.join(', ')];
}

/** Words of eligibility in a sentence: "eligible", "may apply", "must be located", "behöriga", "kan söka". */
const ELIGIBLE_WORD =
  /(?<![\p{L}])(?:eligible|may apply|can apply|must be (?:located|based|established)|(?:partners?|applicants?) must be|behöriga|kan söka|får söka|ska (?:vara belägna|finnas|ha sitt säte))(?![\p{L}])/iu;

/**
 * Sweden by its name in a sentence on who may apply — a who-may-apply sentence (`ranges`) or one with a word of
 * eligibility: "open to applicants from … Norway and Sweden", "Eligible co-applicants are cities … in the Nordic
 * countries (…, Sweden)". For a city's call for partners (`forPartners`), only a sentence with a word of
 * eligibility counts, and it may name them as partners ("Partner municipalities must be located … in Poland or
 * Sweden"); otherwise a sentence on partners does not count ("Partners from Sweden may join" beside a list of
 * countries without Sweden does not open the call to Swedish applicants).
 */
function swedenNamedForApplicants(
  summary: string,
  ranges: readonly (readonly [number, number])[],
  forPartners: boolean,
): boolean {
  for (const m of summary.matchAll(/(?<![\p{L}])(?:Sweden|Sverige)(?![\p{L}])/gu)) {
    const at = m.index ?? 0;
    const sentence = sentenceAt(summary, at, at + m[0].length);
    if (forPartners) {
      if (ELIGIBLE_WORD.test(sentence)) return true;
    } else if (
      (ranges.some(([a, b]) => a <= at && at < b) || ELIGIBLE_WORD.test(sentence)) &&
      !/partner/iu.test(sentence)
    )
      return true;
  }
  return false;
}

/** A Swedish region by its name in a funder field: "Region Kronoberg", "Region Kalmar län", "Region Jönköpings län". */
const FUNDER_REGION = /Region\s+\p{Lu}[\p{L}-]*(?:\s+län)?/gu;

/**
 * Where the summary names again a body of several words that the funder field names ("Kommunförbundet Norrbotten",
 * "Norrbottens läns landsting"), as [start, end) offsets of the summary. Single words ("Regioner" of "Sveriges
 * Kommuner och Regioner") are no names: they are read as the summary uses them.
 */
function funderNameSpans(funder: string, summary: string): [number, number][] {
  const out: [number, number][] = [];
  if (!summary) return out;
  const text = summary.toLowerCase();
  // (The funder field's names as national-scheme.ts splits them, a list's commas too.)
  for (const part of funder.split(FUNDER_PARTS).flatMap((p) => p.split(','))) {
    const name = part.trim().toLowerCase();
    if (name.split(/\s+/u).length < 2) continue;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      out.push([at, at + name.length]);
    }
  }
  return out;
}

/**
 * Project partners in a list of countries with Sweden: "samarbetspart i Danmark, Finland, Sverige", "partners in …
 * Sweden", "a partner local government from Finland or Sweden", "partners in the other member states of the Arctic
 * Council except Russia – Canada, Denmark (including Greenland), Finland, Iceland, Sweden".
 */
const PARTNERS_IN_SWEDEN =
  /(?:samarbetspart\p{L}*|partner\p{L}*|parter|projektpart\p{L}*|(?:with|med)\s+(?:municipalities|kommuner|local\s+authorities))\s+(?:(?!(?:not|inte|ej)\s)[\p{L}-]+\s+){0,2}?(?:(?:based|located|established|registered|baserade?|belagna?)\s+)?(?:i|in|from|fran)\s+(?:[\p{L}'’-]+(?:\s*[,–—:]\s*|\s*\)\s*,?\s*|\s+\(\s*|\s+(?:och|eller|and|or)\s+|\s+)){0,24}?(?:sverige|sweden|the\s+swedish\s+count(?:y|ies)\s+of)(?![\p{L}])/u;
/**
 * Partners or members required or admitted from the EU, Sweden among its states: "the network must include at least
 * four further towns, of which at least two must be established in EU Member States", "partner municipalities from
 * other EU Member States" (folded).
 */
const PARTNERS_IN_EU =
  /(?:members?|partners?|towns|municipalities|cities|samarbetspart\p{L}*|parter|kommuner)[^.;]{0,80}?(?:established|located|based|registered|from|in|i|fran)\s+(?:the\s+)?(?:(?:an?\s*other|other|andra)\s+)?(?:eu member states|member states of the eu|eu countries|eu-lander|eu-landerna|eu:s medlemsstater|the eu)(?![\p{L}])/u;
/**
 * Partners from a group of countries with Sweden among them: "a partner local government in another Baltic Sea
 * country", "partners from the Nordic countries" (countries.json groups holding Sweden; folded).
 */
const PARTNERS_IN_GROUP = new RegExp(
  String.raw`(?:samarbetspart\p{L}*|partner\p{L}*|parter|projektpart\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:based|located|established|registered|baserade?|belagna?)\s+)?(?:i|in|from|fran)\s+(?:(?:an?\s*other|other|an?|the|one of the|ett annat|andra|nagot av)\s+)?(?:${GROUPS_WITH_SWEDEN})(?![\p{L}])`,
  'u',
);
function partnersInSwedenIn(summary: string): { said: string; lan?: string[] } | undefined {
  const folded = foldKeepingOffsets(summary);
  const group = PARTNERS_IN_GROUP.exec(folded);
  // ("Partners from other Nordic countries are not part of the target group": refused.)
  const groupSaid =
    group && !NEGATION_WORD.test(sentenceAt(folded, group.index, group.index + group[0].length)) ? group : null;
  const eu = PARTNERS_IN_EU.exec(folded) ?? groupSaid;
  // ("…in EU Member States except Sweden": not Sweden.)
  const m =
    PARTNERS_IN_SWEDEN.exec(folded) ??
    (eu && !/^\s*\(?\s*(?:except|excluding|utom|forutom)/u.test(folded.slice(eu.index + eu[0].length)) ? eu : null);
  if (!m) return undefined;
  // ("…may take part, except organisations from Denmark, … and Sweden": an exception that reaches Sweden; not
  // "except Russia – Canada, …, Sweden", whose exception a dash closes.)
  if (/(?:^|[^\p{L}])(?:except|excluding|utom|forutom)(?![\p{L}])(?![^–—:]*[–—:])/u.test(m[0])) return undefined;
  const said = sentenceAt(summary, m.index, m.index + m[0].length).trim();
  // (Partners said to be paid keep it: the unpaid are another role's, "mentors without funding".)
  const paid = publicPartnersPaid(folded);
  // Partners from a part of Sweden ("in Norrbotten or Västerbotten in Sweden"): only where the call pays them, and
  // then from those län alone.
  // ("Blekinge län and Kalmar län (Sweden)", "Småland (the Swedish counties of Kronoberg, …)": the same.)
  if (/(?:\s(?:in|i)\s+|\(\s*)(?:sweden|sverige)$|swedish\s+count(?:y|ies)\s+of$/u.test(m[0])) {
    const lan = paid ? lanNamesIn(said) : [];
    return lan.length > 0 ? { said, lan } : undefined;
  }
  // Not partners at their own cost.
  if (UNFUNDED.test(folded) && !paid) return undefined;
  return { said };
}

/** A text area with the län next to its own, said so ("… och angränsande län"). */
function withNeighbours(area: TextArea): TextArea {
  const lan = [...area.lan];
  for (const id of area.lan) for (const n of LAN_BY_ID.get(id)?.neighbours ?? []) if (!lan.includes(n)) lan.push(n);
  return { lan, said: `${area.said} och angränsande län` };
}

/** Each län's region's own area (a publisher's area of that one län). */
const REGION_AREA_OF_LAN = new Map(
  PROGRAMME_AREAS.areas.filter((a) => a.publisher && a.lan.length === 1).map((a) => [a.lan[0], a.id] as const),
);
/**
 * A region's or länsstyrelse's own call whose list of countries names its län and others ("Kalmar län, Blekinge län,
 * Kronobergs län": partners there may take part; "Skåne län, Blekinge län, …, Gotlands län" for a call several
 * länsstyrelser make together; other län only, for a region's call to the regions around it): the call's area is the
 * regions' of those län together, with its own.
 */
function neighbourLanAreas(areaId: string, countries: readonly string[] | undefined): string[] | undefined {
  const area = AREA_BY_ID.get(areaId);
  if (!area || !(area.publisher || ownCallsArea(area)) || !countries || countries.length < 2) return undefined;
  const ids = lanIdsOfEntries(countries);
  // (Its own län need not be among them: "Sökande ska vara någon av regionerna Region Blekinge, … Region Kronoberg"
  // in Region Skåne's call for the regions around it.)
  if (ids.length < 2) return undefined;
  const areas = ids.flatMap((id) => REGION_AREA_OF_LAN.get(id) ?? []);
  return areas.length === ids.length ? areas : undefined;
}

/** A region's own units: "egna verksamheter", "egna förvaltningar". */
const OWN_UNITS = String.raw`egna\s+(?:verksamheter|förvaltningar|enheter|kliniker)`;
/**
 * The funding regions say they may apply themselves: "(De tre) regionerna kan själva vara projektägare eller
 * medsökande", "Regionen kan själv söka", "the regions may themselves be lead applicants". A negation between modal
 * and verb ("kan inte själva söka") does not match.
 */
const FUNDERS_APPLY =
  /(?:^|[^\p{L}])(?:regionerna|regionen|the (?:three |two |funding )?regions|the region)\s+(?:kan|får|may|can)\s+(?:(?:själva|själv|också|även|themselves|itself|also)\s+)+(?:(?:vara|stå som|be|act as)\s+)?(?:söka|ansöka|apply|projektägare|sökande|medsökande|huvudsökande|(?:lead\s+)?applicants?|lead partners?|project owners?)(?![\p{L}])|(?:ansökan kan göras av|kan sökas av|får sökas av|sökande kan vara|sökande är|applications may be submitted by|eligible applicants are|open to)[^.]{0,200}?(?:de\s+(?:två|tre|fyra|fem)\s+regionerna|the\s+(?:two|three|four|five)\s+regions)(?![\p{L}])/iu;
/** The funder region's own units as applicants, without its name: "regionens egna verksamheter". */
const REGIONS_OWN_UNITS = new RegExp(String.raw`(?:^|[^\p{L}])regionens\s+${OWN_UNITS}`, 'iu');
/** A region's own units right after its name in the genitive: "(Region Kronobergs) egna verksamheter". */
const OWN_UNITS_AFTER = new RegExp(
  String.raw`^\s+(?:${OWN_UNITS}|(?:förvaltningar|kliniker|enheter|nämnder)(?:\s*,|\s+(?:och|samt)\s))`,
  'u',
);

/** "Region Östergötlands egna verksamheter kan inte söka": the name's clause goes on to refuse it. */
function refusedAfter(text: string, end: number): boolean {
  const rest = fold(text.slice(end, end + 80).toLowerCase());
  return REFUSAL.test(rest.slice(0, rest.search(/[.;!?]|$/u)));
}

const NOT_APPLYING_BEFORE =
  /(?:till|hos|via|genom|från|med|to|from|with|through|by|(?:finansier|beviljas|beslutas|handläggs|administreras|utlyses|ges|delas ut|funded|granted|decided|managed|administered|awarded|issued)\p{L}*\s+(?:av|by))\s+$/iu;

/** Words of a funder's partner or twin towns: "partner cities", "twin towns", "vänorter", "vänortskommuner". */
const PARTNER_TOWNS =
  /(?<![\p{L}])(?:partner|twin|sister)\s+(?:cities|city|towns?|municipalit(?:y|ies))(?![\p{L}])|(?<![\p{L}])(?:vänort|vänstäder|vänortskommun|partnerstäder|partnerkommuner)\p{L}*/giu;

/** An entry that is the EU by its short name. */
/**
 * "EU", "EU27" as a whole entry; or the Union beside others outside it ("EU and eligible non-EU Black Sea countries",
 * "EU Member States and third countries"): what follows qualifies the others only, the Union stays whole.
 */
const EU_ENTRY = new RegExp(
  String.raw`^\s*${UNION_WORDS}(?:\s*$|\s+(?:and|och)\s+(?:(?:eligible|associated|certain|some|vissa)\s+)?(?:non-eu|non-member|icke-eu|third|tredje)(?![\p{L}]))`,
  'iu',
);

/** A sea basin or mountain range with no Swedish part (countries.json `basinsAbroad`), folded. */
const BASINS = [...COUNTRIES.basinsAbroad.sv, ...COUNTRIES.basinsAbroad.en];
const BASIN_ABROAD = new RegExp(
  `(?:^|[^\\p{L}])(?:${BASINS.map((b) => escapeRegExp(fold(b))).join('|')})(?![\\p{L}])`,
  'u',
);
/** Countries or states said to be at a basin abroad: "Member States in the Atlantic", "länder runt Medelhavet". */
const BASIN_WORDS = BASINS.map(escapeRegExp).join('|');
const STATES_AT_BASIN = new RegExp(
  String.raw`(?:member states|countries|coastal states|states|medlemsstater(?:na)?|medlemsländer(?:na)?|länder(?:na)?|kuststater(?:na)?)\s+(?:in|of|around|bordering|along|i|runt|kring|vid)\s+(?:the\s+)?((?:${BASIN_WORDS})(?:\s+(?:and|och)\s+(?:the\s+)?(?:${BASIN_WORDS}))?(?:\s+(?:sea\s+)?(?:regions?|basins?|areas?))?)(?![\p{L}])`,
  'iu',
);
/**
 * A local area named by its parishes or villages ("inom Arbrå och Undersvik socknar"), by one kommun ("föreningar
 * inom Ånge kommun", in a fund that is not the kommun's own), or as the communities a power plant touched ("bygder
 * som blivit berörda genom utbyggnaden av vattenkraft", "berörda bygder"): places the reference data does not hold
 * (eligibility.ts tells a named kommun's area; of the others, whether a body lies there is a doubt). As written.
 */
const LOCAL_AREA =
  /(?:^|[^\p{L}])(?:(?:inom|i|within|in)\s+(?:\p{Lu}[\p{L}-]+(?:\s*,\s*|\s+(?:och|samt|and|&)\s+))*\p{Lu}[\p{L}-]+\s+(?:socknar|socken|sockens|församlingar|parishes|parish|byar|byarna)|(?:föreningar|utveckling|projekt|verksamhet)\s+inom\s+\p{Lu}[\p{L}-]+\s+kommun(?![\p{L}])|bygd(?:er|erna)?\s+som\s+(?:har\s+)?(?:blivit\s+)?(?:berörts|berörda|påverkats|påverkade)\s+(?:av|genom)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:kraft|kraften|utbyggnad\p{L}*)(?:\s+av\s+[\p{L}-]+)?|berörda\s+bygder)(?![\p{L}])/u;
/**
 * Named kommuner a fund gives priority to ("Följande kommuner i sydvästra och mellersta Skåne prioriteras: Eslöv,
 * Kävlinge, Lund och Staffanstorp"): a local area by its kommuner, a priority rather than a limit.
 */
const PRIORITISED_KOMMUNER =
  /(?:(?:[Ff]öljande|[Dd]essa)\s+kommuner(?:\s+[^:.;\n]{0,60}?)?\s+(?:prioriteras|är prioriterade|har företräde)|(?:prioriterar|prioriteras)\s+(?:ansökningar\s+från\s+)?följande\s+kommuner|priority (?:is|will be) given to (?:projects in |applicants from )?(?:the following )?municipalities(?: of)?)\s*:?\s*((?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}(?:\s*,\s*|\s+(?:och|samt|and|&)\s+))*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})/u;
/**
 * Kommuner and regioner a grant may go to, named ("Bidrag får betalas ut till dessa kommuner och regioner …
 * Kommuner: Bjurholm, Boxholm och Älvkarleby. Regioner: Blekinge, Dalarna och Örebro län"): the grant's limit.
 */
const NAMED_NAME = String.raw`\p{Lu}[\p{L}/-]+(?:\s+(?:\p{Lu}[\p{L}/-]+|län))?`;
const NAMED_LIST = String.raw`(?:${NAMED_NAME}(?:\s*,\s*|\s+(?:och|samt)\s+))+${NAMED_NAME}`;
const NAMED_RECIPIENTS = new RegExp(
  String.raw`(?:[Ff]öljande|[Dd]essa)\s+kommuner(?:\s+och\s+regioner)?[^.:;\n]{0,80}[.:]\s*Kommuner\s*:\s*(${NAMED_LIST})\.?(?:\s*Regioner\s*:\s*(${NAMED_LIST}))?`,
  'u',
);
const splitNames = (list: string) => list.split(/\s*,\s*|\s+(?:och|samt)\s+/u).filter(Boolean);

/** Macro-regions and seas whose "-området" is no local area. */
const WIDE_AREA =
  /^(?:Östersjö|Barents|Öresunds?|Nordsjö|Kattegatt?|Skagerrak|Arktis|Arktiska|Kvarken|Nordkalott|Mälardals?|Bottenviks?|Bottenhavs?|Medelhavs?|Alp|EES|EU|Schengen|Norden|Nordiska)/u;
/**
 * "Verksamhet i Pörtomområdet", "hembygden … i Pörtomområdet": a named place's own area. (Not an acronym's field:
 * "arbete inom ANDT-området" is alcohol, narcotics, doping and tobacco prevention, no place.)
 */
const NAMED_LOCAL_AREA =
  /(?:verksamhet|hembygden|föreningar|projekt)[^.;:\n]{0,80}?\s(?:i|inom)\s+(\p{Lu}\p{Ll}[\p{L}-]*området)(?![\p{L}])/u;
/** A savings bank's or company's former area ("samma geografiska verksamhetsområde som tidigare Sparbanken Finn"). */
const FORMER_BANK_AREA =
  /verksamhetsområde\s+som\s+(?:tidigare\s+)?((?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+)(?:\s+(?:gjorde|hade|har))?/u;

/**
 * A funder's own area by its words ("lokala insatser inom vårt verksamhetsområde", "utveckling av det stödberättigade
 * området"), or by what it is: a Swedish savings-bank foundation (Sparbanksstiftelsen X) gives where its bank works.
 */
const OWN_AREA_SAID =
  /(?:inom|i)\s+(?:vårt|sitt|stiftelsens|fondens|bolagets)\s+(?:geografiska\s+)?verksamhetsområde|det\s+stödberättigade\s+området/u;
const SAVINGS_BANK_FOUNDATION = /^\s*(Sparbanksstiftelsen\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u;

export function localAreaIn(summary: string, funder = ''): LocalArea | undefined {
  const own = /verksamhetsområde|stödberättigade/.test(summary) ? OWN_AREA_SAID.exec(summary) : null;
  if (own) return { said: own[0] };

  // Each pattern is tried only where its key word stands: most summaries hold none of them.
  const listed = /prioriter|priority/i.test(summary) ? PRIORITISED_KOMMUNER.exec(summary) : null;
  if (listed) {
    const kommuner = listed[1].split(/\s*,\s*|\s+(?:och|samt|and|&)\s+/u).filter(Boolean);
    return { said: listed[0].trim(), kommuner };
  }
  const recipients = /Kommuner\s*:/.test(summary) ? NAMED_RECIPIENTS.exec(summary) : null;
  if (recipients) {
    const said = recipients[0].slice(0, recipients[0].search(/[.:]/)).trim();
    return {
      said,
      kommuner: splitNames(recipients[1]),
      regioner: recipients[2] ? splitNames(recipients[2]) : [],
      only: true,
    };
  }
  const named = summary.includes('området') ? NAMED_LOCAL_AREA.exec(summary) : null;
  if (named && !WIDE_AREA.test(named[1])) return { said: named[1] };
  const bank = /verksamhetsområde/.test(summary) ? FORMER_BANK_AREA.exec(summary) : null;
  if (bank && /spar|bank/i.test(bank[1])) return { said: bank[0].trim() };
  const m = LOCAL_AREA.exec(summary);
  if (!m) {
    const bankFoundation = funder.startsWith('Sparbanksstiftelsen') ? SAVINGS_BANK_FOUNDATION.exec(funder) : null;
    return bankFoundation ? { said: `${bankFoundation[1]}s verksamhetsområde` } : undefined;
  }
  const said = m[0].replace(/^[^\p{L}]/u, '').trim();
  const kommun = ONE_KOMMUN.exec(said)?.[1];
  return kommun ? { said, kommun } : { said };
}
/** The kommun of "… inom Ånge kommun". */
const ONE_KOMMUN = /inom\s+(\p{Lu}[\p{L}-]+)\s+kommun$/u;
/** A local area as written, and the one kommun it names, if it names one. */
export interface LocalArea {
  said: string;
  kommun?: string;
  /** Kommuner named as the fund's priority, not its limit — or, with `only`, as the only ones it may go to. */
  kommuner?: readonly string[];
  /** With `only`: the regioner named beside the kommuner ("Blekinge", "Örebro län"). */
  regioner?: readonly string[];
  only?: true;
}

const ONE_PARTNER_THERE =
  /(?:at least one|minst en)\s+(?:of the\s+)?(?:partners?|applicants?|beneficiar(?:y|ies)|part(?:er)?|sökande)\s+(?:must be\s+|ska vara\s+|should be\s+)?(?:located|based|situated|belägen|placerad)?\s*(?:in|within|i|inom)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}/iu;

/** A sea or region of Sweden's own: a call that names one is not about a basin abroad only. */
const OWN_WATERS =
  /(?:^|[^\p{L}])(?:sverige|sweden|swedish|svensk\p{L}*|ostersjo\p{L}*|baltic|nordsjo\p{L}*|north sea|kattegat|skagerrak|bottenhav\p{L}*|bottenvik\p{L}*|arctic|arktis\p{L}*|nordic|norden|nordisk\p{L}*|all (?:eu )?sea basins|alla havsomraden)(?![\p{L}])/u;

/**
 * The call's geographical scope said to be basins abroad: "The geographical scope of activities for this topic are the
 * Black Sea, the Atlantic and the Western Mediterranean Sea basins", "Det geografiska området är Medelhavet".
 */
const BASIN_ITEM = String.raw`(?:the\s+)?(?:western\s+|eastern\s+|northern\s+|southern\s+|västra\s+|östra\s+)?(?:${BASIN_WORDS})`;
const SCOPE_AT_BASIN = new RegExp(
  String.raw`(?:geographical|geographic|geografiska?)\s+(?:scope|focus|coverage|area|omfattning|området|fokus)(?:\s+(?:of|for|av|för)\s+(?:[\p{L}-]+\s+){1,6}?)?\s*(?:is|are|covers?|includes?|är|omfattar)\s+(${BASIN_ITEM}(?:\s*,\s*${BASIN_ITEM})*(?:\s*,?\s+(?:and|och)\s+${BASIN_ITEM})?(?:\s+(?:sea\s+)?(?:regions?|basins?|areas?|havsområden?))?)(?![\p{L}])`,
  'iu',
);

/** A scope said of one topic ("for this topic") in a call of several topics does not bound the whole call. */
const ONE_TOPIC = /(?<![\p{L}])(?:topic|tema|temat|strand|lot|action)(?![\p{L}])/iu;
const SEVERAL_TOPICS =
  /(?<![\p{L}])(?:(?:two|three|four|several|both|\d+)\s+topics|second topic|topics\s*:|(?:två|tre|fyra|flera|båda)\s+teman|andra temat)(?![\p{L}])/iu;

/**
 * The basins abroad the summary puts the call's countries or its scope at, as written, unless it names waters of
 * Sweden's; `oneTopic` where the scope is one topic's of several, which leaves the call's others unbound.
 */
export function basinScopeOf(summary: string): { basins: string; oneTopic?: true } | undefined {
  const states = STATES_AT_BASIN.exec(summary);
  const m = states ?? SCOPE_AT_BASIN.exec(summary);
  if (!m || OWN_WATERS.test(foldWording(summary))) return undefined;
  return !states && ONE_TOPIC.test(m[0]) && SEVERAL_TOPICS.test(summary)
    ? { basins: m[1], oneTopic: true }
    : { basins: m[1] };
}

/**
 * The call's title names a sea basin abroad as where its work is ("marine pollution in the Black Sea", "Blue economy
 * in the Mediterranean") and its text names no water or land of Sweden's: the basin's words, as written, else
 * undefined. Whether bodies from elsewhere may take part such a call's title does not say.
 */
export function basinAbroadOf(title: string, summary: string): string | undefined {
  const t = foldWording(title);
  const m = BASIN_ABROAD.exec(t);
  if (!m || OWN_WATERS.test(t) || OWN_WATERS.test(foldWording(summary))) return undefined;
  const at = m.index + (m[0].length - m[0].trimStart().length);
  return title.slice(at, m.index + m[0].length).trim() || undefined;
}

/** A stipend, scholarship or bursary by name ("kulturstipendium", "arbetsstipendier", "travel scholarship"). */
const STIPEND = /stipendi\p{L}*|scholarships?(?![\p{L}])|bursar(?:y|ies)(?![\p{L}])/iu;
/** …beside grants of other kinds ("Stipendier och bidrag", "scholarships and project grants"): not a stipend alone. */
const NOT_ONLY_STIPEND =
  /(?<![\p{L}])(?:\p{L}*bidrag\p{L}*|grants?|projekt\p{L}*|projects?|funding|stöd\p{L}*|support)(?![\p{L}])/iu;

/** An entry naming a programme's own countries ("Creative Europe participating countries", "programländer"). */
const PARTICIPATING_COUNTRIES =
  /participating countries|countries (?:participating|taking part) in|programme countries|program countries|programl[aä]nder|deltagande l[aä]nder|deltagarl[aä]nder|l[aä]nder som deltar i/i;

/**
 * What a list of eligible countries says of Sweden. The list says where applicants may be, not who the partners
 * are: read for Sweden only. Sweden named, or a group holding it ("EU27", "EEA", "Member States"), admits it; the
 * list leaves Sweden out only when every entry was read as countries (or as a class of country Sweden is never one
 * of: "third countries", "associated countries"): an entry the reference data cannot read ("Programme countries")
 * may hold Sweden, so the list then tells nothing either way — unless it names an EU-wide programme's own
 * countries ("Creative Europe participating countries"), which hold Sweden.
 */
/** Every country but some: "All countries except …", "any country other than …", "alla länder utom …". */
const ALL_COUNTRIES_BUT =
  /^\s*(?:all|any)\s+(?:countries|country)\s+(?:except(?:\s+for)?|excluding|but|other than|apart from)\s|^\s*alla\s+länder\s+(?:utom|förutom|med undantag (?:av|för))\s/iu;

export function swedenInCountryList(list: readonly string[] | undefined): boolean | undefined {
  if (!list || list.length === 0) return undefined;
  let unread = false;
  for (const entry of list) {
    // "All countries except Russia, Belarus, …": every country the entry does not name, Sweden unless it is named.
    const allBut = ALL_COUNTRIES_BUT.exec(entry);
    if (allBut) {
      if (!whoAndWhere(entry.slice(allBut[0].length)).some((r) => r.kind === 'country' && r.names.includes('Sweden')))
        return true;
      continue;
    }
    // A two-letter code ("SE", "FI"): read as a whole entry only.
    const iso = countryCode(entry);
    if (iso !== undefined) {
      if (iso === 'SE') return true;
      continue;
    }
    // "Developing countries", "third countries": a class of country Sweden is never one of.
    if (COUNTRY_CLASS_WORD.test(entry) && WITHOUT_SWEDEN.has(countryKey(entry.replace(/\([^)]*\)/g, ' ')))) continue;
    // "Creative Europe participating countries": the countries of an EU-wide programme, Sweden among them.
    if (PARTICIPATING_COUNTRIES.test(entry)) {
      // "…, including Armenia, Georgia and Ukraine": the programme's name before the examples names it.
      const id =
        programmeIn(nameKey(entry)) ??
        programmeIn(nameKey(entry.split(/,\s*(?:including|inklusive|e\.g\.|t\.\s?ex\.)/i)[0]));
      if (id && PROGRAMME_BY_ID.get(id)?.geography === 'eu-wide') return true;
    }
    // "EU", "EU27", "EU-länderna": the Union, Sweden in it.
    if (EU_ENTRY.test(entry)) return true;
    const countries = whoAndWhere(entry).filter((r) => r.kind === 'country');
    // "EU Member States (except Sweden)": the group without Sweden.
    if (countries.some((r) => r.names.includes('Sweden')) && !swedenExcepted(foldWording(entry))) return true;
    if (countries.length > 0) continue;
    // An entry that is a country's name the prose vocabulary does not hold ("Canada", "Japan (Tokyo)").
    const code = ISO_COUNTRY_BY_NAME.get(countryKey(entry.replace(/\([^)]*\)/g, ' ')));
    if (code === 'SE') return true;
    // "Czech-Bavarian border region": a place named by another country's adjective is in that country.
    if (code === undefined && !adjectivePlace(entry)) unread = true;
  }
  return unread ? undefined : false;
}

/**
 * The one country other than Sweden a call's list of eligible countries names ("Denmark" in a Danish fund's call):
 * the funder's home, where its applicants are and its money is to benefit. Named in the call's text it is no
 * partner country ("solutions which benefit Denmark").
 */
export function homeCountry(list: readonly string[] | undefined): string | undefined {
  if (list?.length !== 1) return undefined;
  // One country, however many of its names matched ("Finland" is its Swedish and its English name).
  let name: string | undefined;
  for (const r of whoAndWhere(list[0])) {
    if (r.kind !== 'country') continue;
    if (r.names.length !== 1 || (name !== undefined && r.names[0] !== name)) return undefined;
    name = r.names[0];
  }
  return name === 'Sweden' ? undefined : name;
}

/** The other country of a list of eligible countries that is Sweden and one more ("Sweden", "Lithuania"). */
function bilateralPartner(list: readonly string[] | undefined): string | undefined {
  if (list?.length !== 2) return undefined;
  const [a, b] = list.map((entry) => homeCountry([entry]) ?? (swedenInCountryList([entry]) ? 'Sweden' : undefined));
  if (a === 'Sweden' && b && b !== 'Sweden') return b;
  if (b === 'Sweden' && a && a !== 'Sweden') return a;
  return undefined;
}

/** A multinational body's office or seat in a country ("Nordic Council of Ministers' Office in Lithuania"). */
const SEAT_OR_GROUP =
  /(?:office|offices|representation|secretariat|kontor)\s+(?:in|i)\b|nordi|europe|\beu\b|interreg|eea|baltic|östersjö|barents/i;

/** "Must be legal entities", "ska vara juridiska personer": a legal form every applicant must have. Folded text. */
const LEGAL_FORM_REQUIRED =
  /(?:must|shall|should|need to|have to|ska|skall|maste)\s+(?:be|vara)\s+(?:an?\s+|en\s+)?(?:[\p{L}-]+\s+){0,2}?(?:legal entit(?:y|ies)|legal persons?|juridisk(?:a)? person(?:er)?)(?![\p{L}])/u;

/**
 * A legal form qualified right after by what the body must be: "a legal person registered in … who conforms to
 * small or medium-sized enterprise status", "juridiska personer som är företag". Folded text.
 */
const QUALIFIED_LEGAL_FORM =
  /(?:legal entit(?:y|ies)|legal persons?|juridisk(?:a)? person(?:er)?)(?![\p{L}])[^.;:]{0,100}?\s(?:who|which|that|som)\s+(?:is|are|conforms?\s+to|qualif\p{L}*\s+as|has|have|holds?|ar|uppfyller|bedriver|har)\s/u;

/** A list of applicants that names kinds of its own ("media organisations", "universities") and no opening to any. */
function listNamesKindsOnly(entries: readonly string[]): boolean {
  return (
    entries.some((e) => applicantClasses(keyTokens(e)).size > 0) &&
    entries.every((e) => !admitsAnyOrganisation(foldWording(e)))
  );
}

/**
 * The one country other than Sweden whose adjective opens every entry of the list of applicants ("Finnish civil
 * society organisations", "norska kommuner"), and the first such entry as written. An entry without one, or one of
 * another country, leaves the list open to others.
 */
function foreignApplicantsOf(entries: readonly string[]): { country: string; said: string } | undefined {
  let country: string | undefined;
  for (const entry of entries) {
    const first = fold(entry.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
    const of = COUNTRY_OF_ADJECTIVE.get(first);
    if (of === undefined || (country !== undefined && of !== country)) return undefined;
    if (applicantClasses(keyTokens(entry)).size === 0) return undefined;
    country = of;
  }
  return country === undefined ? undefined : { country, said: entries[0].trim() };
}

/**
 * The one country other than Sweden a funder's name places it in ("Innovation Fund Denmark", "Danish Arts
 * Foundation", "Finska kulturfonden"), unless it names a multinational body.
 */
function foreignFunderCountry(funder: string): string | undefined {
  if (!funder || SEAT_OR_GROUP.test(funder)) return undefined;
  const named = homeCountry([funder]);
  if (named) return named;
  return leadingAdjectiveCountry(funder);
}

/** The country whose adjective a name opens with ("Danish Innomissions"), or undefined. */
function leadingAdjectiveCountry(name: string): string | undefined {
  return COUNTRY_OF_ADJECTIVE.get(fold(name.trim().split(/\s+/)[0].toLowerCase()));
}

/**
 * Where the funder's name places it nowhere ("TRACE (Innomission 4)"), a programme named for a country ("Danish
 * Innomissions") is that country's national programme; not where the funder is a multinational body ("Nordic
 * Council of Ministers" with its "Norwegian Presidency project").
 */
function callFunderCountry(call: FundingCall): string | undefined {
  const byFunder = foreignFunderCountry(call.funder);
  if (byFunder || SEAT_OR_GROUP.test(call.funder ?? '') || !call.programme) return byFunder;
  return leadingAdjectiveCountry(call.programme);
}

/**
 * "Applicants must have an Icelandic ID number (kennitala)", "sökande ska ha ett norskt organisasjonsnummer", "must be
 * registered with a Danish CVR number": a number only bodies registered in that country hold. The country, and the
 * words as written, when it is not Sweden.
 */
const NATIONAL_ID =
  /(?:must|shall|should|ska|skall|maste|ma)\s+(?:have|hold|possess|be registered with|ha|inneha|vara registrerade?\s+med)\s+(?:an?\s+|ett\s+|en\s+|et\s+)?(\p{L}+)\s+(?:(?:national\s+)?id(?:entity|entification)?(?:\s+|-)?(?:number|no\.?|card)|registration number|company registration number|organi[sz]ation(?:al)? number|business id|vat number|cvr(?:\s+number)?|organisationsnummer|organisasjonsnummer|personnummer|fodselsnummer|id-nummer|y-tunnus)(?![\p{L}])/u;
/**
 * "Tax exempt under section 501(c)(3) of the Internal Revenue Code": a status only bodies registered in the United
 * States hold. Folded text.
 */
const US_TAX_EXEMPT = /501\s*\(\s*c\s*\)\s*\(\s*3\s*\)|internal revenue (?:service|code)/u;
export function nationalIdRequired(summary: string): { country: string; said: string } | undefined {
  const folded = foldWording(summary);
  const tax = US_TAX_EXEMPT.exec(folded);
  if (tax) {
    const [from, to] = sentenceAround(summary, tax.index, tax.index + tax[0].length);
    return { country: 'United States', said: summary.slice(from, to).trim() };
  }
  const m = NATIONAL_ID.exec(folded);
  if (!m) return undefined;
  const country = COUNTRY_OF_ADJECTIVE.get(m[1]);
  if (!country) return undefined;
  const [from, to] = sentenceAround(summary, m.index, m.index + m[0].length);
  return { country, said: summary.slice(from, to).trim() };
}

/** An entry that starts with another country's adjective and names a place ("Czech-Bavarian border region"). */
const PLACE_WORD = /(?:region|area|border|province|county|district|islands?|regionen|området|län)\s*$/iu;
function adjectivePlace(entry: string): boolean {
  const first = fold(
    entry
      .trim()
      .split(/[\s-]+/)[0]
      .toLowerCase(),
  );
  return COUNTRY_OF_ADJECTIVE.has(first) && PLACE_WORD.test(entry.replace(/\([^)]*\)/g, ' ').trim());
}

/** "Non-Danish artists are eligible", "icke-danska sökande": those from abroad may apply. */
const NON_NATIONAL = /(?:^|[^\p{L}])(?:non|icke)-?\s?(\p{L}+)/giu;
function nonNationalsAdmitted(text: string, country: string): boolean {
  for (const m of text.matchAll(NON_NATIONAL))
    if (COUNTRY_OF_ADJECTIVE.get(fold(m[1].toLowerCase())) === country) return true;
  return false;
}

export function applicantClasses(tokens: readonly KeyedToken[]): Set<ApplicantClass> {
  const out = new Set<ApplicantClass>();
  for (const h of outermost(WHO_AND_WHERE.match(tokens))) if (h.ref.kind === 'applicant') out.add(h.ref.cls);
  return out;
}

/**
 * Applicant or country phrases inside a longer one of their kind are part of it: "public or private enterprises"
 * names companies (a public enterprise is one), not also public bodies by its "public or private"; "EFTA/EEA
 * countries" are Iceland, Liechtenstein and Norway, not also the whole EEA by its "EEA countries".
 */
function outermost<H extends { ref: VocabRef; from: number; to: number }>(hits: readonly H[]): H[] {
  const nested = hits.filter((h) => h.ref.kind === 'applicant' || h.ref.kind === 'country');
  if (nested.length < 2) return hits as H[];
  return hits.filter(
    (h) =>
      (h.ref.kind !== 'applicant' && h.ref.kind !== 'country') ||
      !nested.some(
        (o) =>
          o !== h && o.ref.kind === h.ref.kind && o.from <= h.from && o.to >= h.to && o.to - o.from > h.to - h.from,
      ),
  );
}

export function countriesIn(tokens: readonly KeyedToken[]): Set<string> {
  const out = new Set<string>();
  for (const h of WHO_AND_WHERE.match(tokens))
    if (h.ref.kind === 'country' && countryWord(h.ref, tokens[h.from].word)) for (const n of h.ref.names) out.add(n);
  return out;
}

/**
 * What a list of applicants says beyond the classes it names. In a list, "juridiska personer" beside an entry the
 * vocabulary does not know ("kulturlivets mellanled") or beside a class may be a form the others must have: it
 * then only keeps the list from shutting anyone out. `vague` is what the who-may-apply sentences named, if any;
 * `besideOthers`: the list names our classes beside entries of other classes only.
 * Plain loops, not array callbacks: lists come as arrays of several element kinds, and each new kind seen by
 * callSignals's inlined callbacks made the engine throw away and recompile the whole of it.
 */
/**
 * "Legal entity (organization or enterprise)": a gloss naming organisations of any kind beside a class explains the
 * legal form, it does not narrow it to the class. Returns the entry without such a gloss.
 */
function withoutAnyKindGloss(entry: string): string {
  const gloss = ANY_KIND_GLOSS.exec(entry);
  if (!gloss) return entry;
  const rest = entry.slice(0, gloss.index) + entry.slice(gloss.index + gloss[0].length);
  return admitsAnyOrganisation(foldWording(rest)) ? rest : entry;
}
const ANY_KIND_GLOSS = /\s*\((?=[^()]*\b(?:organi[sz]ations?|organisationer|entities|bodies)\b)[^()]*\)/iu;

/**
 * An entry of partners from outside academia ("societal partners", "non-academic partners", "samhällsaktörer"):
 * organisations of any kind that use or shape the research, public bodies among them (folded).
 */
const NON_ACADEMIC_PARTNERS =
  /^(?:[\p{L}-]+\s+)?(?:societal|non-academic|practice|samhalls|icke-akademiska)\s*(?:partners?|actors?|stakeholders|aktorer|parter|partner)$/u;

function listSignals(
  entries: readonly string[],
  vague: string | undefined,
): {
  openToAll: boolean;
  openEnded: boolean;
  vague: string | undefined;
  besideOthers: boolean;
  catchAll: string | undefined;
  anyKind: boolean;
  bareOrgs: string | undefined;
} {
  let anyEntry = false;
  let bareOrgs: string | undefined;
  let catchAll: string | undefined;
  let anyKind = false;
  /** Every entry admits any organisation and names no class of its own. */
  let onlyAny = true;
  let openEnded = false;
  // "researchers" and "local governments" as separate entries: bodies of another kind are applicants of their own.
  let othersOnly = false;
  let ours = false;
  let groupEntry = false;
  let classEntry = false;
  for (let i = 0; i < entries.length; i++) {
    const entry = withoutAnyKindGloss(withoutNegatedPart(entries[i]));
    const folded = foldWording(entry);
    const refs = whoAndWhere(entry);
    let namesClass = false;
    let allOthers = true;
    for (const x of refs) {
      if (x.kind !== 'applicant') continue;
      namesClass = true;
      if (OURS.includes(x.cls)) {
        ours = true;
        allOthers = false;
      }
    }
    // "Employees of ACME and affiliated ACME entities", "unga mellan 13 och 25 år": a class by the entry's own
    // words (entry-kinds.ts), whatever other words it holds.
    if (!namesClass && entryKind(entry) !== undefined) namesClass = true;
    if (namesClass && allOthers) othersOnly = true;
    const admitsAny = admitsAnyOrganisation(folded);
    if (admitsAny) anyEntry = true;
    if (!admitsAny || namesClass) onlyAny = false;
    vague ??= vagueActorsIn(entry);
    catchAll ??= catchAllEndingList(entry, true);
    // "Researchers; societal partners": partners from outside academia, public bodies among them, as a catch-all.
    if (catchAll === undefined && NON_ACADEMIC_PARTNERS.test(folded)) catchAll = entry;
    if (namesOtherOrganisations(folded)) openEnded = true;
    // An entry of organisations of any kind ("organisationer", "organisations working with young people").
    else if (!namesClass && namesGenericOrganisations(folded)) {
      openEnded = true;
      anyKind = true;
    } else if (namesClass && bareOrgs === undefined) {
      // "Företag och organisationer": organisations of any kind beside the kind named.
      bareOrgs = bareOrganisationsIn(entry);
      if (bareOrgs !== undefined) openEnded = true;
    }
    // "Föreningar, stiftelser m.fl.", "companies, NGOs etc.": the list goes on.
    if (openEndedAfter(folded)) openEnded = true;
    // "A Nordic consortium", "testbeds" beside "companies": partners or owners of kinds the entry does not say, so
    // the list shuts no one out (nor does it admit anyone). A list of consortia alone is read as before.
    if (!namesClass && GROUP_OF_ANY_KIND.test(folded)) groupEntry = true;
    if (namesClass) classEntry = true;
  }
  if (groupEntry && classEntry) openEnded = true;
  return {
    openToAll: anyEntry && onlyAny,
    openEnded: openEnded || (anyEntry && !onlyAny),
    vague,
    besideOthers: othersOnly && ours,
    catchAll,
    anyKind,
    bareOrgs,
  };
}

/**
 * A consortium or a testbed: a group of partners, or a facility, of any kind; an accelerator, incubator, science
 * park, cluster organisation or innovation ecosystem: a body supporting companies that a kommun, a region or a
 * university may own or take part in as well as a company; "utbildningsaktörer": bodies in education of any kind; a festival, cinema or venue: run by a kommun,
 * an association or a company alike (folded).
 */
const GROUP_OF_ANY_KIND =
  /(?:^|[^\p{L}])(?:consortium|consortia|konsortier|konsortiet|konsortium|testbeds?|test beds?|testbaddar|testbadd|accelerators?|acceleratorer|incubators?|inkubatorer|inkubatorn|science parks?|cluster organi[sz]ations?|klusterorganisationer|innovation ecosystems?|ecosystems?|ekosystem|innovationsekosystem|intermediar(?:y|ies)|intermediary organi[sz]ations?|utbildningsaktorer|utbildningsaktorerna|education actors|festivals?|festivaler|festivalerna|festivalarrangorer|festival organi[sz]ers|cinemas?|biografer|venues?|spelplatser)(?![\p{L}])/u;

/** The applicant vocabulary's words for the health care sector as a whole (applicant-types.json, 'public'). */
const HEALTH_CARE_WORDS = /^(?:hälso- och sjukvård\p{L}*|sjukvård\p{L}*|health ?care(?: sector)?)$/iu;

/** The words every host wording holds (openHostIn). */
const HOST_WORD = /host|v[aä]rd/i;

/** Whether every class of the list is named in the summary after an example cue of its sentence. */
function listExemplified(summary: string, hits: readonly TextHit[], listed: ReadonlySet<ApplicantClass>): boolean {
  const exemplified = new Set<ApplicantClass>();
  // "Supports companies (principally SMEs, including start-ups)": a class also named before any example cue is the
  // limit, and the examples are kinds of it.
  const plain = new Set<ApplicantClass>();
  for (const h of hits) {
    if (h.field !== 'summary' || h.ref.kind !== 'applicant' || !listed.has(h.ref.cls)) continue;
    if (exemplified.has(h.ref.cls) || plain.has(h.ref.cls)) continue;
    const [from] = sentenceAround(summary, h.start, h.start + (h.length ?? 0));
    if (exampleCueIn(foldedSlice(summary, from, h.start))) exemplified.add(h.ref.cls);
    else plain.add(h.ref.cls);
  }
  return exemplified.size === listed.size;
}

/** An entry of persons: "self-employed persons entered in the commercial register", "enskilda personer" (folded). */
const PERSONS_ENTRY =
  /(?:^|[^\p{L}])(?:persons?|individuals?|self-employed|personer|enskilda|egenforetagare)(?![\p{L}])/u;

/** The kommun in the definite singular: in a kommun's own call, the funder itself. */
const THE_KOMMUN = /^(?:kommunen|kommunens|the municipality(?:'s)?|municipality)$/iu;

/** Builds the signals from the hits the analyser already found in title and summary. */
export function callSignals(
  call: FundingCall,
  textHits: readonly TextHit[],
  /** Classes the analyser found in the call's applicantTypes field. */
  listed: ReadonlySet<ApplicantClass> = EMPTY,
  /** The summary's who-may-apply ranges (whoRanges), when the analyser has read them already. */
  summaryWho?: readonly [number, number][],
  /** Which wording checks can match in the title and the summary (core/text/word-hints.ts), when known. */
  hints?: { readonly title: number; readonly summary: number },
  /** Entries of applicantTypes naming only those the work is for (servedOnlyEntries), when the analyser has read them. */
  servedEntries: ReadonlySet<string> = servedOnlyEntries(call.applicantTypes, call.summary),
): CallSignals {
  let swedenEligible = swedenInCountryList(call.eligibleCountries);
  // (countries: FI on the Finnish contact point's page: the contact point's country, not the call's.)
  if (swedenEligible === false && contactPointOfEuCall(call)) swedenEligible = undefined;
  let targeted: Set<ApplicantClass> | undefined;
  let mentioned: Set<ApplicantClass> | undefined;
  let mentions: CountryMention[] | undefined;
  const summary = call.summary ?? '';
  const ranges = summary ? (summaryWho ?? whoRanges(summary)) : [];
  /** Ranges in which a class was named, as a limit (not as an example after "including"). */
  const limiting = new Set<number>();
  /**
   * Classes the summary names where it encourages or welcomes them; a list naming only these, with no who-may-apply
   * sentence naming any class, holds whom the call welcomes.
   */
  let encouraged: Set<ApplicantClass> | undefined;
  const encourages = ENCOURAGE_WORDS.test(summary);
  /** Per who-may-apply range: bit 1, its words hold an addressee cue's; bit 2, a list end's ("m.fl.", "etc."). */
  const rangeWords: number[] = [];
  /** Ranges in which a class was named outside a clause on those the applicants work with. */
  const appliersIn = new Set<number>();
  /** …and ranges in which a class was named as an example only. */
  const exampled = new Set<number>();
  let openEnded = false;
  let partnered: Set<ApplicantClass> | undefined;
  let regrantedTo: Set<ApplicantClass> | undefined;
  let regrantCue: string | undefined;
  let onlyNamed: Set<ApplicantClass> | undefined;
  let regionsAmongBodies = false;
  let members: Set<ApplicantClass> | undefined;
  let examples: Set<ApplicantClass> | undefined;
  /** Classes named as those the funded work serves, and whether the private sector is named beside public bodies so. */
  let served: Set<ApplicantClass> | undefined;
  let servedPrivate = false;
  /** Who-may-apply ranges in which public bodies were named as those served ("services to the public sector"). */
  const servedIn = new Set<number>();
  let exception: string | undefined;
  let exceptionFor: Set<ApplicantClass> | undefined;
  /** The call's first words for companies, whether its title names them, and where its summary does. */
  let companyWords: string | undefined;
  let companyInTitle = false;
  let companyAt: number[] | undefined;
  /** A kommun, region, public or state body is named somewhere, in whatever role. */
  let publicNamed = false;
  let stateHeads: Set<string> | undefined | null = null;
  const heads = () => {
    if (stateHeads === null) stateHeads = stateHeadsOf(call, textHits);
    return stateHeads;
  };
  // A kommun's own grant ("Karlskrona kommun"): read once, for its "kommunen" below and its area at the end.
  const ownMunicipality = municipalFunder(call.funder);
  let funderSpans: [number, number][] | undefined;
  const inFunderNames = (at: number): boolean => {
    funderSpans ??= funderNameSpans(call.funder, summary);
    return funderSpans.some(([a, b]) => at >= a && at < b);
  };
  for (const h of textHits) {
    if (h.ref.kind === 'country') {
      mentions ??= [];
      mentions.push({
        names: h.ref.names,
        field: h.field,
        start: h.start,
        length: h.length,
        ...(h.ref.whereOnly ? { whereOnly: true as const } : {}),
      });
    } else if (h.ref.kind === 'applicant') {
      const fieldText = h.field === 'title' ? call.title : summary;
      const cls = h.ref.cls === 'public' && bareStateHead(fieldText, h, heads) ? 'state' : h.ref.cls;
      if (cls === 'region') {
        // "Region Skåne", "the Danube region", "regionen": one region is a place (or one body), never the class —
        // unless it is an item of a list of bodies ("en kommun, en region eller en länsstyrelse", "kommuner,
        // länsstyrelser och regionen"): there it is the self-governing body, as "kommun" beside it is.
        // "Cities, regions or communities": regions among other bodies are regional authorities. Otherwise a region
        // after a place ("the Arctic regions"), a preposition of place or a kind of area ("organisations in the
        // Nordic and Baltic regions", "border regions") is that place.
        const singular = singularRegionAt(fieldText, h.start);
        if (singular && REGION_NAME.test(fieldText.slice(h.start, h.start + 40))) continue;
        const amongBodies = regionAmongBodies(h, textHits, fieldText);
        if (singular && !amongBodies) continue;
        // "Företag och regioner som leverantörer": bodies the project hires, among bodies or not.
        if (hiredAt(fieldText, h.start + (h.length ?? 0))) continue;
        if (amongBodies) regionsAmongBodies = true;
        else if (h.placeStart !== undefined || regionAsPlaceAt(fieldText, h.start)) continue;
      }
      if (cls === 'municipal' && theCityAt(fieldText, h.start)) continue;
      // A body the funder field names ("Länsstyrelsen i Norrbotten, Kommunförbundet Norrbotten och Norrbottens läns
      // landsting"), named again in the summary: the funders, not those who apply.
      if (h.field === 'summary' && inFunderNames(h.start)) continue;
      // A kommun's own grant: "kommunen", "the municipality" is the funder ("kommunens landsbygdsprogram").
      if (
        cls === 'municipal' &&
        ownMunicipality &&
        THE_KOMMUN.test(fieldText.slice(h.start, h.start + (h.length ?? 0)))
      )
        continue;
      // "Stiftelser och organisationer som inte är statliga eller kommunala": what those who apply may not be.
      if (PUBLIC_OR_STATE.includes(cls) && negatedRightBefore(fieldText.slice(Math.max(0, h.start - 60), h.start)))
        continue;
      // "The start-up phase of new projects": a project's beginning, not young companies.
      if (cls === 'company' && projectStartUpAt(fieldText, h.start, h.start + (h.length ?? 0))) continue;
      if (cls === 'company') {
        const fieldText = h.field === 'title' ? call.title : summary;
        companyWords ??= fieldText.slice(h.start, h.start + (h.length ?? 0));
        if (h.field === 'title') companyInTitle = true;
        else companyAt = [...(companyAt ?? []), h.start];
      } else if (PUBLIC_OR_STATE.includes(cls)) publicNamed = true;
      const r = h.field === 'summary' ? ranges.findIndex(([a, b]) => h.start >= a && h.start < b) : -1;
      if (h.inTopic && r === -1) continue;
      // Health care named outside the sentences on who may apply is the call's field ("ansökningar som rör
      // sjukvård"), not its providers among the applicants.
      if (r === -1 && HEALTH_CARE_WORDS.test(fieldText.slice(h.start, h.start + (h.length ?? 0)))) continue;
      // "You are encouraged to involve researchers or SMEs": whom the call welcomes, read in any sentence.
      if (encourages && h.field === 'summary') {
        const end = h.start + (h.length ?? 0);
        const [from, to] = sentenceAround(summary, h.start, end);
        if (encouragedAround(foldedSlice(summary, from, h.start), foldedSlice(summary, end, to)))
          encouraged = withItem(encouraged, cls);
      }
      // A class named outside a clause on those the work is with: the sentence names who applies.
      if (r !== -1 && !appliersIn.has(r) && !inPartnerClause(foldedSlice(summary, ranges[r][0], h.start)))
        appliersIn.add(r);
      if (h.field === 'summary') {
        const cue = regrantedBefore(foldedSlice(summary, Math.max(0, h.start - 90), h.start));
        if (cue) {
          regrantCue ??= cue;
          regrantedTo = withItem(regrantedTo, cls);
          continue;
        }
      }
      // A mention that can change nothing is not read (notApplicantAt is the dearest check here): its class is
      // mentioned already, and it stands outside the who-may-apply sentences, with nothing left to say of partners.
      if (r === -1 && mentioned?.has(cls) && (h.field !== 'summary' || partnered?.has(cls) || !OURS.includes(cls)))
        continue;
      // A member of those who apply, a recipient of what they deliver, the topic, or bodies abroad.
      const not = notApplicantReason(
        fieldText,
        h.start,
        h.start + (h.length ?? 0),
        foreignAfter(h, textHits),
        hints === undefined ? ALL_HINTS : hints[h.field],
      );
      if (not !== undefined) {
        if (not === 'member' && OURS.includes(cls)) members = withItem(members, cls);
        else if (not === 'recipient' || not === 'served') {
          served = withItem(served, cls);
          if (r !== -1 && OURS.includes(cls)) servedIn.add(r);
          if (OURS.includes(cls) && privateBeside(fieldText, h.start)) servedPrivate = true;
        }
        continue;
      }
      mentioned = withItem(mentioned, cls);
      if (h.field !== 'summary') continue;
      if (
        OURS.includes(cls) &&
        (hints === undefined || (hints.summary & H_PARTNER) !== 0) &&
        partnerSentenceAt(summary, h.start)
      )
        partnered = withItem(partnered, cls);
      if (r === -1) continue;
      // After "including", "such as", "främst" a class is an example: it admits us if it is us, never limits.
      // A class the call encourages or welcomes ("we encourage SMEs to apply", "samverkan med forskare uppmuntras")
      // is no condition: it neither limits the list nor opens it.
      if (
        !OURS.includes(cls) &&
        encouragedAround(
          foldedSlice(summary, ranges[r][0], h.start),
          foldedSlice(summary, h.start + (h.length ?? 0), ranges[r][1]),
        )
      )
        continue;
      // "Minst tre svenska parter varav minst ett företag": a part the group must hold opens the list to the others.
      // A part of our kind ("varav minst en ska vara en kommun") admits that kind and still leaves the rest open.
      if (requiredPartBefore(foldedSlice(summary, Math.max(ranges[r][0], h.start - 60), h.start))) {
        openEnded = true;
        if (!OURS.includes(cls)) continue;
      }
      const hEnd = h.start + (h.length ?? 0);
      // Which of the checks below the sentence's words allow, worked out once per sentence.
      rangeWords[r] ??=
        (ADDRESSEE_WORDS.test(summary.slice(ranges[r][0], ranges[r][1])) ? 1 : 0) |
        (OPEN_END_WORDS.test(summary.slice(ranges[r][0], ranges[r][1])) ? 2 : 0);
      const words = rangeWords[r];
      // "Stödet gäller insatser för kompetensförsörjning till företag och riktar sig till stödaktörer": a class
      // named before a cue that names the applicants after it is what the call is about, not who applies.
      if (
        (words & 1) !== 0 &&
        beforeAddresseeCue(foldedSlice(summary, ranges[r][0], h.start), foldedSlice(summary, hEnd, ranges[r][1]))
      )
        continue;
      // "Universitet, forskningsinstitut med flera kan söka", "föreningar, stiftelser m.fl.": the list goes on.
      if (
        openEndedBefore(foldedSlice(summary, ranges[r][0], h.start)) ||
        ((words & 2) !== 0 && openEndedAfter(foldedSlice(summary, hEnd, ranges[r][1])))
      ) {
        openEnded = true;
        if (!OURS.includes(cls)) {
          examples = withItem(examples, cls);
          exampled.add(r);
          continue;
        }
      }
      // "Kommuner kan söka om det finns särskilda skäl": ours only by exception, neither the rule nor shut out.
      if (OURS.includes(cls)) {
        const cue = exceptionIn(summary.slice(ranges[r][0], ranges[r][1]));
        if (cue !== undefined) {
          exception ??= cue;
          exceptionFor = withItem(exceptionFor, cls);
          continue;
        }
      }
      limiting.add(r);
      targeted = withItem(targeted, cls);
      if (onlyBefore(foldedSlice(summary, Math.max(ranges[r][0], h.start - 60), h.start)))
        onlyNamed = withItem(onlyNamed, cls);
    }
  }
  // Without a list of eligible countries, the who-may-apply sentences may say where applicants must be.
  let swedenFromText = false;
  if (swedenEligible === undefined && (mentions || ranges.length > 0)) {
    const named = new Set<string>();
    swedenEligible = swedenInApplicantPlaces(
      summary,
      ranges,
      mentions ? mentions.filter((m) => m.field === 'summary') : [],
      mentions !== undefined,
      named,
    );
    // "Norwegian institutions are eligible to apply" on a page about EU4Health: Norway besides the Union's countries.
    if (swedenEligible === false && outsideEuOnly(named) && euWideProgramme(call)) swedenEligible = undefined;
    swedenFromText = swedenEligible !== undefined;
  } else if (swedenEligible === false && mentions && swedenNamedForApplicants(summary, ranges, false)) {
    // "Open to applicants from the Nordic and Baltic countries, that is Denmark, Finland, Iceland, Norway and Sweden"
    // beside a list of countries without Sweden: the who-may-apply sentence names it; the list left it out.
    if (
      swedenInApplicantPlaces(
        summary,
        ranges,
        mentions.filter((m) => m.field === 'summary'),
      ) === true
    ) {
      swedenEligible = true;
      swedenFromText = true;
    }
  }
  let openToAll = false;
  let vague: string | undefined;
  let role: string | undefined;
  let existingProjects = false;
  let catchAll: string | undefined;
  let fieldOrgs: string | undefined;
  let onlyGroup: ChosenGroup | undefined;
  let bareOrgs: string | undefined;
  let encouragedList = false;
  let anyKind = false;
  // A finding once made stays made: no later sentence is read for it again (these checks are this loop's cost).
  ranges.forEach(([a, b], r) => {
    const sentence = summary.slice(a, b);
    const folded = foldedSlice(summary, a, b);
    vague ??= vagueActorsIn(sentence);
    role ??= roleIn(sentence);
    catchAll ??= catchAllEndingList(sentence);
    fieldOrgs ??= fieldOrganisationsIn(sentence);
    if (!onlyGroup) {
      const only = onlyGroupIn(sentence);
      if (only) onlyGroup = chosenGroup(only);
    }
    // "Organisations working with young people may apply": no class named, so none is the limit.
    if (
      !anyKind &&
      !limiting.has(r) &&
      namesGenericOrganisations(folded) &&
      !ASSOCIATION_TRAITS.test(folded) &&
      namesGenericOrganisations(folded.replace(WITH_ORGANISATIONS, ' '))
    ) {
      openEnded = true;
      // "Organisations, for example SMEs": organisations of the kinds named.
      if (!exampled.has(r)) anyKind = true;
    }
    if (!existingProjects && onlyExistingProjects(folded)) existingProjects = true;
    // "Bidrag kan beviljas till utbyte med förening eller annan organisation": a sentence naming only those the work
    // is with opens no list of who applies.
    if (!openEnded && namesOtherOrganisations(folded) && (appliersIn.has(r) || !catchAllsOnlyOfPartners(folded)))
      openEnded = true;
    // Public bodies the sentence names as those served ("SMEs that deliver services to the public sector") are not
    // read again as applicants by their wording.
    if (!targeted?.has('public') && !servedIn.has(r) && namesPublicBodies(folded))
      targeted = withItem(targeted, 'public');
    if (!servedIn.has(r)) for (const c of levelBodiesIn(sentence)) targeted = withItem(targeted, c);
    // "Legal entities", "any organisation": everyone, unless the same sentence names its own classes
    // ("the applicant must be a legal entity and an SME").
    if (
      (limiting.has(r) ? !openEnded : !openToAll) &&
      admitsAnyOrganisation(folded) &&
      admitsAnyOrganisation(folded.replace(COUNTED_ENTITIES, ' '))
    ) {
      // "A legal person … who conforms to SME status may apply": the legal form, then the kind it must be.
      if (limiting.has(r)) {
        if (!QUALIFIED_LEGAL_FORM.test(folded)) openEnded = true;
      }
      // "Eligible applicants must be legal entities established in a Member State" beside a list of the kinds
      // ("media organisations", "universities"): a condition every applicant meets, not an opening to any kind.
      else if (!(LEGAL_FORM_REQUIRED.test(folded) && listNamesKindsOnly(call.applicantTypes ?? []))) openToAll = true;
    }
    if (!openEnded && ALSO_WORDS.test(sentence) && alsoAddsKinds(sentence, a, mentions)) openEnded = true;
    // "Alla företag/organisationer med svenskt organisationsnummer kan söka": every organisation.
    if (!openToAll && allOrganisationsIn(folded)) openToAll = true;
    // "Företag och organisationer kan söka": organisations of any kind beside the kinds named.
    if (bareOrgs === undefined) {
      bareOrgs = bareOrganisationsIn(sentence);
      if (bareOrgs !== undefined) openEnded = true;
    }
  });
  // Entries naming bodies the summary names only as those the work is for are no applicants (entry-kinds.ts).
  const entries = (call.applicantTypes ?? []).filter((t) => !servedEntries.has(t));
  // A list of countries without Sweden in a call for applicants in Sweden says where they go, not where they are.
  let swedishApplicants: string | undefined;
  let nordicApplicants: string | undefined;
  let workPlaces = false;
  let projectPlaces = false;
  // "Companies, research institutions, public institutions in Denmark or abroad can take part": the list of
  // countries says where the funder is, not where applicants must be.
  // "Organisationer i Sverige kan inte vara sökande": every Swedish body is outside, whatever else the text says.
  const swedenRefused = summary ? swedenRefusedIn(summary) : undefined;
  if (swedenRefused) {
    swedenEligible = false;
    swedenFromText = true;
  }
  // Read only where a reading below asks (most calls: none does), and once.
  let abroadRead: boolean | undefined;
  const abroadAdmitted = (): boolean => {
    abroadRead ??= !swedenRefused && summary !== '' && abroadAdmittedIn(summary);
    return abroadRead;
  };
  let beyondCountries: readonly string[] | undefined;
  let partnersInSweden: { said: string; lan?: string[] } | undefined;
  // "Foreign partners must be located in … Blekinge län and Kalmar län (Sweden)": partners from those län, named
  // before any admission from abroad at large is read.
  const fromSwedishLan =
    swedenEligible === false && !swedenRefused && summary ? partnersInSwedenIn(summary) : undefined;
  if (fromSwedishLan?.lan) {
    partnersInSweden = fromSwedishLan;
    swedenEligible = undefined;
  } else if (swedenEligible === false && abroadAdmitted()) {
    swedenEligible = undefined;
    if (call.eligibleCountries?.length) beyondCountries = call.eligibleCountries;
  } else if (fromSwedishLan) {
    // "…tillsammans med minst en samarbetspart i Danmark, Finland, … Sverige": applicants there, partners here.
    partnersInSweden = fromSwedishLan;
    swedenEligible = undefined;
  }
  // "Organisations from the Western Balkans can be partner organisations": the list is of where partners come from.
  if (
    swedenEligible === false &&
    partnerCountriesOnly(summary, mentions ?? [], call.eligibleCountries ?? [], call.applicantTypes ?? [])
  )
    swedenEligible = undefined;
  // "Third countries (deployment)": where the volunteers or projects go, not where applicants are.
  if (swedenEligible === false && workPlaceNotes(call.eligibleCountries ?? [])) {
    swedenEligible = undefined;
    projectPlaces = true;
  }
  if (swedenEligible === false && !swedenFromText) {
    swedishApplicants = swedishApplicantsIn(call.title, summary, entries);
    if (swedishApplicants === undefined) {
      nordicApplicants = nordicApplicantsIn(call.title, summary, entries, call.eligibleCountries ?? []);
      swedishApplicants = nordicApplicants;
    }
    if (swedishApplicants !== undefined) swedenEligible = true;
    else if (summary && APPLICANTS_FROM_ANYWHERE.test(summary)) workPlaces = true;
    else if (summary && workPlacesOnly(summary, mentions ?? [], call.eligibleCountries ?? [])) workPlaces = true;
    else if (summary && projectPlacesOnly(summary, call.eligibleCountries ?? [])) {
      swedenEligible = undefined;
      projectPlaces = true;
    }
  }
  // "The candidate can be a Nordic enterprise, organisation, or individual": without a list of countries, applicants
  // said to be Nordic are in the Nordic countries, Sweden among them.
  let nordicAlone = false;
  if (swedenEligible === undefined && !call.eligibleCountries?.length) {
    nordicApplicants = nordicApplicantsIn(call.title, summary, entries, []);
    if (nordicApplicants !== undefined) {
      swedishApplicants = nordicApplicants;
      swedenEligible = true;
      nordicAlone = true;
    }
  }
  let foreignFunder: string | undefined;
  let registeredIn: { country: string; said: string } | undefined;
  let homeAbroadAdmitted: string | undefined;
  // "Applicants must have an Icelandic ID number": registered there, so no Swedish body applies.
  if (swedenEligible === undefined && summary) {
    registeredIn = nationalIdRequired(summary);
    if (registeredIn && abroadAdmitted()) registeredIn = undefined;
    if (registeredIn) swedenEligible = false;
  }
  // "Finnish civil society organisations" as the whole list of applicants: bodies of that country only.
  let foreignApplicants: { country: string; said: string } | undefined;
  // (Not where the call admits partners or applicants from abroad: "a partner … from any country".)
  if (swedenEligible === undefined && entries.length > 0) {
    foreignApplicants = foreignApplicantsOf(entries);
    if (foreignApplicants && (abroadAdmitted() || namesSweden([call.title, summary, ...entries].join(' '))))
      foreignApplicants = undefined;
    if (foreignApplicants) swedenEligible = false;
  }
  // The country a funder's name places it in ("Innovation Fund Denmark"): its home, read once for every use below.
  const funderCountry =
    call.eligibleCountries?.length || contactPointOfEuCall(call) ? undefined : callFunderCountry(call);
  if (swedenEligible === undefined && funderCountry) {
    // "Who? … in Denmark or abroad": a funder abroad that admits applicants from anywhere.
    if (abroadAdmitted()) homeAbroadAdmitted = funderCountry;
    else if (
      !namesSweden(`${call.title} ${summary}`) &&
      !nonNationalsAdmitted([summary, ...entries].join(' ; '), funderCountry)
    ) {
      foreignFunder = funderCountry;
      swedenEligible = false;
    }
  }
  // "Calling for non-profit organisations" in a call whose text names local authorities or governments: a kommun or
  // a region is a non-profit body too, so a list of that word alone shuts neither out (one naming NGOs, civil
  // society or an association's traits does); whether the call counts them, it does not say.
  let nonProfitList: string | undefined;
  if (
    !openEnded &&
    listed.size === 1 &&
    listed.has('civil') &&
    !targeted?.has('civil') &&
    entries.length > 0 &&
    entries.every((e) => BARE_NON_PROFIT.test(foldWording(e))) &&
    (mentioned?.has('municipal') || mentioned?.has('region') || mentioned?.has('public')) &&
    !ASSOCIATION_TRAITS.test(foldWording(summary))
  )
    nonProfitList = entries.join('; ');
  const list = listSignals(entries, vague);
  // "Researchers", "high-tech SMEs" listed where the summary encourages involving them ("you are encouraged to
  // involve researchers or SMEs"): the list holds whom the call welcomes, not who alone may apply.
  if (encouraged && listed.size > 0 && targeted === undefined && [...listed].every((c) => encouraged?.has(c))) {
    openEnded = true;
    encouragedList = true;
  }
  for (let i = 0; i < entries.length && fieldOrgs === undefined; i++)
    fieldOrgs = fieldOrganisationsIn(entries[i], true);
  // A list's "andra juridiska personer" or "legal entities" that the summary writes with a field clause is of that
  // field: the list shortened the summary's words.
  if ((list.openToAll || list.catchAll) && summary) fieldOrgs ??= fieldOrganisationsIn(summary);
  // "I programmet kan delta alla organisationer som jobbar inom området för vuxnas lärande: läroanstalter,
  // föreningar…": a sentence on who takes part that names organisations of a field says who, the kinds after it
  // (and a list of them) its examples.
  if (fieldOrgs === undefined && listed.size > 0 && FIELD_ORG_WORDS.test(summary) && FIELD_VERBS.test(summary)) {
    const lower = summary.toLowerCase();
    if (lower.length === summary.length) {
      for (const [a, b] of partyRanges(lower)) {
        fieldOrgs = fieldOrganisationsIn(summary.slice(a, b));
        if (fieldOrgs !== undefined) break;
      }
    }
  }
  const listQualified = (phrase: string | undefined) =>
    phrase !== undefined && fieldOrgs !== undefined && foldWording(fieldOrgs).includes(foldWording(phrase));
  // "Eligible legal entities (at least three, independent of each other)": a consortium's make-up, not everyone.
  if (list.openToAll && !entries.some(listQualified) && !entries.some((e) => ENTRY_COUNT.test(foldWording(e))))
    openToAll = true;
  // "The call is open to civil society organisations. The following categories of CSOs are eligible: organisations
  // based in …": the list's organisations are of the one kind the text opens the call to, not of any kind.
  const oneKindsOrganisations =
    list.anyKind === true &&
    targeted?.size === 1 &&
    targeted.has('civil') &&
    entries.every((e) => !namesGenericOrganisations(foldWording(e)) || QUALIFIED_ENTRY.test(e.trim()));
  if (list.openEnded && !oneKindsOrganisations) openEnded = true;
  vague = list.vague;
  if (!listQualified(list.catchAll)) catchAll ??= list.catchAll;
  if (list.anyKind && !oneKindsOrganisations) anyKind = true;
  bareOrgs ??= list.bareOrgs;
  const besideOthers = list.besideOthers;
  for (let i = 0; i < entries.length && role === undefined; i++) role = roleIn(entries[i]);
  // A list of nothing but running projects ("ongoing or finalised Interreg projects") admits no new applicant.
  if (!existingProjects && entries.length > 0 && entries.every((e) => existingProjectsEntry(foldWording(e))))
    existingProjects = true;
  // Title and summary as one folded text, for the checks on the whole call (joined once: each join copies both).
  const whole = foldedJoin(call.title, '. ', summary);
  // "Det kan exempelvis vara universitet, institut, företag och kommuner": a list whose every class the summary
  // names as an example only is that sentence's examples, not the limit.
  if (!openEnded && listed.size > 0 && summary && exampleCueIn(whole) && listExemplified(summary, textHits, listed))
    openEnded = true;
  const wholeHints = hints === undefined ? ALL_HINTS : hints.title | hints.summary;
  const textOpens = openToAll || openEnded || opensAnywhere(whole, wholeHints);
  // …or in a sentence on the project's parties ("partnerships of universities, businesses and other actors"),
  // read only where the text opens at all: few calls do.
  if (catchAll === undefined && textOpens && summary && namesOtherOrganisations(foldWording(summary))) {
    const lower = summary.toLowerCase();
    if (lower.length === summary.length) {
      for (const [a, b] of participantRanges(lower)) {
        catchAll = catchAllEndingList(summary.slice(a, b));
        if (catchAll !== undefined) break;
      }
    }
  }
  // "…encourage SMEs and other interested parties (e.g., start-ups, research organisations …) to develop …": a class
  // the list names, then the catch-all: the summary writes the list out, and it goes on.
  if (catchAll === undefined && textOpens && summary && listed.size > 0) {
    for (const h of textHits) {
      if (h.field !== 'summary' || h.ref.kind !== 'applicant' || !listed.has(h.ref.cls)) continue;
      const end = h.start + (h.length ?? 0);
      const [from, to] = sentenceAround(summary, h.start, end);
      // (In a sentence on applying, not refusing: "tar inte emot ansökningar från forskare eller andra organisationer",
      // "finansieras av kommunen eller andra parter".)
      const sentence = foldedSlice(summary, from, to);
      if (!APPLY_OR_INVITE_WORDS.test(sentence) || REFUSAL.test(sentence) || NEGATION_WORD.test(sentence)) continue;
      const found = catchAllEndingList(summary.slice(h.start, to));
      const next = summary.slice(end, end + 90).replace(/^\s*(?:,|and|or|as well as|och|eller|samt)\s*/iu, '');
      if (found !== undefined && next.startsWith(found)) {
        catchAll = found;
        break;
      }
    }
  }
  const titleText = fold(plain(call.title));
  const fk = funderKey(call);
  const funderText = fk.text;
  const key = ` ${funderText && titleText ? `${funderText} ${titleText}` : funderText || titleText} `;
  const icld = ICLD_FUNDER.some((k) => key.includes(k));
  // As detectArea, with the funder's entry looked up once.
  const titleKey = ` ${withoutGeneration(titleText)} `;
  const named = withTitleStrand(fk.programme, titleKey) ?? undefined;
  let ap = areaAndProgramme(
    call.programmeArea || (fk.area ?? areaIn(titleKey) ?? undefined),
    named,
    summary,
    call.funder,
  );
  // A national scheme a region or länsstyrelse only handles is not limited to its län (core/match/national-scheme.ts).
  const national = call.programmeArea ? undefined : nationalSchemeOf(call, ap.areaId, summary);
  if (national) ap = { areaId: undefined, programmeId: programmeOf(undefined, named) };
  // A länsstyrelse's or region's own area, where the text draws a wider one around its län ("Distriktet omfattar
  // Blekinge, Kalmar, Östergötlands och Gotlands län"): a water district or a scheme of several län that one of them
  // hosts is the text's area, not the host's.
  else if (ap.areaId && !call.programmeArea && summary) {
    const own = AREA_BY_ID.get(ap.areaId);
    if (own && ownCallsArea(own)) {
      const wider = textArea(call.title, summary, hints);
      // (Not a programme's area the text names, "ERUF Övre Norrland": the host's own money stays its län's.)
      if (
        wider &&
        !wider.areaId &&
        !wider.touches &&
        !wider.abroad &&
        wider.lan.length > 1 &&
        own.lan.every((l) => wider.lan.includes(l))
      )
        ap = { areaId: undefined, programmeId: ap.programmeId };
    }
  }
  // "Coastal EU Member States of the Mediterranean": a list of a basin abroad's countries holds no Sweden. (A
  // programme area the data knows says so in its own words: "outside the programme area".)
  const countryList = call.eligibleCountries ?? [];
  if (
    !ap.areaId &&
    countryList.length > 0 &&
    countryList.every((e) => BASIN_ABROAD.test(foldWording(e)) && !EU_ENTRY.test(e))
  )
    swedenEligible = false;
  const period = otherPeriod(call, ap.programmeId);
  const own = programmeCountries(ap.areaId, ap.programmeId);
  // The funder's own country ("Innovation Fund Denmark": "challenges in Danish society") is its home, no partner.
  const home = homeCountry(call.eligibleCountries) ?? funderCountry;
  const countryGroups = new Map<string, string>();
  const countries = partnerCountries(
    mentions
      ? mentions.filter((m) => !(own && ownGroup(m, own)) && !(home && m.names.length === 1 && m.names[0] === home))
      : [],
    {
      title: call.title,
      summary: call.summary ?? '',
    },
    countryGroups,
  );
  // A call without a programme area of its own may still be limited to one by its text ("Småland och öarna"); so
  // may a call of another period, whose area the programme data does not describe: there the programme's name
  // counts as its title does ("Regionalfondsprogrammet Stockholm 2014-2020" names the area it is for). Where the
  // data holds that period's area, it is read as today's area is for a call of today: a län in the text is a
  // partner's or a project's ("tre med anknytning till Kalmar län"), not the programme's limit.
  const periodArea = period && ap.areaId ? AREA_BY_ID.get(ap.areaId) : undefined;
  // Without an area of its own, a programme may name one after its name ("Europeiska socialfonden+ (ESF+), Övre
  // Norrland"): the call is that area's part of it. In both cases the programme's name counts as the title does.
  // A national programme applied for at one national body (Klimatklivet), not at each län's: a län its list of
  // countries names is the page's, not the limit.
  const ofProgramme = ap.programmeId ? PROGRAMME_BY_ID.get(ap.programmeId) : undefined;
  const nationwide = ofProgramme?.geography === 'sweden' && !ofProgramme.appliedForInOwnLan;
  const textNamed =
    !ap.areaId || (period && !(periodArea && areaInPeriod(periodArea, period)))
      ? textArea(
          call.programme ? `${call.title}\n${call.programme}` : call.title,
          summary,
          hints && call.programme ? { title: ALL_HINTS, summary: hints.summary } : hints,
          ap.areaId
            ? undefined
            : entriesWithLan(call.applicantTypes, national || nationwide ? undefined : call.eligibleCountries),
        )
      : undefined;
  // A funder named for a place abroad ("Nylands förbund", "Vasa stad", "Aktion Österbotten") gives for that place,
  // unless the call opens to Sweden or belongs to a programme open across several countries.
  const geography = ap.programmeId ? PROGRAMME_BY_ID.get(ap.programmeId)?.geography : undefined;
  // A place abroad in a call whose list of countries holds Sweden: the Swedish län the text names, if any, are where
  // Swedish partners may come from ("Partners from … Norrbotten, Västerbotten … may take part").
  // So too in a call of several countries that names the Swedish part of its area ("Norrbotten and Västerbotten in
  // Sweden", "in Sweden, Norrbotten and Västerbotten counties").
  // (Not a call of a programme with an area of its own: the programme data says where, in every period.)
  const swedishPartnerLan =
    swedenEligible === true && !ap.areaId && summary
      ? swedishPartnerLanIn(summary, textNamed?.abroad === true, call.eligibleCountries)
      : undefined;
  // "Östergötlands län eller angränsande län": the län named and those next to it (lan.json `neighbours`).
  const textWhere =
    textNamed &&
    textNamed.lan.length > 0 &&
    !textNamed.abroad &&
    neighboursJoinedIn(summary, call.eligibleCountries ?? [])
      ? withNeighbours(textNamed)
      : textNamed;
  const where =
    textWhere ??
    (!ap.areaId && swedenEligible !== true && (geography === undefined || geography === 'sweden')
      ? placeAbroadInName(call.funder)
      : undefined);
  // Built key by key, not by spreading optional parts: spreads cost more than the rest of this function, and
  // the keys keep the same order.
  const out: Partial<CallSignals> = { areaId: ap.areaId, programmeId: ap.programmeId };
  if (ap.programmeId && PROGRAMME_BY_ID.get(ap.programmeId)?.localAreas) {
    const lan = lanNamedIn(`${call.funder} ${call.title}`);
    if (lan) out.localAreaLan = lan;
  }
  // Not the funder's country's: a programme with an area of its own (PEACEPLUS, run from Ireland) is for that area,
  // and the office of a programme with one call for all its countries ("Nordplus (State Education Development
  // Agency, Latvia)") publishes that call for applicants in all of them.
  if (foreignFunder && (ap.areaId || (ap.programmeId && PROGRAMME_BY_ID.get(ap.programmeId)?.oneCallForAllCountries))) {
    foreignFunder = undefined;
    swedenEligible = undefined;
  }
  if (ap.areaId && !call.programmeArea) {
    // (Not a region's own grant towards other programmes: "Projektförberedande stöd för Interreg Central Baltic och
    // Östersjöprogrammet" from Region Östergötland is for its own län.)
    const towards = AREA_BY_ID.get(ap.areaId)?.publisher === true && TOWARDS_PROGRAMME.test(nameKey(call.title));
    const areas =
      (towards ? undefined : listedAreas(call.programme, call.title)) ??
      neighbourLanAreas(ap.areaId, call.eligibleCountries);
    if (areas) out.areas = areas.includes(ap.areaId) ? areas : [ap.areaId, ...areas];
  }
  if (period) out.otherPeriod = period;
  if (national) out.nationalScheme = national;
  if (swedishPartnerLan) {
    out.swedishPartnerLan = swedishPartnerLan.lan;
    if (swedishPartnerLan.refused) out.swedishLanRefused = true;
  }
  // "Lead applicants must be based in … Norrbotten and Västerbotten … Partners may be located anywhere in the Nordic
  // countries": the län are the lead's; a partner may be elsewhere (funded, unless the sentence says otherwise).
  // (Read only where its words stand: this runs for every call.)
  const anywhere = summary && ANYWHERE_WORDS.test(summary) ? PARTNERS_ANYWHERE.exec(summary) : null;
  if (anywhere) {
    const rest = summary.slice(anywhere.index + anywhere[0].length).split(/[.!?](?:\s|$)/u)[0];
    if (!UNFUNDED.test(foldWording(rest))) out.partnersAnywhere = anywhere[0].trim();
  }
  // Asked by a programme open outside the EU only, whose data would otherwise shut Swedish bodies out.
  // (Also a place abroad with Sweden in the list of countries: "…at least one partner from another country. Partner
  // municipalities can receive …": Swedish bodies among those admitted.)
  if ((geography === 'non-eu' || (textNamed?.abroad && swedenEligible === true)) && abroadAdmitted())
    out.abroadAdmitted = true;
  if (ap.areaId && summary && !call.programmeArea) {
    const a = AREA_BY_ID.get(ap.areaId);
    if (a && ownCallsArea(a)) {
      const preferred = areaPreference(summary);
      if (preferred) out.areaPreferred = preferred;
      const anySeat = seatNotRequired(summary);
      if (anySeat) out.seatNotRequired = anySeat;
    }
    // "Aktörer i län som gränsar till programområdet kan delta som partner med budget": a region's own call or a
    // programme's.
    const neighbours = a && a.lan.length > 0 ? neighboursAdmitted(summary) : undefined;
    if (neighbours) out.neighboursAdmitted = neighbours;
    if (neighbours && neighboursKommunerOnly(neighbours)) out.neighboursKommunerOnly = true;
    // The call's own words on its programme area's Swedish län ("Programområdet omfattar på svensk sida …").
    const stated = programmeAreaStatedIn(summary);
    const statedLan = stated ? lanIdsNamedIn(stated) : [];
    if (stated && statedLan.length > 0) out.statedArea = { lan: statedLan, said: stated.trim() };
    // An Interreg programme's adjacent areas, funded, by län or NUTS code.
    // (Or other län's bodies named as funded co-applicants: "kommuner i Blekinge och Kalmar län kan vara medsökande
    // med egen budget".)
    const adjacent = a && a.lan.length > 0 ? (adjacentAreasIn(summary) ?? fundedPartnersOfLanIn(summary)) : undefined;
    const taken = adjacent && a ? otherLanTakenIn(adjacent, a.lan) : undefined;
    if (taken) out.adjacentAreas = taken;
  }
  // A kind of territory (islands, the outermost regions, land-border areas): where no programme area is named, the
  // call's whole area; within one, those that say more of a kommun (a programme's archipelago or border call).
  const territory = territoryLimitIn(call.title, summary, call.applicantTypes ?? [], call.eligibleCountries ?? []);
  if (territory && (!ap.areaId || WITHIN_AREA_KINDS.has(territory.kind))) {
    out.territory = territory;
    // "Regional public authorities (Strand 2)" beside "Local authorities bordering the sea (Strand 1)".
    const regions =
      territory.kind === 'coast' || territory.kind === 'island-municipalities'
        ? ((call.applicantTypes ?? []).find((e) => entryNamesKind(e, 'region') && !SEA_WORD.test(e)) ??
          (summary ? fundedRegionsIn(summary) : undefined))
        : undefined;
    if (regions) out.regionsBesideTerritory = regions;
    // "At least one partner located in the sub-programme area": the others may be elsewhere in the programme's.
    const one = summary ? ONE_PARTNER_THERE.exec(summary) : null;
    if (one) out.onePartnerThere = one[0].trim();
    // "Partners located in transition or more developed regions may participate as beneficiaries".
    const others = summary ? otherRegionsAdmittedIn(summary) : undefined;
    if (others) out.otherRegionsAdmitted = others;
  }
  if (where) {
    out.textArea = where;
    // "Samverkansparter med egen budget från andra delar av Sverige": a call of one area paying parties from elsewhere.
    const elsewhere = summary && !ap.areaId && !where.abroad ? otherPartsPartnersIn(summary) : undefined;
    if (elsewhere) out.partiesElsewhere = elsewhere;
    // "Kommuner i angränsande län (Jönköpings, Kalmar … län) kan ingå som medsökande med egen budget": other län's
    // bodies named as funded parties beside the call's own län.
    const funded =
      summary && !ap.areaId && !where.abroad && where.lan.length > 0 ? fundedPartnersOfLanIn(summary) : undefined;
    const taken = funded && !out.adjacentAreas ? otherLanTakenIn(funded, where.lan) : undefined;
    if (taken) out.adjacentAreas = taken;
    // "Sökande behöver dock inte ha sitt säte i länen": the area is where the work is done, not the applicants'.
    const anySeat = summary && !where.abroad ? seatNotRequired(summary) : undefined;
    if (anySeat) out.seatNotRequired = anySeat;
    // "Kommuner i Blekinge län" beside "Regioner (hela landet)": the area binds one kind of body, not the other.
    const places: Partial<Record<BodyKind, ClassPlace>> = {};
    for (const kind of ['kommun', 'region'] as const) {
      const place = classPlaceIn(kind, call.applicantTypes ?? [], summary ?? '');
      if (place) places[kind] = place;
    }
    if (places.kommun || places.region) out.classPlaces = places;
  }
  const coastRefused = summary ? coastRefusedIn(summary) : undefined;
  if (coastRefused) out.coastRefused = coastRefused;
  const excepted = summary ? exceptedKommunerIn(summary) : undefined;
  if (excepted) out.exceptedKommuner = excepted;
  const refusedNames = summary ? refusedByNameIn(summary) : undefined;
  if (refusedNames) out.refusedByName = refusedNames;
  const exceptedLan = exceptedLanIn(summary ?? '', call.eligibleCountries ?? []);
  if (exceptedLan) out.exceptedLan = exceptedLan;
  // A län's own grant ("Länsstyrelsen i Norrbottens län", a region) may be for a few of its kommuner, by name; so
  // may a LEADER area a text names by its landscape ("Lappland": "täcker … två kommuner i Norrbotten (A och B)").
  if (summary && (!ap.areaId || oneLan(ap.areaId))) {
    const kommuner = municipalAreaIn(summary) ?? municipalAreaOfCountries(call.eligibleCountries);
    if (kommuner) out.municipalArea = kommuner;
  }
  // Beside kommuner by name, "övriga kommuner i länet kan delta som samverkansparter" with a share of the money.
  const others = summary ? otherKommunerAsParties(summary, lanIdsNamedIn) : undefined;
  if (others && !UNFUNDED.test(foldWording(others.said))) out.otherKommunerParties = others;
  // Partners from outside the programme area: read for a programme's call, and for any call naming the EU.
  const outside = summary && (ap.areaId || EU_WORDS.test(summary)) ? outsidePartnersIn(summary) : undefined;
  // "Samverkansparter från andra delar av Sverige … kan få ersättning": from the rest of the country, for an area's call.
  const otherParts = ap.areaId && summary && !outside ? otherPartsPartnersIn(summary) : undefined;
  // "Partners located in other EU regions outside the programme area may participate as beneficiaries with their
  // own ERDF budget": partners from any EU country, Sweden's among them, whatever the list of countries says.
  if (outside && !outside.unfunded && OTHER_EU.test(outside.said)) out.euPartnersOutside = outside.said;
  if (ap.areaId && summary) {
    // An area of other countries alone (EEA and Norway Grants' beneficiary states) whose call takes funded partners
    // "from any other EU Member State": those from Sweden too.
    const abroad =
      outside === undefined && AREA_BY_ID.get(ap.areaId)?.lan.length === 0 && !swedenRefused
        ? abroadAdmittedSaid(summary)
        : undefined;
    if (outside) out.outsidePartners = outside;
    else if (otherParts) out.outsidePartners = { said: otherParts };
    else if (abroad) out.outsidePartners = { said: abroad };
  }
  const group = localActionGroup(call.funder, call.programme);
  if (group) {
    out.localGroup = group;
    const place = placeOfName(group);
    if (place) out.localGroupPlace = place;
  }
  // A kommun's own grant, naming no programme or area of wider reach: for its own area. (A city's call listing
  // countries, Sweden among them, is for cities of those countries: "City of Tartu … Denmark, Estonia, … Sweden";
  // unless they are where its partner towns are, read below.) So is national money a
  // kommun hands out within itself ("Vindelns kommun har beslutat avsätta 700 tusen kronor till orter inom kommunen").
  // (Not a fund several kommuner keep together, named by their names, the funder's among them: "Kommunerna i
  // Luleåregionen – Luleå, Boden, … – har avsatt medel": its area is theirs, read above.)
  const sharedFund =
    out.municipalArea !== undefined &&
    out.municipalArea.names.length > 1 &&
    ownMunicipality?.some((m) => out.municipalArea?.names.some((n) => m.startsWith(n))) === true;
  if (
    ownMunicipality &&
    !sharedFund &&
    !ap.areaId &&
    !(
      swedenEligible === true &&
      countriesOfList(call.eligibleCountries ?? []).size > 1 &&
      // ("Call for partner cities … located in the Nordic countries (…, Sweden)": new partners, Sweden named.)
      // ("…invites coastal municipalities in the Baltic Sea countries": a group of countries, Sweden among them.)
      (!summary ||
        summary.search(PARTNER_TOWNS) === -1 ||
        swedenNamedForApplicants(summary, ranges, true) ||
        mentions?.some((m) => m.field === 'summary' && m.names.length > 1 && m.names.includes('Sweden')) === true ||
        // (An entry of the list that is such a group by itself: "Baltic Sea countries".)
        (call.eligibleCountries ?? []).some((e) => {
          const names = countriesOfList([e]);
          return names.size > 1 && names.has('Sweden');
        }) ||
        // ("…open to municipalities in Klaipėda County, Kalmar County and Blekinge County": Swedish län named.)
        (textWhere !== undefined && textWhere.lan.length > 0 && !textWhere.abroad))
    ) &&
    (!ap.programmeId ||
      (PROGRAMME_BY_ID.get(ap.programmeId)?.geography === 'sweden' && WITHIN_THE_KOMMUN.test(summary)))
  )
    out.municipality = ownMunicipality;
  if (swedenFromText) out.swedenFromText = swedenFromText;
  // (The pattern only where its words stand: most summaries hold neither.)
  const ownUnitsSaid = summary && /egna|own/i.test(summary) ? OWN_UNITS_APPLY.exec(summary) : null;
  if (ownUnitsSaid) out.ownUnitsApply = ownUnitsSaid[0];
  if (ownMunicipality && summary) {
    const towns = [...summary.matchAll(PARTNER_TOWNS)].map((m) =>
      sentenceAt(summary, m.index ?? 0, (m.index ?? 0) + 1).trim(),
    );
    if (towns.length > 0) out.partnerTowns = [...new Set(towns)];
  }
  if (/Region\s/u.test(call.funder)) {
    const found = [...call.funder.matchAll(FUNDER_REGION)];
    const regions = found.map((m) => fold(m[0].toLowerCase()));
    if (regions.length > 0) out.funderRegions = regions;
    // "Region Kronoberg och Region Kalmar län": a call the regions give together is for all their län.
    if (found.length > 1 && ap.areaId && AREA_BY_ID.get(ap.areaId)?.publisher && !out.areas) {
      const ids = new Set([ap.areaId]);
      for (const m of found) {
        const id = areaIn(nameKey(m[0]));
        if (id && AREA_BY_ID.get(id)?.publisher) ids.add(id);
      }
      if (ids.size > 1) out.areas = [...ids];
    }
  }
  // "Medlen kan sökas av kommunerna i länet och av Region Kronoberg", an entry "Region Kronoberg": a region by name.
  // (Not one the application goes to or that funds it: "ansökan skickas till Region Kronoberg", "finansieras av".)
  const whoText = [...(call.applicantTypes ?? []), ...ranges.map(([a, b]) => summary.slice(a, b))].join('; ');
  // "Sökande kan vara regionens egna verksamheter" in a region's own call: that region's units apply.
  // "De tre regionerna kan själva vara projektägare eller medsökande": the funders apply to their own call.
  const fundersApply = out.funderRegions ? FUNDERS_APPLY.exec(summary) : null;
  if (fundersApply && !REGIONS_OWN_UNITS.test(whoText)) out.fundersApply = fundersApply[0].replace(/^[^\p{L}]+/u, '');
  const ownUnits = out.funderRegions && (REGIONS_OWN_UNITS.test(whoText) || fundersApply) ? out.funderRegions : [];
  if (ownUnits.length > 0) out.applicantRegions = ownUnits;
  if (/Region\s/u.test(whoText)) {
    const regions = [...whoText.matchAll(FUNDER_REGION)]
      .filter(
        (m) =>
          !NOT_APPLYING_BEFORE.test(whoText.slice(Math.max(0, (m.index ?? 0) - 40), m.index)) &&
          !refusedAfter(whoText, (m.index ?? 0) + m[0].length),
      )
      .map((m) => {
        const name = fold(m[0].toLowerCase());
        // "Region Kronobergs egna verksamheter": the region's own units, the region named in the genitive.
        return name.endsWith('s') && OWN_UNITS_AFTER.test(whoText.slice((m.index ?? 0) + m[0].length))
          ? name.slice(0, -1)
          : name;
      });
    if (regions.length > 0) out.applicantRegions = [...ownUnits, ...regions];
  }
  const kommunKind = call.applicantTypes ? kommunKindEntry(call.applicantTypes) : undefined;
  if (kommunKind) out.kommunKind = kommunKind;
  if (swedenRefused) out.swedenRefused = swedenRefused;
  else if (summary) {
    const unfunded = swedenUnfundedIn(summary);
    if (unfunded) out.swedenUnfunded = unfunded;
    // "Swedish … partners from the programme area, including Norrbotten, Västerbotten …": where they may come from, by
    // the län the sentence names or the programme area it names.
    const named = unfunded ? lanIdsNamedIn(unfunded) : [];
    const ofArea =
      unfunded && ap.areaId && /programme area|programområde/iu.test(unfunded) ? AREA_BY_ID.get(ap.areaId)?.lan : [];
    const unfundedLan = named.length > 0 ? named : (ofArea ?? []);
    if (unfundedLan.length > 0) out.swedenUnfundedLan = unfundedLan;
  }
  if (foreignFunder) out.foreignFunder = foreignFunder;
  if (registeredIn) out.registeredIn = registeredIn;
  if (foreignApplicants) out.foreignApplicants = foreignApplicants;
  if (homeAbroadAdmitted) out.homeAbroadAdmitted = homeAbroadAdmitted;
  if (!ap.areaId) {
    // The programme's name may say where its work is when the title says it in short ("… in the ORs and OCTs").
    const basin =
      basinAbroadOf(call.title, summary ?? '') ??
      (call.programme ? basinAbroadOf(call.programme, summary ?? '') : undefined);
    if (basin) out.basinAbroad = basin;
    else {
      const scope = summary ? basinScopeOf(summary) : undefined;
      if (scope?.oneTopic) out.basinOfOneTopic = scope.basins;
      else if (scope) {
        out.basinAbroad = scope.basins;
        out.basinStates = true;
      }
    }
    const local = localAreaIn(summary ?? '', out.municipalArea ? '' : call.funder);
    if (local) out.localArea = local;
  }
  if ([call.title, call.programme ?? ''].some((f) => STIPEND.test(f) && !NOT_ONLY_STIPEND.test(f))) out.stipend = true;
  if (workPlaces) out.workPlaces = call.eligibleCountries;
  if (projectPlaces) out.projectPlaces = call.eligibleCountries;
  else if (beyondCountries) out.beyondCountries = beyondCountries;
  if (partnersInSweden) {
    out.partnersInSweden = partnersInSweden.said;
    if (partnersInSweden.lan) out.partnersInSwedenLan = partnersInSweden.lan;
  }
  if (swedishApplicants) out.swedishApplicants = swedishApplicants;
  if (nordicApplicants) out.nordicApplicants = true;
  if (nordicAlone) out.nordicAlone = true;
  out.swedenEligible = swedenEligible;
  // Where the applicants are when Sweden is not among them: the call's list as written, else the funder's country.
  if (swedenEligible === false) {
    const places = call.eligibleCountries?.length ? call.eligibleCountries : foreignFunder ? [foreignFunder] : [];
    if (places.length > 0) out.applicantPlaces = places;
  }
  // (A list of "non-profit organisations" alone beside local authorities names no class: its words are told.)
  out.listed = nonProfitList ? EMPTY : listed;
  // "Föreningar … kan via kommunen söka pengar": the kommun applies for them, so it is an applicant too.
  if (summary && /kommunen|municipality/i.test(summary) && VIA_MUNICIPALITY.test(foldWording(summary)))
    targeted = withItem(targeted, 'municipal');
  out.targeted = targeted ?? EMPTY;
  if (openToAll) out.openToAll = openToAll;
  // "Har du, din förening eller ditt företag en projektidé?": the reader and their organisations, named by example.
  if (!openEnded && summary && YOU_AND_YOURS.test(summary)) openEnded = true;
  if (openEnded) out.openEnded = openEnded;
  if (catchAll) out.catchAll = catchAll;
  // The words are looked for field by field (none spans a line break): most calls have none, and are not joined.
  if (HOST_WORD.test(call.title) || HOST_WORD.test(summary) || entries.some((e) => HOST_WORD.test(e))) {
    const host = openHostIn([call.title, summary, ...entries].join('\n'));
    if (host) out.host = host;
  }
  if (anyKind) out.anyKind = anyKind;
  if (list.anyKind && !oneKindsOrganisations) out.listAnyKind = true;
  if (partnered) out.partnered = partnered;
  if (regrantedTo && regrantCue) out.regranted = { classes: regrantedTo, said: regrantCue };
  if (onlyNamed) out.onlyNamed = onlyNamed;
  if (examples) out.examples = examples;
  if (namesRegionalLevel(whole)) out.regionalLevel = true;
  if (regionsAmongBodies) out.regionsAmongBodies = regionsAmongBodies;
  if (besideOthers) out.listedBesideOthers = besideOthers;
  if (vague) out.vague = vague;
  if (fieldOrgs) out.fieldOrgs = fieldOrgs;
  if (bareOrgs) out.bareOrgs = bareOrgs;
  if (encouragedList) out.encouragedList = true;
  if (nonProfitList) out.ownList = nonProfitList;
  let unfunded = summary ? notPubliclyFundedIn(summary) : undefined;
  for (let i = 0; i < entries.length && unfunded === undefined; i++) unfunded = notPubliclyFundedIn(entries[i]);
  if (unfunded) out.notPubliclyFunded = unfunded;
  let alreadyFunded = summary ? alreadyFundedApplicantsIn(summary) : undefined;
  for (let i = 0; i < entries.length && alreadyFunded === undefined; i++)
    alreadyFunded = alreadyFundedIn(foldWording(entries[i]));
  if (alreadyFunded) out.alreadyFunded = alreadyFunded;
  let alreadyIn = summary ? alreadyInApplicantsIn(summary) : undefined;
  for (let i = 0; i < entries.length && alreadyIn === undefined; i++) alreadyIn = alreadyInIn(foldWording(entries[i]));
  // "Projektägare i pågående projekt … och nya sökanden": those already in are one kind of applicant among others.
  if (alreadyIn && !newApplicantsBeside(summary, entries)) out.alreadyIn = alreadyIn;
  const theirs = theirPartnersIn(entries, summary);
  if (theirs) out.theirPartners = theirs;
  const several = summary ? severalCallsIn(summary) : undefined;
  if (several) out.severalCalls = several;
  // "Designated candidate entities resulting from the Expression of Interest": a list entry of a chosen group, or
  // the summary's first sentence setting the work up for them.
  // ("Mission Cities; Any European City": a list whose other entry opens the call to any body of a kind is not
  // for the chosen group alone.)
  if (!entries.some((e) => ANY_OF_KIND_ENTRY.test(e)))
    for (let i = 0; i < entries.length && onlyGroup === undefined; i++) onlyGroup = chosenEarlierIn(entries[i]);
  if (onlyGroup === undefined && summary) onlyGroup = chosenEarlierIn(summary, false);
  if (onlyGroup) out.onlyGroup = onlyGroup;
  let youngGroup = summary ? youngGroupIn(summary) : undefined;
  for (let i = 0; i < entries.length && youngGroup === undefined; i++) youngGroup = youngGroupIn(entries[i], true);
  if (youngGroup) out.youngGroup = youngGroup;
  const youthInProjectsSaid = youngGroup ? undefined : youthInProjects(entries, call.title, call.summary);
  if (youthInProjectsSaid) out.youthInProjects = youthInProjectsSaid;
  if (exception && exceptionFor) {
    out.exception = exception;
    out.exceptionFor = exceptionFor;
  }
  // A list naming none of the kinds the engine knows, nor any wording that opens it, says who applies in its own
  // words: those words are told, not programme data.
  if (
    entries.length > 0 &&
    listed.size === 0 &&
    !openToAll &&
    !openEnded &&
    !vague &&
    !catchAll &&
    !anyKind &&
    !role &&
    !fieldOrgs &&
    !bareOrgs &&
    !existingProjects &&
    !onlyGroup &&
    !youngGroup &&
    !members
  ) {
    const own = entries.join('; ');
    out.ownList = own.length > 140 ? `${own.slice(0, 137)}…` : own;
    // "Legal persons registered in Estonia; self-employed persons; legal persons governed by private law": no
    // Swedish public body among them.
    const folded = entries.map(foldWording);
    if (folded.some(anyQualifiedAway) && folded.every((e) => anyQualifiedAway(e) || PERSONS_ENTRY.test(e)))
      out.privateOrAbroad = true;
    // "Stockholms kommun; Göteborgs kommun; Sigtunaskolan": recipients by their names, one of them a kommun.
    if (entries.some(oneNamedMunicipality) && entries.every((e) => /^\s*\p{Lu}/u.test(e)))
      out.namedRecipients = entries;
  }
  if (listed.has('municipal') || targeted?.has('municipal')) {
    const local = localAuthoritiesOnly([...entries, ...ranges.map(([a, b]) => summary.slice(a, b))]);
    if (local) out.localAuthorities = local;
  }
  if (role) out.role = role;
  // Read call-wide (the sense one text gives "towns" holds in the others), the list of applicants first: its words
  // are the condition's own, quoted where a kommun's size is not known.
  const limits = populationLimitsOf([...entries, call.title, summary]);
  if (limits.length > 0) {
    out.populationLimits = limits;
    const smaller = smallerAdmittedIn(summary);
    if (smaller) out.smallerAdmitted = smaller;
    const anySize = anySizeAdmittedIn([...entries, summary]);
    if (anySize) out.anySizeAdmitted = anySize;
    const larger = largerAdmittedIn([...entries, summary]);
    if (larger) out.largerAdmitted = larger;
  } else {
    // A competition for cities of some size ("Access City Award") that does not repeat its size limit in the call.
    const programme = ap.programmeId ? PROGRAMME_BY_ID.get(ap.programmeId) : undefined;
    if (programme?.minPopulation) out.populationLimits = [programmeLimit(programme.name, programme.minPopulation)];
  }
  const research = researchCallIn(call.title) ?? (summary ? researchCallIn(summary) : undefined);
  if (research) out.researchCall = research;
  const tender = tenderCallIn(call.title, summary);
  if (tender) out.tenderCall = tender;
  if (ranges.length > 0 || entries.length > 0) out.saysWho = true;
  if (existingProjects) out.existingProjects = existingProjects;
  if (members) out.members = members;
  if (served && OURS.some((c) => served.has(c)) && (servedPrivate || served.has('company')))
    out.servesPublicAndPrivate = true;
  if (textOpens) out.textOpens = textOpens;
  const namesPublic =
    publicNamed ||
    [listed, targeted ?? EMPTY, members ?? EMPTY, partnered ?? EMPTY].some((set) =>
      PUBLIC_OR_STATE.some((c) => set.has(c)),
    );
  if (namesPublic) out.namesPublic = true;
  // A list naming companies beside persons, associations or organisations of any kind ("individuals, associations,
  // organisations, companies") does not address companies: they are one kind among many.
  const listsCompaniesAmongOthers =
    listed.has('company') && (openToAll || [...listed].some((c) => c !== 'company' && c !== 'research'));
  const companies = companiesAddressed(
    summary,
    { words: companyWords, inTitle: companyInTitle, at: companyAt },
    (listed.has('company') && !listsCompaniesAmongOthers) || targeted?.has('company') === true,
    namesPublic,
  );
  if (companies !== undefined) {
    // Named only in the list of applicants: that entry is the call's word for them.
    const words =
      companies || entries.find((e) => whoAndWhere(e).some((ref) => ref.kind === 'applicant' && ref.cls === 'company'));
    if (words) out.companies = words;
  }
  out.mentioned = mentioned ?? EMPTY;
  // A fund of no programme for Sweden and one other country ("Sweden", "Lithuania"): bilateral, the other is the
  // partner (the fund's own name, "Sweden-Lithuania Cooperation Fund", is a hyphen chain read as no partner).
  const bilateral = ap.programmeId || ap.areaId ? undefined : bilateralPartner(call.eligibleCountries);
  out.countries = bilateral ? new Set([...(countries ?? []), bilateral]) : (countries ?? EMPTY);
  if (countryGroups.size > 0) out.countryGroups = countryGroups;
  out.nameKey = key;
  out.icld = icld;
  out.icldMunicipal = icld && ICLD_MUNICIPAL.some((k) => key.includes(k));
  return out as CallSignals;
}
