/**
 * A programme area's Swedish län in a given programme period. Areas change between periods (Nord and
 * Botnia-Atlantica became Aurora; län join or leave), so a call of an earlier period is judged on the area that
 * period had, where programme-areas.json holds it (`periods`, each entry sourced), and on nothing otherwise.
 */
import type { ProgrammeArea } from './schemas.ts';

export interface PeriodArea {
  /** The programme's name in that period: "Interreg South Baltic 2014–2020". */
  readonly name: string;
  readonly lan: readonly string[];
}

/** The area in `period` ("2014–2020"), or undefined when the data holds no sourced area for it. */
export function areaInPeriod(area: ProgrammeArea, period: string): PeriodArea | undefined {
  return area.periods?.find((p) => p.period === period);
}
