import type { Priority, Profile } from '../../core/model/profile.ts';
import type { ConceptOption } from './lexicon-options.ts';

/** A new priority built on one lexicon concept, its label the concept's; the id never clashes with one in use. */
export function priorityFromConcept(profile: Profile, concept: ConceptOption): Priority {
  const ids = new Set(profile.priorities.map((p) => p.id));
  let id = concept.id;
  for (let n = 2; ids.has(id); n++) id = `${concept.id}-${n}`;
  return { id, label: { ...concept.label }, weight: 1, concepts: [concept.id], terms: [] };
}

export function removePriority(profile: Profile, id: string): Profile {
  return { ...profile, priorities: profile.priorities.filter((p) => p.id !== id) };
}
