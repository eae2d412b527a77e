import { AREA_BY_ID, PROGRAMME_BY_ID } from '../data/index.ts';
import type { FundingCall } from '../model/call.ts';
import type { Adjustment, Band, Evidence, Match, Reason } from '../model/match.ts';
import type { Profile } from '../model/profile.ts';
import { quoteAround } from '../text/quote.ts';
import { type CallAnalysis, DATA_BIT, evidenceOf, keySetOf, TITLE_BIT } from './analyse.ts';
import { COMPANY_FACTOR } from './company-call.ts';
import { CONCEPTS } from './concepts.ts';
import { areaIn, coreMet, placeNamed } from './core.ts';
import { swedishName } from './country-names.ts';
import { assessEligibility, bodyVerdict, eligibilityPoints, STRATEGY_POINTS, type Verdict } from './eligibility.ts';
import type { Preparation, PreparedPriority } from './prepare.ts';
import { fallbackPoints, programmeActivity, programmeReading } from './programme-fallback.ts';
import { focusElsewhere, programmeFocus } from './programme-focus.ts';
import { orderReasons } from './reason-groups.ts';
import { DOMESTIC_FACTOR, domesticAdjustment, isDomesticFor } from './scope.ts';
import { isSeaCallInland, SEA_INLAND_FACTOR, seaCallAdjustment } from './sea-call.ts';
import { nameKey, programmeCountries } from './signals.ts';
import { othersWorkCut } from './work-abroad.ts';

/** The scorer's constants in one place, so a reviewer sees every knob (and `npm run eval` can sweep them). */
export const TUNING = {
  /** BM25-style saturation: the first mentions say most; the tenth adds little. */
  SATURATION_K: 3,
  /** Share of credit for a concept next to (related/broader) the priority's own. */
  NEIGHBOUR_CREDIT: 0.3,
  /** Credit for a profile's own term (no lexicon specificity to go by). */
  OWN_TERM_CREDIT: 0.5,
  /** Content points at most; boosts add up to the rest. */
  CONTENT_MAX: 78,
  /** Best-priority vs breadth: one clear match matters more than a thin spread. */
  BEST_SHARE: 0.6,
  /** A funder or programme the strategy itself names (as much as a place it prioritises: STRATEGY_POINTS). */
  PREFERRED_BOOST: STRATEGY_POINTS,
  /**
   * A funder the strategy names, reached only as the body that runs or pays for the call's programme (core/match
   * preferredHit). 8, half of PREFERRED_BOOST.
   */
  PREFERRED_VIA_FUNDER: 8,
  /**
   * A strategy naming more funders than this says less of each: the points of one fall with the square root of how
   * many it names (nine funders given as examples, "svenska myndigheter som till exempel Vinnova, Tillväxtverket,
   * Energimyndigheten, … m.fl.", give each about half). Chosen over 1–4, and over a lower boost for every strategy,
   * on released sets 2–34 (bench/tune.ts's sets): built-in +0,200, documents +0,177 summed over the sets.
   */
  PREFERRED_FULL_FOR: 2,
  /**
   * The call lies in a place the strategy prioritises (its programme area, or the places its text names), at the
   * weight of the priority naming the place. Not scaled by content: the place is itself what the strategy asks for.
   * At the top weight, as much as a funder the strategy names (STRATEGY_POINTS; was 14).
   */
  GEOGRAPHY_BOOST: STRATEGY_POINTS,
  PARTNER_BOOST: 4,
  PARTNER_BOOST_MAX: 8,
  /**
   * How squarely a call is about a priority, beyond whether its words occur: a priority named in the title, the
   * funder's themes or by programme data is the call's subject; otherwise its concepts must recur in this many
   * sentences of the summary (or in every sentence of a shorter one; a listing, title and summary under 80
   * words, counts as one sentence) for full strength. Named in one sentence
   * only (a long business call's one line on climate), it keeps ONE_SENTENCE_SHARE of its strength; in between,
   * in proportion. A profile's own term counts in full (no sentences are kept for it).
   */
  SPREAD_SENTENCES: 3,
  ONE_SENTENCE_SHARE: 0.7,
  /**
   * Content points at which boosts count in full: a bare programme-area fit is not relevance, but a call that
   * meets a priority at all is worth its fit. 6, was 12: chosen leave-one-set-out over the ten released sets
   * (npm run tune -- descent LIFT_AT,FALLBACK_MAX): held-out nDCG@10 +0.005 built-in, +0.002 documents, no
   * held-out set below −0.004.
   */
  LIFT_AT: 6,
  /** A blocker keeps a sliver of the score (so the order among blocked calls still means something). */
  BLOCKED_FACTOR: 0.3,
  BLOCKED_CAP: 35,
};
const T = TUNING;

