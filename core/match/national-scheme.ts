/**
 * Who handles a call is not where it is open. A region's or länsstyrelse's own area (programme-areas.json: one län,
 * no EU fund) is the area of the grants it gives itself — its own §37 funds, its regional development funds — but
 * the same body also handles national schemes for the whole country (a "särskild nationell utlysning" one
 * länsstyrelse runs for all, a scheme of a national agency and all the länsstyrelser), and such a call is not
 * limited to the handler's län. The call says so in its own words, read here:
 * - the funder field names the handler only inside brackets, where the bracket says it handles the call
 *   ("Länsstyrelsen (Länsstyrelsen i X län handlägger)") or the name outside is all the länsstyrelser or regions
 *   ("Naturvårdsverket och länsstyrelserna (Länsstyrelsen i X län)"): the body outside gives the call, the one
 *   inside handles or publishes it. A bracket that says the body funds ("med stöd av Region X") keeps its area;
 * - the title or summary says the call is national or spans the country ("nationell utlysning", "i hela landet",
 *   "i minst två län", "länsöverskridande", "nationwide call", "samma regler gäller i alla län", "ansökan lämnas till
 *   länsstyrelsen i det län där …"), or that it shuts no one out by where they live
 *   ("Vi utesluter inte sökande som bor utanför Sverige", "oavsett var du bor");
 * - the funder field names, beside the body, a funder whose programme data is open across Sweden ("Länsstyrelsen
 *   i X län / Naturvårdsverket"), and the summary says the body handles the support ("Länsstyrelsen har fått i
 *   uppdrag att … hantera stödet", "Regionen handlägger ansökningarna"): the national funder gives it, the body
 *   handles it. The national funder named alone is not enough: a länsstyrelse also hands out a national agency's
 *   money to its own län ("Länsstyrelsen X (Energimyndigheten)": "medel för lokala och regionala aktörer").
 * A länsstyrelse's call saying none of these stays its län's, as the grants it decides are. A body in the handler's
 * län applies at its own handler: the call is as near to it as its own area's calls (eligibility.ts).
 */
import { AREA_BY_ID, LAN_BY_ID, PROGRAMMES } from '../data/index.ts';
import type { ProgrammeArea } from '../data/schemas.ts';
import { fold, foldKeepingOffsets } from '../text/fold.ts';
import { sentenceAround } from '../text/sentences.ts';

/** Areas of a single body's own calls: one län, regional, no programme channelling an EU fund (not ERDF Stockholm). */
export function ownCallsArea(area: ProgrammeArea): boolean {
  if (area.scope !== 'regional' || area.lan.length !== 1) return false;
  const programme = PROGRAMMES.programmes.find((p) => p.area === area.id && !p.parent);
  return (programme?.funds?.length ?? 0) === 0;
}

/** A bracket in the funder field: what it holds qualifies the name before it. */
const BRACKET = /\(([^()]*)\)/g;
/** A bracket saying its body handles or administers the call. */
const HANDLES =
  /(?<![\p{L}])(?:handlägg\p{L}*|administrer\p{L}*|fördela\p{L}*|handled|administered|managed|distribut\p{L}*|allocat\p{L}*)(?![\p{L}])/iu;
/** The länsstyrelser or regions as a whole, as a funder: a scheme each of them runs for its own län. */
const ALL_OF_THEM =
  /(?<![\p{L}])(?:länsstyrelserna|alla länsstyrelser|regionerna|alla regioner|the county administrative boards)(?![\p{L}])/iu;

/**
 * Wording that says a call is for the whole country or across län, on folded lowercase text. "Nationell" alone is
 * not it ("i linje med den nationella strategin"): only a national call, round or scheme is.
 */
const NATIONAL_CALL =
  /(?<![\p{L}])(?:(?:sarskild\s+)?nationell\p{L}*\s+(?:utlysning|ansokningsomgang|omgang|satsning|stodordning)\p{L}*|(?:i\s+)?hela\s+(?:landet|sverige)|i\s+minst\s+(?:tva|2)\s+lan|lansoverskridande|nationwide|national\s+call|(?:across|throughout|all\s+of)\s+sweden|utesluter\s+inte\s+sokande(?:\s+som\s+(?:bor|ar\s+bosatta)\s+utanfor(?:\s+\p{L}+)?)?|oavsett\s+var\s+(?:du|ni|sokande|man)\s+bor|open\s+to\s+applicants\s+from\s+(?:anywhere|all\s+over)|(?:samma|likadana)\s+regler\s+galler\s+i\s+(?:alla|samtliga)\s+lan|(?:lansstyrelsen|regionen)\s+i\s+(?:det\s+lan|den\s+region)\s+dar|(?:lansstyrelsen|regionen)\s+i\s+(?:ditt|ert)\s+(?:lan|eget\s+lan)|the\s+county\s+administrative\s+board\s+(?:in|of)\s+(?:your|the)\s+(?:own\s+)?county(?:\s+where)?)(?![\p{L}])/gu;
