/**
 * A call's size condition on applicants judged for a body whose population is known (profile.population): the
 * applicant line says whether it meets the limits read from the call (population-limit.ts), and a body outside them
 * gets a blocker. Unknown population, or no limit on bodies of its kind: nothing is judged.
 */
import type { Bilingual, Profile } from '../model/profile.ts';
import type { Verdict } from './eligibility.ts';
import {
  atLeast,
  conditionOnKommuner,
  figure,
  meetsPopulation,
  type PopulationLimit,
  programmeLimitOf,
} from './population-limit.ts';
import type { CallSignals } from './signals.ts';

/**
 * The applicant line of a kind's verdict made unknown by a size condition (`unsized` holds the verdict before it),
 * judged for this body: inside the limits, the kinds the call names admit it; outside, the population blocker says
 * so and this line does not call it unknown.
 */
export function judgeSize(v: Verdict, s: CallSignals, profile: Profile): Verdict {
  if (!v.unsized) return v;
  const met = withinLimits(s, profile);
  const own = programmeLimitOf(s.populationLimits);
  if (met === true) {
    const text = withSize(v.unsized.text, profile, own);
    return own ? { ...v.unsized, text, from: 'programme-data' } : { ...v.unsized, text };
  }
  const condition = conditionOnKommuner(s.populationLimits);
  const n = profile.population?.count ?? 0;
  if (met === undefined) {
    const grouped = onlyAsGroup(s, profile);
    if (!grouped) return v;
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen ställer ett villkor om invånarantal ("${condition}"), som ${profile.name} med omkring ${figure(n, 'sv')} invånare inte uppfyller ensam; en grupp med sammanlagt så många invånare kan söka ("${grouped.quote}").`,
        en: `The call sets a condition on population ("${condition}"), which ${profile.name} with about ${figure(n, 'en')} inhabitants does not meet alone; a group with that many inhabitants in all may apply ("${grouped.quote}").`,
      },
    };
  }
  if (met !== false) return v;
  if (own?.programme) {
    return {
      verdict: 'unknown',
      from: 'programme-data',
      text: {
        sv: `${own.programme} är för kommuner och städer med ${atLeast(own, 'sv')}, vilket ${profile.name} inte uppfyller.`,
        en: `${own.programme} is for municipalities and cities with ${atLeast(own, 'en')}, which ${profile.name} does not meet.`,
      },
    };
  }
  const way = wayAround(s, profile);
  if (way) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen ställer ett villkor om invånarantal ("${condition}"), som ${profile.name} inte uppfyller, men har en väg in för ${way.larger ? 'större' : 'mindre'} kommuner ("${way.said}").`,
        en: `The call sets a condition on population ("${condition}"), which ${profile.name} does not meet, but has a way in for ${way.larger ? 'larger' : 'smaller'} municipalities ("${way.said}").`,
      },
    };
  }
  if (s.anySizeAdmitted) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen ställer ett villkor om invånarantal ("${condition}"), som ${profile.name} inte uppfyller, men tar också emot kommuner oavsett storlek ("${s.anySizeAdmitted}").`,
        en: `The call sets a condition on population ("${condition}"), which ${profile.name} does not meet, but also admits municipalities of any size ("${s.anySizeAdmitted}").`,
      },
    };
  }
  // "European Green Capital and European Green Leaf": outside one competition's limit, the body may enter the other.
  if (s.limitsOfOneContest) {
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen gäller flera tävlingar; villkoret om invånarantal ("${condition}"), som ${profile.name} med omkring ${figure(n, 'sv')} invånare inte uppfyller, kan gälla bara en av dem.`,
        en: `The call is for several competitions; the condition on population ("${condition}"), which ${profile.name} with about ${figure(n, 'en')} inhabitants does not meet, may be only one competition's.`,
      },
    };
  }
  // "Kommuner med fler än 100 000 invånare kan inte söka": the quote names those refused, the body among them.
  const of = profile.kind === 'region' ? 'region' : 'local';
  const refusing = s.populationLimits?.find((l) => l.of === of && !l.combined)?.refusing;
  if (refusing)
    return {
      verdict: 'unknown',
      text: {
        sv: `Utlysningen utesluter sökande med "${condition}"; ${profile.name} med omkring ${figure(n, 'sv')} invånare är en av dem.`,
        en: `The call leaves out applicants with "${condition}"; ${profile.name} with about ${figure(n, 'en')} inhabitants is one of them.`,
      },
    };
  return {
    verdict: 'unknown',
    text: {
      sv: `Utlysningen ställer ett villkor om invånarantal på de sökande ("${condition}"), som ${profile.name} inte uppfyller.`,
      en: `The call sets a condition on applicants' population ("${condition}"), which ${profile.name} does not meet.`,
    },
  };
}

/**
 * The limit a group of bodies meets together ("any grouping of urban authorities where the total population is at
 * least 50 000") when the body is below every limit on a single body of its kind: it may apply only as one of a group.
 */
function onlyAsGroup(s: CallSignals, profile: Profile): PopulationLimit | undefined {
  const count = profile.population?.count;
  const of = profile.kind === 'region' ? 'region' : 'local';
  const own = (s.populationLimits ?? []).filter((l) => l.of === of);
  const single = own.filter((l) => !l.combined);
  if (count === undefined || single.length === 0) return undefined;
  if (!single.every((l) => l.min !== undefined && count < l.min)) return undefined;
  return own.find((l) => l.combined && l.min !== undefined && count < l.min);
}