export function bandOf(score: number): Band {
  return score >= 60 ? 'strong' : score >= 40 ? 'relevant' : score >= 20 ? 'weak' : 'none';
}

const sat = (tf: number) => tf / (tf + T.SATURATION_K);

const SENTENCE_MASK = TITLE_BIT - 1;
const SUBJECT = TITLE_BIT | DATA_BIT;

function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** The share of a priority's strength its evidence earns by where it stands (`seen` bits of its own concepts). */
function spreadShare(seen: number, sentences: number): number {
  if ((seen & SUBJECT) !== 0) return 1;
  const need = Math.min(T.SPREAD_SENTENCES, sentences);
  const n = bitCount(seen & SENTENCE_MASK);
  if (n >= need) return 1;
  if (n <= 1) return T.ONE_SENTENCE_SHARE;
  return T.ONE_SENTENCE_SHARE + ((1 - T.ONE_SENTENCE_SHARE) * (n - 1)) / (need - 1);
}

interface Part {
  concept?: number;
  /** A neighbour of the priority's concepts, not one of them. */
  related?: boolean;
  term?: string;
  value: number;
}

/** 0–1: how well the call matches one priority (soft OR over its concepts, neighbours and own terms). */
function priorityStrength(
  call: FundingCall,
  a: CallAnalysis,
  p: PreparedPriority,
  excluded: Set<number>,
  parts?: Part[],
): number {
  if (p.core && !coreMet(a, p.core)) return 0;
  let miss = 1;
  let seen = 0;
  for (const c of p.concepts) {
    if (a.tf[c] === 0 || excluded.has(c)) continue;
    seen |= a.seen[c];
    const v = CONCEPTS[c].specificity * sat(a.tf[c]);
    parts?.push({ concept: c, value: v });
    miss *= 1 - v;
  }
  for (const c of p.neighbours) {
    if (a.tf[c] === 0 || excluded.has(c)) continue;
    const v = T.NEIGHBOUR_CREDIT * CONCEPTS[c].specificity * sat(a.tf[c]);
    parts?.push({ concept: c, related: true, value: v });
    miss *= 1 - v;
  }
  if (p.terms.length > 0) {
    const keys = keySetOf(call, a);
    for (const t of p.terms) {
      if (t.sv.every((k) => keys.has(k)) || t.en.every((k) => keys.has(k))) {
        parts?.push({ term: t.text, value: T.OWN_TERM_CREDIT });
        miss *= 1 - T.OWN_TERM_CREDIT;
        seen |= TITLE_BIT;
      }
    }
  }
  return (1 - miss) * spreadShare(seen, a.sentences);
}

function contentOf(call: FundingCall, a: CallAnalysis, prep: Preparation, parts?: Part[][]) {
  let best = 0;
  let bestIndex = -1;
  let cover = 0;
  const strengths: number[] = [];
  for (const p of prep.priorities) {
    const list: Part[] | undefined = parts ? [] : undefined;
    const s = priorityStrength(call, a, p, prep.excludedConcepts, list);
    if (parts && list) parts.push(list);
    strengths.push(s);
    const w = s * (p.weight / prep.weightMax);
    if (w > best) {
      best = w;
      bestIndex = p.index;
    }
    cover += p.weight * s;
  }
  const coverage = cover / prep.weightSum;
  return {
    strengths,
    best,
    bestIndex,
    coverage,
    content: T.CONTENT_MAX * (T.BEST_SHARE * best + (1 - T.BEST_SHARE) * coverage),
  };
}

/**
 * A programme's look-up keys (built once each): its own names and the EU funds it channels, its name alone, and the
 * body that runs or pays for it.
 */
