import { PROGRAMME_BY_ID } from '../data/index.ts';
import type { Bilingual } from '../model/profile.ts';
import type { CallSignals } from './signals.ts';

/** The part of its countries the call's programme is made for (programmes.json `focus`), with its name. */
export interface ProgrammeFocus {
  programme: string;
  place: Bilingual;
  lan: readonly string[];
  /** The programme's places (its `regions`), among them the part it is made for. */
  regions: readonly string[];
}

/**
 * The focus of the call's programme (the Nordic Arctic of the Nordic Council of Ministers' Arctic programme): where
 * the call names a programme area of its own, that area is where it is, not the programme's focus.
 */
export function programmeFocus(s: CallSignals): ProgrammeFocus | undefined {
  if (s.areaId) return undefined;
  const programme = s.programmeId ? PROGRAMME_BY_ID.get(s.programmeId) : undefined;
  const focus = programme?.focus;
  return focus && programme
    ? { programme: programme.name, place: focus.place, lan: focus.lan, regions: programme.regions ?? [] }
    : undefined;
}

/**
 * The call's programme is made for a part of its countries the body lies outside: its priorities are that part's
 * ("Sustainable development in the Arctic"), so they are not read into a short call for a body elsewhere, whose
 * own words still count.
 */
export function focusElsewhere(s: CallSignals, lan: string): boolean {
  const focus = programmeFocus(s);
  return focus !== undefined && !focus.lan.includes(lan);
}
