/**
 * A call limited to a kind of territory rather than to named places: islands ("open to EU islands", "islands or
 * groups of islands", "only projects benefitting the islands and archipelago parts", an "Archipelago and Islands
 * sub-programme"), the EU's outermost regions ("any entity based in one of the outermost regions"), its less
 * developed regions (GDP per head under 75 % of the average; Sweden has none in any period), territories on an
 * internal land border ("the territory … must share at least one EU internal land border"), or kommuner on the sea
 * coast ("kustkommuner", "coastal municipalities"). Which kind a body's own territory is the reference data says only
 * in part: Sweden has no outermost region, a län without a land border to another country (lan.json `landBorders`)
 * holds no border territory, and a län or kommun the data places inland (`seaCoast`, `inlandMunicipalities`) no coast
 * or island; whether another kommun's area holds islands or coast, or lies at the border, the call cannot say.
 */
import { fold, foldKeepingOffsets } from '../text/fold.ts';
import { sentenceAround } from '../text/sentences.ts';
import { NEGATION_WORD, REFUSAL_WORDS } from './refusal-words.ts';
import { UNFUNDED } from './where-text.ts';

export type TerritoryKind =
  | 'islands'
  | 'island-municipalities'
  | 'outermost'
  | 'border'
  | 'less-developed'
  | 'coast'
  | 'coastal-region';

export interface TerritoryLimit {
  kind: TerritoryKind;
  /** The call's words, as written. */
  said: string;
  /**
   * A border limit on kommuner that touch the border themselves ("kommuner vars territorium gränsar mot Finland",
   * "kommuner med landgräns"), not on border regions ("border regions with a land border": all of a border län).
   */
  ofKommuner?: true;
  /** Said as a focus or defined after one ("a particular focus on less developed regions"): weighed, no limit. */
  focus?: true;
}

/** (Not the islands of a programme area's name: "endast regionen Småland och öarna" is four län.) */
const ISLANDS =
  /(?:open to|for|aimed at|till)\s+(?:all\s+|the\s+)?(?:eu\s+|european\s+)?(?:islands|oar)(?![\p{L}])|(?:islands|oar)\s+(?:located|situated|belagna)\s+(?:in|within|i)(?![\p{L}])|(?:interested|all|every)\s+islands?\s+(?:should|can|may|are invited to)\s+(?:submit|apply)|(?:representing|represent)\s+the\s+(?:respective\s+)?island|^\s*islands?\s+or\s+groups\s+of\s+islands|(?:only|solely|exclusively|enbart|bara|endast)\s+(?:[\p{L}-]+\s+){0,4}?(?:the\s+)?(?<!smaland\s+(?:och|and)\s+(?:the\s+)?)(?:islands|archipelago|oar(?:na)?|skargard\p{L}*)(?![\p{L}])/u;
/** A title naming a programme's island part as the call's own ("Archipelago and Islands sub-programme"). */
const ISLANDS_TITLE = /(?:archipelago|islands?)\s+(?:and\s+(?:islands?|archipelago)\s+)?sub-?programme/u;
const OUTERMOST =
  /(?:based|located|established|situated)\s+in\s+(?:one\s+of\s+)?the\s+outermost\s+regions|(?:open|limited|restricted)\s+to\s+(?:the\s+)?outermost\s+regions|all\s+outermost\s+regions'?\s+(?:authorities|organisations|organizations|actors)|(?:belagna|etablerade)\s+i\s+(?:de\s+)?yttersta\s+randomraden/u;