interface ProgrammeKeys {
  own: string;
  name: string;
  funder: string;
}
const programmeKeys = new Map<string, ProgrammeKeys>();
function programmeKey(id: string): ProgrammeKeys {
  let key = programmeKeys.get(id);
  if (key === undefined) {
    const p = PROGRAMME_BY_ID.get(id);
    key = p
      ? {
          own: nameKey([p.name, ...p.aliases, ...(p.funds ?? [])].join(' ; ')),
          name: nameKey(p.name),
          funder: nameKey(p.funder),
        }
      : { own: '', name: '', funder: '' };
    programmeKeys.set(id, key);
  }
  return key;
}

interface PreferredHit {
  text: string;
  /** Reached through the programme the call belongs to, named so. */
  programme?: string;
  /** Reached only as the body that runs or pays for another institution's programme (PREFERRED_VIA_FUNDER). */
  viaFunder?: true;
}

/**
 * A funder the strategy names: in the call's own funder, programme or title, or as the programme the call belongs
 * to or the fund it channels (a call of "Regionalfondsprogram Övre Norrland" is a regional-fund call); or, for
 * less, as the body behind the programme's own institution (the Nordic Council of Ministers behind Nordic Culture
 * Point or NordForsk): a strategy naming the Council for its own cooperation has not named each institution's remit.
 */
function preferredHit(a: CallAnalysis, prep: Preparation): PreferredHit | undefined {
  const own = prep.preferred.find((pf) => a.signals.nameKey.includes(pf.key));
  if (own) return { text: own.text };
  const id = a.signals.programmeId;
  if (!id) return undefined;
  const key = programmeKey(id);
  const name = PROGRAMME_BY_ID.get(id)?.name;
  const hit = prep.preferred.find((pf) => key.own.includes(pf.key));
  if (hit) return key.name === hit.key ? { text: hit.text } : { text: hit.text, programme: name };
  const behind = prep.preferred.find((pf) => key.funder.includes(pf.key));
  return behind && { text: behind.text, programme: name, viaFunder: true };
}

/** What a funder the strategy names adds, less where it names many (PREFERRED_FULL_FOR). */
const preferredPoints = (hit: PreferredHit, named: number) =>
  (hit.viaFunder ? T.PREFERRED_VIA_FUNDER : T.PREFERRED_BOOST) * Math.min(1, Math.sqrt(T.PREFERRED_FULL_FOR / named));

/**
 * A place mostly inside the countries the call's programme is open in ("Norden" or the Baltic Sea in a Nordic
 * funder's call) is the programme's own area again: every call of the programme lies there, and the eligibility
 * line already counts it (open to applicants in the Nordic and Baltic countries). Named by the call or listed in
 * the programme's data, it earns no geographic boost besides: one fact, counted once. A programme area's own
 * regions still do: the area was drawn around them, which says where its cooperation lies.
 */
function programmesOwnPlace(a: CallAnalysis, place: number): boolean {
  const own = programmeCountries(a.signals.areaId, a.signals.programmeId);
  if (!own) return false;
  const countries = (CONCEPTS[place].countries ?? []).filter((c) => c !== 'Sweden');
  return countries.filter((c) => own.has(c)).length * 2 > countries.length;
}

/**
 * The area (not the programme) of the call lists the place among its regions, or the programme is made for a part
 * of its countries (programme-focus.ts) that lies in the place: drawn around it, as an area is.
 */
function areaRegion(a: CallAnalysis, place: number): boolean {
  const area = a.signals.areaId ? AREA_BY_ID.get(a.signals.areaId) : undefined;
  if (area?.regions?.includes(CONCEPTS[place].id)) return true;
  return programmeFocus(a.signals)?.regions.includes(CONCEPTS[place].id) === true;
}

/** The body's geographic focus the call meets, and how: by its programme's area, or by its own words. */
function geographyMet(
  a: CallAnalysis,
  prep: Preparation,
): { concept: number; priority: number; byArea?: string } | undefined {
  for (const g of prep.geography) {
    const byArea = areaIn(a, g.concept);
    if (byArea && (areaRegion(a, g.concept) || !programmesOwnPlace(a, g.concept))) return { ...g, byArea };
  }
  for (const g of prep.geography) if (placeNamed(a, g.concept) && !programmesOwnPlace(a, g.concept)) return g;
  return undefined;
}

