/**
 * A body's population from reference data (population.json), for a profile built from a document: strategies seldom
 * state it, and a call's limit on population ("kommuner med färre än 20 000 invånare") cannot be judged without it.
 * A kommun by its name in its län ("Linköpings kommun", "Karlskrona kommun", "Malung-Sälens kommun"); a region by its
 * län. Undefined where the data holds no such kommun.
 */
import { POPULATION } from '../data/index.ts';
import { baseName, kommunKeys } from '../match/named-municipalities.ts';
import type { Profile } from '../model/profile.ts';

/** Where a drafted profile's figure comes from, as its `population.source` says it. */
export const POPULATION_SOURCE =
  'Fundwatchs referensdata (population.json): folkmängd omkring 31 december 2023, avrundad; granska mot SCB';

export function populationOf(name: string, kind: Profile['kind'], lan: string): Profile['population'] | undefined {
  const inLan = POPULATION.lan.find((l) => l.id === lan);
  if (!inLan) return undefined;
  if (kind === 'region') return { count: inLan.population, source: POPULATION_SOURCE };
  // (Its name as written, or in the genitive: "Linköpings kommun"; named-municipalities.ts reads kommuner so.)
  for (const key of kommunKeys(name)) {
    const found = inLan.kommuner.find((k) => baseName(k.name) === key);
    if (found) return { count: found.population, source: POPULATION_SOURCE };
  }
  return undefined;
}