const BORDER =
  /(?:territory|territorium|omrade)[^.;]{0,80}(?:must|shall|ska|maste)\s+(?:share|border|have|ha|grans\p{L}*)[^.;]{0,40}(?:internal\s+)?land\s*border|(?:must|shall)\s+be\s+(?:located|situated)\s+(?:along|on|at)\s+(?:an?\s+)?(?:eu\s+)?internal\s+(?:land\s+)?border|(?:located|situated|lying)\s+(?:alongside|along|on|at)\s+(?:at least one\s+|an?\s+|the\s+)?(?:eu\s+)?(?:internal|national)\s+(?:land\s+)?(?:border|boundary)|(?:with|having)\s+an?\s+national\s+(?:border|boundary)\s+limiting(?:\s+(?:their|its)\s+territor\p{L}*)?|border\s+(?:regions?|areas?|municipalities)\s+(?:with|that have|having)\s+an?\s+(?:internal\s+)?land\s+border|(?:kommuner|regioner|omraden)\s+(?:med|som har)\s+(?:en\s+)?landgrans|(?:kommuner|municipalities|local authorities)\s+(?:vars|whose)\s+(?:territorium|omrade|territory|area)\s+(?:gransar|borders?)\s+(?:direkt\s+|directly\s+)?(?:mot\s+|till\s+|on\s+)?(?:finland|norge|norway|sweden|another (?:nordic )?country|ett annat (?:nordiskt )?land|grannlandet|riksgransen)|(?<![\p{L}])(?:granskommun(?:er|erna|ernas|ers)?|border municipalities)(?![\p{L}])|gransregion\p{L}*[^.;]{0,60}?(?:inre\s+)?landgrans/u;
/**
 * The cohesion policy's less developed regions (GDP per head under 75 % of the EU's average): "reserved for less
 * developed regions", "regions with GDP per capita below 75 %". Only a limit: "partners from less developed regions
 * are welcome" says nothing of who else may take part, nor does "capacity building of less developed regions" (what
 * the call does, which partners from elsewhere may help with).
 */