function geographyPoints(profile: Profile, priority: number): number {
  const max = Math.max(...profile.priorities.map((p) => p.weight), 0) || 1;
  return T.GEOGRAPHY_BOOST * (profile.priorities[priority].weight / max);
}

function partnersNamed(a: CallAnalysis, prep: Preparation): string[] {
  const out: string[] = [];
  for (const c of prep.partnerCountries) if (c !== 'Sweden' && a.signals.countries.has(c)) out.push(c);
  return out;
}

function excludedTerm(call: FundingCall, a: CallAnalysis, prep: Preparation) {
  if (prep.excludedTerms.length === 0) return undefined;
  const keys = keySetOf(call, a);
  return prep.excludedTerms.find((t) => t.sv.every((k) => keys.has(k)) || t.en.every((k) => keys.has(k)));
}

/**
 * The boosts for fit beyond the call's words — a funder the strategy names, partner countries, a place the
 * strategy prioritises, the programme's priorities read into a short or untitled text — are for calls the body
 * can apply to. Where what the call says of its applicants leaves
 * it open whether a kommun or region may apply at all (it names only schools to a region, bodies like us only as
 * members of the applicants, only "local actors"), they are withheld and the call ranks on its content and
 * eligibility alone: a call the body may not apply to is marginal at most, and in the labelled sets calls left
 * open this way were graded 0–1 on average. A call silent on who may apply keeps them (nothing it says casts doubt).
 */
const fitBoostsApply = (applicant: Verdict) =>
  applicant.verdict !== 'unknown' || applicant.silent === true || applicant.admitted === true;

const lift = (content: number) => (content > 0 ? Math.min(1, content / T.LIFT_AT) : 0);

/**
 * The score from content and boosts; `cut` is what blockers take (shown on the blockers), `over` what the
 * 100 ceiling takes from the boosts (the boosts shown are scaled down by it, so the parts still add up).
 */
function finalScore(
  content: number,
  boostPoints: number,
  blockerCount: number,
): { raw: number; cut: number; over: number } {
  const over = Math.max(0, content + boostPoints - 100);
  let raw = content + boostPoints - over;
  let cut = 0;
  if (blockerCount > 0) {
    const kept = Math.min(T.BLOCKED_CAP, raw * T.BLOCKED_FACTOR ** blockerCount);
    cut = raw - kept;
    raw = kept;
  }
  return { raw: Math.max(0, raw), cut, over };
}

/**
 * Rounds each part to one decimal so the parts add up to the whole-number score exactly: the rounding
 * residue (a few tenths at most) goes to the largest positive part, which it changes least.
 */
export function apportion(parts: number[], total: number): number[] {
  const tenths = parts.map((v) => Math.round(v * 10));
  const residue = total * 10 - tenths.reduce((t, x) => t + x, 0);
  if (residue !== 0 && parts.length > 0) {
    let at = 0;
    for (let i = 1; i < parts.length; i++) if (parts[i] > parts[at]) at = i;
    tenths[at] += residue;
  }
  return tenths.map((x) => x / 10);
}

/**
 * Each priority's concepts and neighbours with their credit (specificity, times the neighbour share), excluded
 * ones dropped: the same products priorityStrength() forms, in the same order, worked out once per profile.
 */
function creditsOf(prep: Preparation): NonNullable<Preparation['credits']> {
  prep.credits ??= prep.priorities.map((p) => {
    const index: number[] = [];
    const credit: number[] = [];
    for (const c of p.concepts) {
      if (prep.excludedConcepts.has(c)) continue;
      index.push(c);
      credit.push(CONCEPTS[c].specificity);
    }
    const own = index.length;
    for (const c of p.neighbours) {
      if (prep.excludedConcepts.has(c)) continue;
      index.push(c);
      credit.push(T.NEIGHBOUR_CREDIT * CONCEPTS[c].specificity);
    }
    return { index: Int32Array.from(index), credit: Float64Array.from(credit), own };
  });
  return prep.credits;
}

