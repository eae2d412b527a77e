/**
 * A priority tied to places or partners ("in cooperation with our twin towns, children and youth, democracy and
 * sustainability"; "cooperation within the Baltic ring"; "cooperation with neighbouring municipalities") is about
 * that cooperation: a call meets it only when the call concerns those places or partners, or is cooperation of
 * that kind. Its themes count only together with that core — "sustainable" in a green call is not twin-town work,
 * and "partners" in a call for partners in nineteen countries is not cooperation around the Baltic Sea.
 */
import { AREA_BY_ID, PROGRAMME_BY_ID } from '../data/index.ts';
import type { Priority } from '../model/profile.ts';
import type { CallAnalysis } from './analyse.ts';
import { CONCEPT_INDEX, CONCEPTS } from './concepts.ts';

export interface PreparedCore {
  /** Kinds of cooperation with particular partners (town twinning, cross-border): met by the call's own words. */
  kinds: number[];
  /** Places (geographic concepts): met by the call's programme area, or by the call naming them. */
  places: number[];
  /** Partner countries (English names), the places' own among them: met by the call naming partners there. */
  countries: string[];
  /** The partner countries the priority names itself (not its places'): met by the call naming any of them. */
  own: string[];
}

export function prepareCore(core: Priority['core']): PreparedCore | undefined {
  if (!core) return undefined;
  const ids = core.concepts.map((id) => CONCEPT_INDEX.get(id)).filter((i): i is number => i !== undefined);
  const places = ids.filter((i) => CONCEPTS[i].geographic === true);
  const countries = [...core.countries, ...places.flatMap((p) => CONCEPTS[p].countries ?? [])];
  const out: PreparedCore = {
    kinds: ids.filter((i) => !CONCEPTS[i].geographic),
    places,
    countries: [...new Set(countries)].filter((c) => c !== 'Sweden'),
    own: core.countries.filter((c) => c !== 'Sweden'),
  };
  return out.kinds.length + out.places.length + out.countries.length > 0 ? out : undefined;
}

/**
 * From this many partner countries on, a call's countries are a programme's list ("a partner in one of the
 * programme's countries: …" nineteen of them), and the call concerns the core's places only if they are a real
 * share of that list.
 */
export const COUNTRY_LIST = 5;
export const CORE_SHARE = 0.25;

/** Whether the countries the call names leave room for it to be about the core's places. */
function aboutTheseCountries(a: CallAnalysis, countries: readonly string[]): boolean {
  let named = 0;
  let ours = 0;
  for (const c of a.signals.countries) {
    if (c === 'Sweden') continue;
    named++;
    if (countries.includes(c)) ours++;
  }
  return named < COUNTRY_LIST || ours >= CORE_SHARE * named;
}

/** The places that have countries (the Baltic Sea region, the Nordic countries, the Eastern neighbourhood…). */
const PLACES = CONCEPTS.flatMap((c, i) => (c.geographic && c.countries && c.countries.length > 0 ? [i] : []));

/** How many of the countries the call names (Sweden aside) lie in a place. */
function countriesIn(a: CallAnalysis, place: number): number {
  let n = 0;
  for (const c of CONCEPTS[place].countries ?? []) if (c !== 'Sweden' && a.signals.countries.has(c)) n++;
  return n;
}

/**
 * The countries the call names put it in a place: some lie there, and no other place holds more of them.
 * Denmark, Finland, Iceland and Norway are the Nordic countries, not the Baltic Sea region, though two of them
 * lie on it; Finland, Estonia and Latvia are the Baltic Sea region, though one of them is Nordic.
 */
function placeOfCountries(a: CallAnalysis, place: number): boolean {
  const n = countriesIn(a, place);
  if (n === 0) return false;
  for (const other of PLACES) if (other !== place && countriesIn(a, other) > n) return false;
  return true;
}

/**
 * Whether the call's own words put it in a place: it names the place (or partners in its countries, when they
 * are more this place's than another's), and the countries it names are not a long list of which the place's
 * are a small part.
 */
export function placeNamed(a: CallAnalysis, place: number): boolean {
  const named = a.tf[place] > 0 || placeOfCountries(a, place);
  return named && aboutTheseCountries(a, CONCEPTS[place].countries ?? []);
}

/** The name of the call's programme area (or programme) that lies in a place (geographic concept), if it does. */
export function areaIn(a: CallAnalysis, place: number): string | undefined {
  const s = a.signals;
  const id = CONCEPTS[place].id;
  const area = s.areaId ? AREA_BY_ID.get(s.areaId) : undefined;
  if (area?.regions?.includes(id)) return area.name;
  const programme = s.programmeId ? PROGRAMME_BY_ID.get(s.programmeId) : undefined;
  return programme?.regions?.includes(id) ? programme.name : undefined;
}

/**
 * Whether the call concerns the places or partners a priority is tied to, or is cooperation of its kind. Cooperation
 * of its kind with partners elsewhere is not: twin-town work in the Baltic ring is met by a town-twinning call that
 * names no partner countries, not by a municipal-partnership call for partners in nineteen countries, one of them
 * the priority's.
 */
export function coreMet(a: CallAnalysis, core: PreparedCore): boolean {
  if (core.kinds.some((c) => a.tf[c] > 0) && (core.countries.length === 0 || aboutTheseCountries(a, core.countries))) {
    return true;
  }
  if (core.places.some((p) => areaIn(a, p) !== undefined)) return true;
  const s = a.signals;
  const named =
    core.places.some((p) => a.tf[p] > 0 || placeOfCountries(a, p)) || core.own.some((c) => s.countries.has(c));
  return named && aboutTheseCountries(a, core.countries);
}