const LESS_DEVELOPED =
  /(?:dedicated to|reserved for|limited to|restricted to|open (?:only )?to|only (?:for|to)|exclusively (?:for|to)|located in|based in|situated in|targeting|targeted (?:at|to)|aimed at|belagna i|endast for|bara for|riktad till)\s+(?:the\s+|eu'?s?\s+|de\s+)?(?:less[\s-]developed|mindre utvecklade)\s+(?:eu\s+)?(?:regions?|regioner(?:na)?)(?![\p{L}])|regions?\s+(?:with|whose)\s+(?:a\s+)?gdp\s+per\s+(?:capita|head|inhabitant)\s+(?:is\s+)?(?:of\s+)?(?:less than|below|under|lower than)\s+75\s*%/u;
/**
 * Kommuner on the sea coast as those who may apply: "kustkommuner", "kommuner med egen havskust", "en kommun med
 * kust", "kommuner med skärgård", "municipalities with a coastline", "kommuner vars territorium gränsar mot havet",
 * "coastal municipalities", "municipalities whose territory borders the sea", "municipalities situated on the Baltic
 * Sea coast", "kommuner längs kusten". In the summary only after words that limit who applies ("kan sökas av",
 * "only", "applicants must be"): a topic ("coastal municipalities' adaptation") limits no one. A list entry says it
 * by itself.
 */
const COAST_BODIES =
  '(?:kustkommun\\p{L}*|skargardskommun\\p{L}*|kommun(?:er)?\\s+med\\s+(?:egen\\s+)?(?:(?:havs)?kust|skargard|oar|bofast\\s+befolkning\\s+pa\\s+oar)|(?:municipalities|local\\s+authorities|local\\s+governments)\\s+with\\s+(?:an?\\s+|their\\s+own\\s+)?(?:archipelago|islands|(?:(?:baltic|north)\\s+)?(?:sea\\s+)?coast(?:line)?)|kommun(?:er)?\\s+vars\\s+(?:geografiska\\s+)?(?:omrade|territorium)\\s+gransar\\s+(?:mot|till)\\s+(?:havet|ostersjon|bottniska\\s+viken|bottenhavet|bottenviken|oresund|kattegatt?|skagerrak|vasterhavet)|coastal\\s+(?:local\\s+authorities|municipalities|towns|cities)|(?:local\\s+governments|local\\s+authorities|municipalities|cities|local\\s+(?:or|and)\\s+regional\\s+(?:public\\s+)?authorit(?:y|ies))(?:\\s*\\([^)]{0,60}\\))?\\s+whose\\s+territor(?:y|ies)\\s+(?:borders?\\s+the\\s+(?:sea|coast|baltic sea|north sea)|ha(?:s|ve)\\s+a\\s+(?:sea\\s+)?coastline|includes?\\s+(?:a\\s+)?(?:part\\s+of\\s+)?(?:the\\s+|a\\s+)?(?:sea\\s+)?coast(?:line)?)|(?:local\\s+governments|local\\s+authorities)\\s+of\\s+coastal\\s+(?:cities|towns|municipalities)|authorities\\s+whose\\s+own\\s+territory\\s+borders\\s+the\\s+sea|(?:municipalities|local\\s+authorities|cities|towns)\\s+(?:(?:situated|located)\\s+)?(?:on|along)\\s+the\\s+(?:(?:baltic|north)\\s+sea\\s+|sea\\s+)?coast(?:line)?|kommuner\\s+(?:belagna\\s+)?(?:vid|langs|utmed)\\s+(?:den\\s+)?(?:svenska\\s+)?(?:kusten|havet|ostersjokusten|vastkusten|ostkusten))';
/**
 * Coastal kommuner refused: "Kustkommuner kan inte söka", "kommuner med havskust får inte söka", "coastal
 * municipalities are not eligible" (folded). Eligibility judges it against the reference data's coastal kommuner.
 */
const COAST_REFUSED = new RegExp(`(?:${COAST_BODIES})\\s+(?:${REFUSAL_WORDS})(?![\\p{L}])`, 'u');
/** The sentence refusing coastal kommuner, as written, or undefined. */
export function coastRefusedIn(summary: string): string | undefined {
  if (!/kust|coastal/i.test(summary)) return undefined;
  const m = COAST_REFUSED.exec(foldKeepingOffsets(summary.toLowerCase()));
  return m ? summary.slice(...sentenceAround(summary, m.index, m.index + m[0].length)).trim() : undefined;
}
/** "Coastal (and island) communities": in a list beside other entries, those served; after a cue, who applies. */
const COAST_COMMUNITIES = 'coastal\\s+(?:and\\s+island\\s+)?communities';
const COAST = new RegExp(
  `(?:only|endast|bara|enbart|kan sokas av|far sokas av|(?<!som\\s)(?:ger|lamnar|delar ut)\\s+(?:[\\p{L}-]+\\s+){0,2}?bidrag\\s+till|must be|eligible applicants are|eligible\\s+(?:[\\p{L}-]+\\s+){0,2}?are|sokande ska vara|open to|riktar sig till|(?:must|shall|ska|maste)\\s+(?:be\\s+|vara\\s+)?(?:located|based|situated|established|belagna|verksamma)\\s+(?:in|i)|(?:applicants|sokande)\\s+(?:[\\p{L}-]+,?\\s+){0,12}?(?:located|based|situated|belagna)\\s+(?:in|i))\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:${COAST_BODIES}|${COAST_COMMUNITIES})`,
  'u',
);
/** (One word may stand before: "Partner municipalities on the Baltic Sea coast".) */
const COAST_ENTRY = new RegExp(`^\\s*(?:(?:partner|member|eligible|participating|swedish)\\s+)?${COAST_BODIES}`, 'u');

/**
 * Regions on the sea coast as where applicants must be: "located in a NUTS 3 region that has a coastline on the
 * Baltic Sea", "kommuner och regioner i kustlän", "authorities of coastal counties", "regions bordering the Baltic
 * Sea". A Swedish NUTS 3 region is a län: a body is inside when its län reaches the sea, whether or not its own area
 * does.
 */
const COAST_REGIONS =
  '(?:kustlan(?:en)?|(?:an?\\s+)?coastal\\s+(?:nuts\\s*[23]\\s+)?(?:regions?|county|counties)|(?:an?\\s+|ett\\s+)?(?:nuts\\s*[23]\\s+)?(?:regions?|county|counties|lan)\\s+(?:(?:that|which|som)\\s+(?:has|have|har)|with|med)\\s+(?:an?\\s+|en\\s+|egen\\s+)?(?:(?:baltic|north)\\s+sea\\s+|sea\\s+)?(?:coast(?:line)?|kust(?:linje)?|havskust)|(?:regions|counties)\\s+(?:bordering|along)\\s+the\\s+(?:baltic\\s+|north\\s+)?sea)(?![\\p{L}])';
const COAST_REGION = new RegExp(
  `(?:(?:located|based|situated|established|belagna|verksamma|sate)\\s+(?:in|i|within|inom)\\s+(?:one\\s+of\\s+the\\s+)?|(?:only|endast|bara|enbart|kan sokas av|far sokas av|must be|eligible applicants are|sokande ska vara|open to|riktar sig till)\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:kommuner|regioner|aktorer|organisationer|authorities|municipalities|bodies|organisations|applicants)\\s+(?:i|in|of|from|fran)\\s+)${COAST_REGIONS}(?!\\s+(?:eller|or)\\s)`,
  'u',
);

/**
 * Kommuner whose whole area is islands as those who may apply: "island municipalities", "önkommuner", "local
 * authorities whose entire territory consists of islands" (not "kommuner med öar": a mainland kommun has them too).
 * In the summary after a word that limits who applies, as the coast's; a list entry by itself.
 */
const ISLAND_BODIES =
  '(?:island\\s+(?:municipalities|local\\s+authorities|communes)|o-?kommuner(?:na)?|onkommuner(?:na)?|(?:local\\s+authorities|municipalities|kommuner)\\s+(?:whose|vars)\\s+(?:entire|whole|hela)\\s+(?:territory|area|omrade|territorium)\\s+(?:consists\\s+of|is\\s+made\\s+up\\s+of|lies\\s+on|utgors\\s+av|ligger\\s+pa)\\s+(?:one\\s+or\\s+more\\s+)?(?:islands|oar))';
const ISLAND_MUNICIPALITIES = new RegExp(
  `(?:only|endast|bara|enbart|kan sokas av|far sokas av|must be|eligible applicants are|sokande ska vara|open to|riktar sig till)\\s+(?:[\\p{L}-]+\\s+){0,4}?${ISLAND_BODIES}`,
  'u',
);
const ISLAND_ENTRY = new RegExp(`^\\s*${ISLAND_BODIES}`, 'u');
/** Kommuner on the mainland with islands admitted beside island municipalities (folded). */
const MAINLAND_WITH_ISLANDS =
  /(?:an?\s+)?(?:mainland|coastal)\s+(?:municipalit(?:y|ies)|local authorit(?:y|ies))\s+(?:may|can)\s+(?:also\s+)?apply\s+(?:on\s+behalf\s+of|for)\s+(?:an?\s+)?islands?|fastlandskommun\p{L}*\s+(?:kan|far)\s+(?:ocksa\s+|aven\s+)?soka\s+(?:for|pa\s+uppdrag\s+av)\s+(?:en\s+)?o(?:ar)?(?![\p{L}])|(?:mainland|coastal)\s+(?:municipalities|local authorities)\s+(?:whose\s+territor(?:y|ies)\s+(?:includes?|contains?)|with)\s+(?:permanently\s+)?(?:inhabited\s+)?(?:sea\s+)?islands|kommuner\s+(?:pa\s+fastlandet\s+)?(?:med|vars\s+(?:omrade|territorium)\s+omfattar)\s+(?:bebodda\s+|fast\s+bebodda\s+)?oar/u;

/**
 * A list entry that is the outermost regions or overseas territories alone, or one of the nine outermost regions by
 * name (TFEU article 349), with its country in brackets or not.
 */
const OUTERMOST_ENTRY =
  /^\s*(?:(?:the\s+)?(?:outermost\s+regions|overseas\s+countries\s+and\s+territories)(?:\s+of\s+the\s+eu)?|(?:the\s+)?(?:guadeloupe|french\s+guiana|guyane|martinique|mayotte|reunion|saint-martin|saint\s+martin|(?:the\s+)?azores|acores|madeira|(?:the\s+)?canary\s+islands|canarias|kanarieoarna|azorerna)(?:\s*\([^)]*\))?)\s*$/u;