/** contentOf()'s content points without the parts and strengths explanations need: the ranking hot path. */
function contentFast(call: FundingCall, a: CallAnalysis, prep: Preparation): number {
  const credits = creditsOf(prep);
  const tf = a.tf;
  let best = 0;
  let cover = 0;
  for (let i = 0; i < prep.priorities.length; i++) {
    const p = prep.priorities[i];
    if (p.core && !coreMet(a, p.core)) continue;
    const { index, credit, own } = credits[i];
    let miss = 1;
    let seen = 0;
    for (let j = 0; j < index.length; j++) {
      const x = tf[index[j]];
      if (x !== 0) {
        miss *= 1 - credit[j] * sat(x);
        if (j < own) seen |= a.seen[index[j]];
      }
    }
    if (p.terms.length > 0) {
      const keys = keySetOf(call, a);
      for (const t of p.terms) {
        if (t.sv.every((k) => keys.has(k)) || t.en.every((k) => keys.has(k))) {
          miss *= 1 - T.OWN_TERM_CREDIT;
          seen |= TITLE_BIT;
        }
      }
    }
    const s = (1 - miss) * spreadShare(seen, a.sentences);
    const w = s * (p.weight / prep.weightMax);
    if (w > best) best = w;
    cover += p.weight * s;
  }
  return T.CONTENT_MAX * (T.BEST_SHARE * best + (1 - T.BEST_SHARE) * (cover / prep.weightSum));
}

/** What a short text's programme priorities add (programme-fallback.ts), with the content they would give. */
function programmePoints(call: FundingCall, a: CallAnalysis, prep: Preparation, content: number): number {
  const reading = programmeReading(call, a);
  if (!reading) return 0;
  return fallbackPoints(content, contentFast(call, reading.analysis, prep), reading.shortness);
}

/** The unrounded score only: what ranking needs, with no sentences built. */
export function rawScore(call: FundingCall, a: CallAnalysis, profile: Profile, prep: Preparation): number {
  const fromText = contentFast(call, a, prep);
  const el = eligibilityPoints(a.signals, profile);
  const fits = fitBoostsApply(el.applicant);
  const programme = fits && !focusElsewhere(a.signals, profile.lan) ? programmePoints(call, a, prep, fromText) : 0;
  const content = fromText + programme;
  let boost = el.boost;
  const pf = fits ? preferredHit(a, prep) : undefined;
  if (pf) boost += preferredPoints(pf, profile.preferredFunders.length);
  const partners = fits ? partnersNamed(a, prep).length : 0;
  if (partners > 0) boost += Math.min(T.PARTNER_BOOST_MAX, T.PARTNER_BOOST * partners);
  const geo = fits ? geographyMet(a, prep) : undefined;
  const place = geo ? geographyPoints(profile, geo.priority) : 0;
  const blockers = el.blockers + (excludedTerm(call, a, prep) ? 1 : 0);
  let raw = finalScore(fromText, boost * lift(content) + el.nearArea + place + programme, blockers).raw;
  if (othersWorkCut(a, el.applicant)) raw *= COMPANY_FACTOR;
  if (isDomesticFor(call, a, profile.lan)) raw *= DOMESTIC_FACTOR;
  return isSeaCallInland(a, prep.seaCut) ? raw * SEA_INLAND_FACTOR : raw;
}