/** Whether the body's population is within the call's limits on bodies of its kind; undefined when either is not known. */
function withinLimits(s: CallSignals, profile: Profile): boolean | undefined {
  const limits = s.populationLimits;
  const count = profile.population?.count;
  if (!limits || count === undefined) return undefined;
  return meetsPopulation(limits, profile.kind === 'region' ? 'region' : 'local', count);
}

/**
 * Whether the body meets the call's condition on population: undefined where it is not known, or where the body is
 * outside a limit that may be only one of the call's competitions' (`limitsOfOneContest`), or one the call gives
 * smaller bodies, or bodies of any size, a way around (`smallerAdmitted`, `anySizeAdmitted`).
 */
export function populationMet(s: CallSignals, profile: Profile): boolean | undefined {
  const met = withinLimits(s, profile);
  return met === false && (s.limitsOfOneContest || wayAround(s, profile) || s.anySizeAdmitted) ? undefined : met;
}

/**
 * The call's way around its size limit that helps this body: one for smaller bodies ("Flera små kommuner kan söka
 * gemensamt") where the body is too small for a lower bound, one for larger bodies ("Större kommuner som
 * medsökande") where it is too large for an upper bound. A body on the other side stays outside.
 */
function wayAround(s: CallSignals, profile: Profile): { said: string; larger: boolean } | undefined {
  const count = profile.population?.count;
  if (count === undefined || (!s.smallerAdmitted && !s.largerAdmitted)) return undefined;
  const of = profile.kind === 'region' ? 'region' : 'local';
  const own = (s.populationLimits ?? []).filter((l) => l.of === of);
  if (s.smallerAdmitted && own.some((l) => l.min !== undefined && count < l.min))
    return { said: s.smallerAdmitted, larger: false };
  if (s.largerAdmitted && own.some((l) => l.max !== undefined && count > l.max))
    return { said: s.largerAdmitted, larger: true };
  return undefined;
}

/** The call's limits on bodies of this kind, overlapping ones told as one: "minst 20 000" for 20 000–100 000 or over. */
function sizeWords(s: CallSignals, profile: Profile, lang: 'sv' | 'en'): string {
  const of = profile.kind === 'region' ? 'region' : 'local';
  const spans = (s.populationLimits ?? [])
    .filter((l) => l.of === of)
    .map((l) => [l.min ?? 0, l.max ?? Number.POSITIVE_INFINITY])
    .sort((a, b) => a[0] - b[0]);
  const merged: number[][] = [];
  for (const [lo, hi] of spans) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged
    .map(([lo, hi]) =>
      lo > 0 && hi < Number.POSITIVE_INFINITY
        ? `${figure(lo, lang)}–${figure(hi, lang)}`
        : lo > 0
          ? `${lang === 'sv' ? 'minst' : 'at least'} ${figure(lo, lang)}`
          : // A bound one short of a round figure is that figure's other side ("20 000 eller fler kan inte söka").
            (hi + 1) % 1000 === 0
            ? `${lang === 'sv' ? 'färre än' : 'fewer than'} ${figure(hi + 1, lang)}`
            : `${lang === 'sv' ? 'högst' : 'at most'} ${figure(hi, lang)}`,
    )
    .join(lang === 'sv' ? ' eller ' : ' or ');
}

function withSize(text: Bilingual, profile: Profile, own: PopulationLimit | undefined): Bilingual {
  const n = profile.population?.count ?? 0;
  if (own?.programme) {
    return {
      sv: `${text.sv} ${own.programme} är för kommuner och städer med ${atLeast(own, 'sv')}; ${profile.name} har omkring ${figure(n, 'sv')}.`,
      en: `${text.en} ${own.programme} is for municipalities and cities of ${atLeast(own, 'en')}; ${profile.name} has about ${figure(n, 'en')}.`,
    };
  }
  return {
    sv: `${text.sv} ${profile.name} har omkring ${figure(n, 'sv')} invånare och uppfyller utlysningens villkor om invånarantal.`,
    en: `${text.en} ${profile.name} has about ${figure(n, 'en')} inhabitants and meets the call's condition on population.`,
  };
}

/** The blocker of a body outside the call's size limits, or undefined. */
export function populationBlocker(s: CallSignals, profile: Profile): Bilingual | undefined {
  if (populationMet(s, profile) !== false) return undefined;
  const n = profile.population?.count ?? 0;
  const programme = programmeLimitOf(s.populationLimits)?.programme;
  if (programme) {
    return {
      sv: `${programme} är bara för kommuner och städer med ${sizeWords(s, profile, 'sv')} invånare; ${profile.name} har omkring ${figure(n, 'sv')}.`,
      en: `${programme} is only for municipalities and cities with ${sizeWords(s, profile, 'en')} inhabitants; ${profile.name} has about ${figure(n, 'en')}.`,
    };
  }
  const who =
    profile.kind === 'region'
      ? { sv: 'regioner', en: 'regions' }
      : { sv: 'kommuner och städer', en: 'municipalities and cities' };
  return {
    sv: `Utlysningen gäller bara ${who.sv} med ${sizeWords(s, profile, 'sv')} invånare; ${profile.name} har omkring ${figure(n, 'sv')}.`,
    en: `The call is only for ${who.en} with ${sizeWords(s, profile, 'en')} inhabitants; ${profile.name} has about ${figure(n, 'en')}.`,
  };
}