/** Words one of the patterns needs: most texts hold none and are passed over (this runs for every call). */
const ANY_KIND =
  /island|outermost|border|boundar|oar|randomrad|developed|utvecklade|gdp|kust|coast|landgrans|gransar|granskommun|skargard|o-?kommun|onkommun/;

/** Border words naming kommuner, not regions (folded): "kommuner vars territorium gränsar", "municipalities with". */
const KOMMUN_WORD = /kommun|municipalit|local authorit/u;

/** A border limit, marked `ofKommuner` where its words name kommuner rather than regions. */
function kommunerAtBorder(limit: TerritoryLimit | undefined): TerritoryLimit | undefined {
  const words = limit ? fold(limit.said.toLowerCase()) : '';
  return limit && KOMMUN_WORD.test(words) && !words.includes('region') ? { ...limit, ofKommuner: true } : limit;
}

function found(re: RegExp, text: string, folded: string, kind: TerritoryKind): TerritoryLimit | undefined {
  const m = re.exec(folded);
  return m ? { kind, said: text.substr(m.index, m[0].length).trim() } : undefined;
}

/**
 * A focus or a definition before the less developed regions: "with a particular focus on less developed regions,
 * i.e. regions with GDP per capita of less than 75 %" weighs them or says what they are: a focus, no limit (folded).
 */
