/**
 * Domestic calls: the strategies are international and EU strategies, so a Swedish agency's national grant that
 * names nothing beyond Sweden serves a priority's topic at home, not the body's international work, and counts
 * for less. Both relevance sets bear this out: such calls scoring ≥ 50 were graded ~1 point lower on average
 * than international calls at the same score.
 */
import { AREA_BY_ID, INTERNATIONAL_CUES, PROGRAMME_BY_ID } from '../data/index.ts';
import type { FundingCall } from '../model/call.ts';
import type { Adjustment } from '../model/match.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold } from '../text/fold.ts';
import type { CallAnalysis } from './analyse.ts';
import { CONCEPT_INDEX } from './concepts.ts';
import { handledAtHome } from './national-scheme.ts';
import type { CallSignals } from './signals.ts';
import { fundingWording } from './vocabulary.ts';

/** What a domestic call keeps of its score. */
export const DOMESTIC_FACTOR = 0.7;

/** Concepts that are themselves international work: places abroad, cross-border, twinning, the EU ("exchange" may be local). */
const INTERNATIONAL_CONCEPTS = [
  'cross-border',
  'town-twinning',
  'eu-affairs',
  'baltic-sea',
  'nordic-arctic',
  'eastern-neighbourhood',
]
  .map((id) => CONCEPT_INDEX.get(id))
  .filter((i): i is number => i !== undefined);

const cue = (t: string) => {
  const word = fold(t.toLowerCase());
  return word.endsWith('*') ? `${escapeRegExp(word.slice(0, -1))}[\\p{L}\\p{N}:-]*` : escapeRegExp(word);
};
const CUES = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...INTERNATIONAL_CUES.sv, ...INTERNATIONAL_CUES.en].map(cue).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
/**
 * Wording that names something international without being international work: being internationally
 * competitive, and where the money comes from ("EU-medel", "co-funded by the European Union"). Blanked out before
 * the cues are looked for, so "EU-medel" is no "EU" and "internationellt konkurrenskraftiga" no "internationell".
 */
const NOT_CUES = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[
    ...(INTERNATIONAL_CUES.notCues?.sv ?? []),
    ...(INTERNATIONAL_CUES.notCues?.en ?? []),
    ...fundingWording(),
  ]
    .map(cue)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Whether anything in the call lies beyond Sweden: its programme area across borders, a programme open abroad or for
 * work abroad, a concept of international work, a country abroad, or an international word in its funder, programme,
 * title, summary or themes. Without any, "samarbete", "samverkan", "nätverk" and "partners" are work at home ("skapa
 * nätverk" for newcomers, "samverkan mellan civilsamhället och kommuner"), not international cooperation.
 */
export function reachesAbroad(
  call: FundingCall,
  signals: Pick<CallSignals, 'areaId' | 'programmeId' | 'countries'>,
  tf: ArrayLike<number>,
): boolean {
  // A Swedish region's, länsstyrelse's or regional fund's own area is at home; an Interreg area is not.
  if (signals.areaId && AREA_BY_ID.get(signals.areaId)?.scope !== 'regional') return true;
  const programme = signals.programmeId ? PROGRAMME_BY_ID.get(signals.programmeId) : undefined;
  // A Swedish region's own programme is drawn around its län ('programme-area'), at home as its area is.
  const atHome = programme?.area !== undefined && AREA_BY_ID.get(programme.area)?.scope === 'regional';
  if (programme && !atHome && (programme.geography !== 'sweden' || programme.scope === 'international')) return true;
  return abroadInWords(signals, tf, [call.funder, call.programme ?? '', call.title, call.summary], call.themes);
}

/** An international concept, a country abroad, or an international word in `texts` or the call's themes. */
function abroadInWords(
  signals: Pick<CallSignals, 'countries'>,
  tf: ArrayLike<number>,
  texts: readonly (string | undefined)[],
  themes: readonly string[] = [],
): boolean {
  for (const c of INTERNATIONAL_CONCEPTS) if (tf[c] > 0) return true;
  for (const country of signals.countries) if (country !== 'Sweden') return true;
  const text = fold([...texts, ...themes].join(' \n ').toLowerCase());
  return CUES.test(text.replace(NOT_CUES, ' '));
}

const seen = new WeakMap<CallAnalysis, boolean>();

/** The call is a domestic programme's and says nothing international. Profile-independent, so kept per call. */
export function isDomestic(call: FundingCall, a: CallAnalysis): boolean {
  let v = seen.get(a);
  if (v === undefined) {
    v = judge(call, a);
    seen.set(a, v);
  }
  return v;
}

function judge(call: FundingCall, a: CallAnalysis): boolean {
  const programme = a.signals.programmeId ? PROGRAMME_BY_ID.get(a.signals.programmeId) : undefined;
  if (programme?.scope !== 'domestic') return false;
  if (a.signals.areaId) return false;
  return !abroadInWords(a.signals, a.tf, [call.title, call.summary], call.themes);
}

/**
 * The call is cut as domestic for a body in `lan`: a national scheme the body's own länsstyrelse or region handles
 * is, for that body, its own area's call, and an own area's call is never cut (judge: a call with an area is not).
 */
export function isDomesticFor(call: FundingCall, a: CallAnalysis, lan: string): boolean {
  return isDomestic(call, a) && !handledAtHome(a.signals.nationalScheme, lan);
}

/** The explanation of the cut, with its (negative) points. */
export function domesticAdjustment(call: FundingCall, a: CallAnalysis, points: number): Adjustment {
  const programme = a.signals.programmeId ? PROGRAMME_BY_ID.get(a.signals.programmeId) : undefined;
  const name = programme?.funder ?? call.funder;
  return {
    kind: 'domestic-scope',
    points,
    text: {
      sv: `${name} ger nationellt stöd och utlysningen nämner inget internationellt samarbete; strategin gäller det internationella arbetet.`,
      en: `${name} gives national funding and the call names no international cooperation; the strategy is about international work.`,
    },
  };
}