/**
 * A sentence about a policy or its goals, on folded lowercase text: "Den regionala tillväxtpolitiken ska främja god
 * tillväxt i hela landet" says what the policy is for, not where the call is open.
 */
const POLICY_SENTENCE =
  /(?<![\p{L}])(?:\p{L}*politik\p{L}*|policy|policies|mal|malet|malen|malsattning\p{L}*|\p{L}*strategi\p{L}*|ska\s+framja)(?![\p{L}])/u;

/** Where a funder field holds several names: brackets, a slash, a semicolon or a dash between spaces, "och", "and". */
/** (Not the "och" of a suspended compound: "Havs- och vattenmyndigheten" is one name.) */
export const FUNDER_PARTS = /[()[\];]|\s[/–-]\s|(?<!-)\s(?:och|and|&)\s/u;

/**
 * The body as the one that handles the support, in one sentence: "Länsstyrelsen har fått i uppdrag att i samverkan
 * med … hantera stödet", "Regionen handlägger ansökningarna", "The County Administrative Board administers the grant",
 * "bidraget … som nu kan sökas hos Länsstyrelsen".
 */
const BODY_HANDLES =
  /(?<![\p{L}])(?:länsstyrelsen|regionen|the county administrative board)(?![\p{L}])[^.!?]{0,120}?(?<![\p{L}])(?:hantera\p{L}*|handlägg\p{L}*|administrer\p{L}*|handles|administers|manages)(?![\p{L}])[^.!?]*|[^.!?]*(?<![\p{L}])(?:kan|ska|skall) (?:nu )?sökas hos (?:länsstyrelsen|regionen)(?![\p{L}])[^.!?]*/iu;

export interface NationalScheme {
  /** The handling body's area (programme-areas.json). */
  handler: ProgrammeArea;
  /** The words of the call that say it is national, as written. */
  said: string;
  /** The national funder whose programme data says it is open across Sweden, when that says it. */
  funder?: string;
  /**
   * The text places the support in the handler's own län ("I Uppsala län finns två typer av stöd", "i länet"): each
   * län's body handles the scheme for its own, so a body elsewhere applies at its own handler. Otherwise the handler
   * may hold the scheme for the whole country (a länsstyrelse with a national remit).
   */
  perLan?: true;
}

/** "I Uppsala län finns …", "stöd inom länet": the handler's own län named as where the support is. */
function inOwnLan(summary: string, handler: ProgrammeArea): boolean {
  const folded = fold(summary.toLowerCase());
  if (/(?:^|[^\p{L}])(?:i|inom)\s+lanet(?![\p{L}])/u.test(folded)) return true;
  return handler.lan.some((id) => {
    const name = LAN_BY_ID.get(id)?.name;
    return name !== undefined && folded.includes(`i ${fold(name.toLowerCase())}`);
  });
}

/**
 * The handler and the words that say the call is national, when the area named by the funder field (`areaId`) is a
 * single body's own area and the call says it is national; else undefined. `areaIn` finds an area in a name,
 * `nationalIn` the name of a funder open across Sweden (programmes.json geography "sweden").
 */
export function nationalScheme(
  areaId: string | undefined,
  funder: string,
  title: string,
  summary: string,
  areaIn: (name: string) => string | null,
  nationalIn: (name: string) => string | null = () => null,
): NationalScheme | undefined {
  const handler = areaId ? AREA_BY_ID.get(areaId) : undefined;
  if (!handler || !ownCallsArea(handler)) return undefined;
  const found = (scheme: NationalScheme): NationalScheme =>
    inOwnLan(summary, handler) ? { ...scheme, perLan: true } : scheme;
  // The handler only in brackets, the name outside them naming no area of its own.
  const outside = funder.replace(BRACKET, ' ');
  if (outside !== funder && areaIn(outside) === null) {
    for (const m of funder.matchAll(BRACKET))
      if (areaIn(m[1]) === areaId && (HANDLES.test(m[1]) || ALL_OF_THEM.test(outside)))
        return found({ handler, said: funder.trim() });
  }
  for (const text of [title, summary]) {
    const folded = foldKeepingOffsets(text);
    for (const m of folded.matchAll(NATIONAL_CALL)) {
      const [from, to] = sentenceAround(folded, m.index);
      if (!POLICY_SENTENCE.test(folded.slice(from, to)))
        return found({ handler, said: text.substr(m.index, m[0].length) });
    }
  }
  // A national funder beside the body in the funder field, and the body said to handle the support.
  const handles = BODY_HANDLES.exec(summary);
  if (handles) {
    for (const part of funder.split(FUNDER_PARTS)) {
      if (!part.trim() || areaIn(part) !== null) continue;
      const national = nationalIn(part);
      if (national) return found({ handler, said: handles[0].trim(), funder: national });
    }
  }
  return undefined;
}

/**
 * Whether a body in `lan` applies at the scheme's handler, its own länsstyrelse or region: for it the call is its own
 * area's call (its area points, and no cut as a domestic call, as an own area's calls have none: scope.ts).
 */
export const handledAtHome = (scheme: NationalScheme | undefined, lan: string): boolean =>
  scheme?.handler.lan.includes(lan) === true;