const FOCUS_BEFORE =
  /(?:focus(?:ed|es|ing)?\s+on|emphasis\s+on|priority\s+(?:to|for)|fokus\s+pa|tonvikt\s+pa|sarskilt|especially|in\s+particular|i\.\s?e\.|that\s+is|namely|det\s+vill\s+saga|d\.\s?v\.\s?s\.|dvs\.?)[^.;:]{0,60}$/u;

function lessDeveloped(text: string, folded: string): TerritoryLimit | undefined {
  const m = LESS_DEVELOPED.exec(folded);
  if (!m) return undefined;
  const hit: TerritoryLimit = { kind: 'less-developed', said: text.substr(m.index, m[0].length).trim() };
  if (FOCUS_BEFORE.test(folded.slice(Math.max(0, m.index - 100), m.index))) hit.focus = true;
  return hit;
}

/** The kind of territory title, summary or lists limit the call to, if any. */
export function territoryLimitIn(
  title: string,
  summary: string,
  applicantTypes: readonly string[] = [],
  eligibleCountries: readonly string[] = [],
): TerritoryLimit | undefined {
  if (eligibleCountries.length > 0 && eligibleCountries.every((e) => OUTERMOST_ENTRY.test(fold(e.toLowerCase()))))
    return { kind: 'outermost', said: eligibleCountries.join(', ') };
  const own = found(ISLANDS_TITLE, title, fold(title.toLowerCase()), 'islands');
  if (own) return own;
  // "Mainland municipalities whose territory includes inhabited sea islands may apply on behalf of those islands":
  // kommuner with islands, not only those wholly on islands.
  const mainland = MAINLAND_WITH_ISLANDS.exec(fold(summary.toLowerCase()));
  const widened = (hit: TerritoryLimit | undefined): TerritoryLimit | undefined =>
    hit?.kind === 'island-municipalities' && mainland
      ? { kind: 'islands', said: summary.substr(mainland.index, mainland[0].length).trim() }
      : hit;
  // "Lot 1 is open to coastal local authorities … Lot 2 is open to rural inland municipalities": one part's limit.
  const parts = severalParts(summary);
  const ofOnePart = (text: string, hit: TerritoryLimit | undefined): boolean => {
    if (!parts || !hit) return false;
    const at = text.indexOf(hit.said);
    const sentence = at < 0 ? text : text.slice(...sentenceAround(text, at, at + hit.said.length));
    return PART_NAMED.test(fold(sentence.toLowerCase()));
  };
  for (const entry of applicantTypes) {
    const folded = fold(entry.toLowerCase());
    const hit =
      widened(found(ISLAND_ENTRY, entry, folded, 'island-municipalities')) ??
      found(COAST_ENTRY, entry, folded, 'coast');
    if (hit && !ofOnePart(entry, hit)) return hit;
  }
  const texts = [title, summary, ...applicantTypes];
  for (const [i, text] of texts.entries()) {
    // Folding keeps the offsets, so a match's place in the folded text is its place in the text.
    const t = fold(text.toLowerCase());
    if (!ANY_KIND.test(t)) continue;
    const hit =
      found(OUTERMOST, text, t, 'outermost') ??
      lessDeveloped(text, t) ??
      kommunerAtBorder(found(BORDER, text, t, 'border')) ??
      widened(found(ISLAND_MUNICIPALITIES, text, t, 'island-municipalities')) ??
      found(ISLANDS, text, t, 'islands') ??
      // (Not from a list entry: "Kommuner i kustlän" beside other entries is one way in of several.)
      (i < 2 ? found(COAST_REGION, text, t, 'coastal-region') : undefined) ??
      found(COAST, text, t, 'coast');
    if (hit && !ofOnePart(text, hit)) return hit;
  }
  return undefined;
}