/** The full, explained match. Its score equals rawScore's, rounded. */
export function scoreAnalysed(call: FundingCall, a: CallAnalysis, profile: Profile, prep: Preparation): Match {
  const parts: Part[][] = [];
  const c = contentOf(call, a, prep, parts);
  const { eligibility, blockers, areaNear } = assessEligibility(a.signals, profile);
  const boosts: Adjustment[] = [];
  const applicant = bodyVerdict(a.signals, profile);
  const fits = fitBoostsApply(applicant);
  const pf = fits ? preferredHit(a, prep) : undefined;
  if (pf) {
    const named = profile.preferredFunders.length;
    boosts.push({
      kind: 'preferred-funder',
      points: preferredPoints(pf, named),
      text: pf.programme
        ? {
            sv: `Utlysningen hör till ${pf.programme}, som finansieras av ${pf.text}: en finansiär som strategin pekar ut.`,
            en: `The call belongs to ${pf.programme}, funded by ${pf.text}: a funder the strategy names.`,
          }
        : named > T.PREFERRED_FULL_FOR
          ? {
              sv: `${pf.text} är en av ${named} finansiärer som strategin pekar ut.`,
              en: `${pf.text} is one of ${named} funders the strategy names.`,
            }
          : {
              sv: `${pf.text} är en finansiär som strategin pekar ut.`,
              en: `${pf.text} is a funder the strategy names.`,
            },
    });
  }
  const geo = fits ? geographyMet(a, prep) : undefined;
  let geoBoost: Adjustment | undefined;
  if (geo) {
    const place = CONCEPTS[geo.concept].label;
    const priority = profile.priorities[geo.priority].label;
    const words = geo.byArea ? { sv: [], en: [] } : placeWords(call, a, geo.concept);
    geoBoost = {
      kind: 'geographic-focus',
      points: geographyPoints(profile, geo.priority),
      text: geo.byArea
        ? {
            sv: `${geo.byArea} hör till ${place.sv.toLowerCase()}, som strategin prioriterar ("${priority.sv}").`,
            en: `${geo.byArea} belongs to ${place.en}, which the strategy prioritises ("${priority.en}").`,
          }
        : {
            sv: `Utlysningen nämner ${words.sv.join(', ')} (${place.sv.toLowerCase()}), som strategin prioriterar ("${priority.sv}").`,
            en: `The call names ${words.en.join(', ')} (${place.en}), which the strategy prioritises ("${priority.en}").`,
          },
    };
  }
  const partners = fits ? partnersNamed(a, prep) : [];
  if (partners.length > 0) {
    boosts.push({
      kind: 'partner-country',
      points: Math.min(T.PARTNER_BOOST_MAX, T.PARTNER_BOOST * partners.length),
      text: {
        sv: `Utlysningen nämner partnerländer: ${countriesAsNamed(a, partners, 'sv').join(', ')}.`,
        en: `The call names partner countries: ${countriesAsNamed(a, partners, 'en').join(', ')}.`,
      },
    });
  }
  const programmeBoost =
    fits && !focusElsewhere(a.signals, profile.lan)
      ? programmeAdjustment(call, a, profile, prep, c.content)
      : undefined;
  const l = lift(c.content + (programmeBoost?.points ?? 0));
  for (const b of boosts) b.points *= l;
  if (geoBoost) boosts.push(geoBoost);
  if (programmeBoost) boosts.push(programmeBoost);
  let areaPoints = eligibility.areaPoints * (areaNear ? 1 : l);
  let applicantPoints = eligibility.applicantPoints * l;
  const ex = excludedTerm(call, a, prep);
  if (ex) {
    blockers.push({
      kind: 'exclusion',
      points: 0,
      text: { sv: `Profilen utesluter "${ex.text}".`, en: `The profile excludes "${ex.text}".` },
    });
  }
  const boostTotal = boosts.reduce((t, b) => t + b.points, 0) + areaPoints + applicantPoints;
  const final = finalScore(c.content, boostTotal, blockers.length);
  const { cut, over } = final;
  // A call for companies, and a domestic call, keep a share of the score; the rest is each shown as its own
  // (negative) adjustment. Under a twentieth of a point a cut would round to nothing: not worth a line.
  // Others do the work: companies, or the projects are abroad. One cut, told by what it is.
  const cutFor = othersWorkCut(a, applicant);
  const othersTaken = cutFor ? final.raw * (1 - COMPANY_FACTOR) : 0;
  const othersWork = cutFor && othersTaken >= 0.05 ? cutFor(a, -othersTaken) : undefined;
  const kept = final.raw - othersTaken;
  const taken = kept * (1 - DOMESTIC_FACTOR);
  const domestic =
    taken >= 0.05 && isDomesticFor(call, a, profile.lan) ? domesticAdjustment(call, a, -taken) : undefined;
  const afterDomestic = kept + (domestic?.points ?? 0);
  // A call about the sea, for a body without a coast: the third cut, told by what it is (sea-call.ts).
  const seaTaken = afterDomestic * (1 - SEA_INLAND_FACTOR);
  const sea =
    seaTaken >= 0.05 && isSeaCallInland(a, prep.seaCut) ? seaCallAdjustment(call, a, profile, -seaTaken) : undefined;
  const raw = afterDomestic + (sea?.points ?? 0);
  if (over > 0) {
    const keep = (boostTotal - over) / boostTotal;
    for (const b of boosts) b.points *= keep;
    areaPoints *= keep;
    applicantPoints *= keep;
  }
  // Spread the cut over the blockers so the explanation adds up.
  for (const b of blockers) b.points = -cut / blockers.length;
  const score = Math.round(raw);
  const reasons = buildReasons(call, a, profile, prep, parts, c);
  const shown = boosts.filter((b) => b.points > 0);
  if (othersWork) shown.push(othersWork);
  if (domestic) shown.push(domestic);
  if (sea) shown.push(sea);
  const parts2 = [
    ...reasons.map((r) => r.points),
    areaPoints,
    applicantPoints,
    ...shown.map((b) => b.points),
    ...blockers.map((b) => b.points),
  ];
  const rounded = apportion(parts2, score);
  let k = 0;
  for (const r of reasons) r.points = rounded[k++];
  areaPoints = rounded[k++];
  applicantPoints = rounded[k++];
  for (const b of shown) b.points = rounded[k++];
  for (const b of blockers) b.points = rounded[k++];
  return {
    callId: call.id,
    score,
    band: bandOf(score),
    reasons: orderReasons(reasons),
    eligibility: {
      ...eligibility,
      areaPoints,
      applicantPoints,
      points: Math.round((areaPoints + applicantPoints) * 10) / 10,
    },
    blockers,
    boosts: shown,
  };
}

