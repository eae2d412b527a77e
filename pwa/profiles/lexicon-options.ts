import type { Bilingual } from '../../core/model/profile.ts';

export interface ConceptOption {
  id: string;
  label: Bilingual;
}

/** The lexicon's concepts (core/data/lexicon.json), to add a priority from; loaded with the Profile view only. */
export async function loadConceptOptions(): Promise<ConceptOption[]> {
  const data = (await import('../../core/data/lexicon.json')).default as { concepts: ConceptOption[] };
  return data.concepts.map(({ id, label }) => ({ id, label: { sv: label.sv, en: label.en } }));
}