/** A lot, strand, track or part of a call by its number or letter (folded): "lot 1", "strand b", "delområde 2". */
const PART_NAMED =
  /(?:^|[^\p{L}])(?:lots?|strands?|tracks?|delomrade|delprogram(?:met)?|spar)\s+(?:\d|[a-d](?![\p{L}]))/u;
const PART_NAMES = new RegExp(PART_NAMED.source, 'gu');

/**
 * Whether the summary opens two parts of the call or more to kommuner ("Lot 1 is open to coastal local authorities
 * … Lot 2 to rural inland municipalities"): a kommun outside one part's limit may be inside the other's. (Not
 * "Strand A: coastal municipalities; Strand B: regional authorities": kommuner then have the one way in.)
 */
function severalParts(summary: string): boolean {
  const folded = fold(summary.toLowerCase());
  const seen = new Set<string>();
  for (const m of folded.matchAll(PART_NAMES)) {
    const at = m.index ?? 0;
    const sentence = folded.slice(...sentenceAround(folded, at, at + m[0].length));
    if (KOMMUN_WORD.test(sentence) && !/region/u.test(sentence)) seen.add(m[0].trim().replace(/\s+/g, ' '));
  }
  return seen.size >= 2;
}

/**
 * Partners from other kinds of region taken in beside the kind the call is for: "partners located in transition or
 * more developed regions may participate as beneficiaries", "organisations from other regions can also be partners".
 * The sentence as written, unless it says they take part without money (UNFUNDED) or refuses them.
 */
const OTHER_REGIONS_ADMITTED =
  /(?:partners?|beneficiar(?:y|ies)|organi[sz]ations?|entit(?:y|ies)|bodies|actors)\s+(?:(?:located|based|established)\s+)?(?:in|from)\s+(?:(?:transition|other|all\s+other)\s+(?:regions\s+)?(?:(?:or|and)\s+)?)?(?:(?:more\s+)?developed|other|transition)\s+regions\s+(?:may|can|are\s+(?:also\s+)?(?:allowed|eligible|welcome)\s+to)\s+(?:also\s+)?(?:participate|take\s+part|join|be\s+(?:funded\s+)?(?:partners?|beneficiar(?:y|ies)))/u;

export function otherRegionsAdmittedIn(summary: string): string | undefined {
  if (!/regions/i.test(summary)) return undefined;
  const folded = foldKeepingOffsets(summary.toLowerCase());
  const m = OTHER_REGIONS_ADMITTED.exec(folded);
  if (!m) return undefined;
  const [a, b] = sentenceAround(summary, m.index, m.index + m[0].length);
  const sentence = folded.slice(a, b);
  if (UNFUNDED.test(sentence) || NEGATION_WORD.test(folded.slice(m.index, m.index + m[0].length))) return undefined;
  return summary.slice(a, b).trim();
}