/** The programme reading of a short text as a boost that names the programme and its priorities it read in. */
function programmeAdjustment(
  call: FundingCall,
  a: CallAnalysis,
  profile: Profile,
  prep: Preparation,
  content: number,
): Adjustment | undefined {
  const reading = programmeReading(call, a);
  if (!reading) return undefined;
  const programme = reading.held;
  const withProgramme = contentOf(call, reading.analysis, prep);
  const points = fallbackPoints(content, withProgramme.content, reading.shortness);
  if (points <= 0 || withProgramme.bestIndex < 0) return undefined;
  // The priorities the text names first: they count in full, the others at half.
  // (In a call of another period only those the text names were read in.)
  const order = !programme.ofCallPeriod
    ? reading.priorities
    : [...reading.priorities, ...programme.priorities.map((_, i) => i).filter((i) => !reading.priorities.includes(i))];
  const labels = order.map((i) => programme.priorities[i].label);
  const quoted = (lang: 'sv' | 'en') => labels.map((l) => `"${l[lang]}"`).join(', ');
  const priority = profile.priorities[withProgramme.bestIndex].label;
  const activityConcept = reading.why === 'activity' ? programmeActivity(reading.programmeId) : undefined;
  if (activityConcept !== undefined) {
    const activity = CONCEPTS[activityConcept].label;
    return {
      kind: 'programme-priorities',
      points,
      from: 'programme-data',
      text: {
        sv: `Utlysningen hör till ${programme.name}, vars projekt alla är "${activity.sv}", vilket möter strategins "${priority.sv}".`,
        en: `The call belongs to ${programme.name}, whose projects are all "${activity.en}", which meets the strategy's "${priority.en}".`,
      },
    };
  }
  return {
    kind: 'programme-priorities',
    points,
    from: 'programme-data',
    text: !programme.ofCallPeriod
      ? {
          sv: `Utlysningen gäller programperioden ${a.signals.otherPeriod}; av prioriteringarna i ${programme.name} räknas bara de vars ämnen texten själv nämner, ${quoted('sv')}, vilket möter strategins "${priority.sv}".`,
          en: `The call belongs to the ${a.signals.otherPeriod} programme period; of the priorities of ${programme.name}, only those whose topics its text names count, ${quoted('en')}, which meets the strategy's "${priority.en}".`,
        }
      : reading.why === 'untitled'
        ? {
            sv: `Utlysningens rubrik nämner inget ämne; ${programme.name} prioriterar ${quoted('sv')}, vilket möter strategins "${priority.sv}".`,
            en: `The call's title names no topic; ${programme.name} prioritises ${quoted('en')}, which meets the strategy's "${priority.en}".`,
          }
        : {
            sv: `Utlysningens text är kort; ${programme.name} prioriterar ${quoted('sv')}, vilket möter strategins "${priority.sv}".`,
            en: `The call's text is short; ${programme.name} prioritises ${quoted('en')}, which meets the strategy's "${priority.en}".`,
          },
  };
}

