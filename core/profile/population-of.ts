/**
 * A body's population from reference data (population.json), for a profile built from a document: strategies seldom
 * state it, and a call's limit on population ("kommuner med färre än 20 000 invånare") cannot be judged without it.
 * A kommun by its name in its län ("Linköpings kommun", "Karlskrona kommun", "Malung-Sälens kommun"); a region by its
 * län. Undefined where the data holds no such kommun.
 */
import { POPULATION } from '../data/index.ts';
import type { Profile } from '../model/profile.ts';
import { fold } from '../text/fold.ts';

/** Where a drafted profile's figure comes from, as its `population.source` says it. */
export const POPULATION_SOURCE =
  'Fundwatchs referensdata (population.json): folkmängd omkring 31 december 2023, avrundad; granska mot SCB';

const key = (name: string) => fold(name.toLowerCase()).trim();

/** "Linköpings kommun" → "linkoping", "Region Kronoberg" → "kronoberg", "Göteborgs Stad" → "goteborg". */
function baseName(name: string): string {
  return key(name)
    .replace(/^(?:region|regionen)\s+/u, '')
    .replace(/\s+(?:kommun|stad|municipality|city)$/u, '')
    .trim();
}

export function populationOf(name: string, kind: Profile['kind'], lan: string): Profile['population'] | undefined {
  const inLan = POPULATION.lan.find((l) => l.id === lan);
  if (!inLan) return undefined;
  if (kind === 'region') return { count: inLan.population, source: POPULATION_SOURCE };
  const base = baseName(name);
  // The genitive of a name ("Linköpings", "Karlskronas") is the name; a name ending in s itself ("Borås") is kept.
  const found =
    inLan.kommuner.find((k) => key(k.name) === base) ??
    (base.endsWith('s') ? inLan.kommuner.find((k) => key(k.name) === base.slice(0, -1)) : undefined);
  return found ? { count: found.population, source: POPULATION_SOURCE } : undefined;
}