/** What the call names of a place: its words for the place, or else the countries it names that lie there. */
function placeWords(call: FundingCall, a: CallAnalysis, place: number): { sv: string[]; en: string[] } {
  const said = evidenceOf(call, a, place).map((e) => `"${e.term}"`);
  if (said.length > 0) return { sv: said, en: said };
  const countries = (CONCEPTS[place].countries ?? []).filter((c) => c !== 'Sweden' && a.signals.countries.has(c));
  return { sv: countriesAsNamed(a, countries, 'sv'), en: countriesAsNamed(a, countries, 'en') };
}

/**
 * Countries as the call named them: by name, or as the group it wrote ("länderna runt Östersjön" (bland dem Polen,
 * Finland)) where it named them only so — a claim never names a country the call did not.
 */
function countriesAsNamed(a: CallAnalysis, countries: readonly string[], lang: 'sv' | 'en'): string[] {
  const name = lang === 'sv' ? swedishName : (c: string) => c;
  const out: string[] = [];
  const groups = new Map<string, string[]>();
  for (const c of countries) {
    const words = a.signals.countryGroups?.get(c);
    if (words === undefined) out.push(name(c));
    else groups.set(words, [...(groups.get(words) ?? []), name(c)]);
  }
  const among = lang === 'sv' ? 'bland dem' : 'among them';
  for (const [words, members] of groups) out.push(`"${words}" (${among} ${members.join(', ')})`);
  return out;
}

function ownTermEvidence(call: FundingCall, term: string): Evidence {
  const word = term.split(/\s+/)[0].toLowerCase();
  const probe = word.slice(0, Math.max(4, word.length - 2));
  for (const text of [call.title, call.summary]) {
    const at = text.toLowerCase().indexOf(probe);
    if (at >= 0) {
      const end = text.slice(at).search(/[\s,.;:!?]/);
      const stop = end === -1 ? text.length : at + end;
      return { term: text.slice(at, stop), quote: quoteAround(text, at, stop) };
    }
  }
  return { term, quote: call.title };
}

function buildReasons(
  call: FundingCall,
  a: CallAnalysis,
  profile: Profile,
  prep: Preparation,
  parts: Part[][],
  c: ReturnType<typeof contentOf>,
): Reason[] {
  const reasons: Reason[] = [];
  const denom = T.BEST_SHARE * c.best + (1 - T.BEST_SHARE) * c.coverage;
  if (c.content <= 0 || denom <= 0) return reasons;
  for (const p of prep.priorities) {
    const strength = c.strengths[p.index];
    if (strength <= 0) continue;
    // The priority's share of the content points: its part of the best term and of the coverage term.
    const share =
      ((p.index === c.bestIndex ? T.BEST_SHARE * c.best : 0) +
        ((1 - T.BEST_SHARE) * p.weight * strength) / prep.weightSum) /
      denom;
    const points = c.content * share;
    const list = parts[p.index];
    const total = list.reduce((t, x) => t + x.value, 0) || 1;
    const priority = profile.priorities[p.index];
    for (const part of list) {
      const pts = (points * part.value) / total;
      if (part.concept !== undefined) {
        const concept = CONCEPTS[part.concept];
        reasons.push({
          priorityId: priority.id,
          priorityLabel: priority.label,
          conceptId: concept.id,
          conceptLabel: concept.label,
          ...(part.related ? { related: true } : {}),
          evidence: evidenceOf(call, a, part.concept),
          points: pts,
        });
      } else {
        const evidence = [ownTermEvidence(call, part.term ?? '')];
        reasons.push({ priorityId: priority.id, priorityLabel: priority.label, evidence, points: pts });
      }
    }
  }
  return reasons.sort((x, y) => y.points - x.points);
}
