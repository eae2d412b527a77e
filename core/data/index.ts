/**
 * Reference data as typed constants. Validation against the schemas (./schemas.ts) runs in
 * tests/unit/data and through validateReferenceData() (./validate.ts), not on every load: the schema
 * library would otherwise ship inside the extension's engine bundle.
 */
import applicantTypesJson from './applicant-types.json' with { type: 'json' };
import countriesJson from './countries.json' with { type: 'json' };
import internationalCuesJson from './international-cues.json' with { type: 'json' };
import lanJson from './lan.json' with { type: 'json' };
import lexiconJson from './lexicon.json' with { type: 'json' };
import networksFundersJson from './networks-funders.json' with { type: 'json' };
import populationJson from './population.json' with { type: 'json' };
import programmeAreasJson from './programme-areas.json' with { type: 'json' };
import programmesJson from './programmes.json' with { type: 'json' };
import type {
  ApplicantTypes,
  Countries,
  InternationalCues,
  LanData,
  Lexicon,
  NetworksFunders,
  PopulationData,
  ProgrammeAreas,
  Programmes,
} from './schemas.ts';

const lexicon = lexiconJson as unknown as Lexicon;
export const LEXICON: Lexicon = {
  ...lexicon,
  concepts: lexicon.concepts.map((c) => ({ ...c, specificity: c.specificity ?? 1 })),
};
export const LAN = lanJson as unknown as LanData;
export const PROGRAMME_AREAS = programmeAreasJson as unknown as ProgrammeAreas;
export const APPLICANT_TYPES = applicantTypesJson as unknown as ApplicantTypes;
export const COUNTRIES = countriesJson as unknown as Countries;
export const INTERNATIONAL_CUES = internationalCuesJson as unknown as InternationalCues;
export const NETWORKS_FUNDERS = networksFundersJson as unknown as NetworksFunders;
export const PROGRAMMES = programmesJson as unknown as Programmes;
export const POPULATION = populationJson as unknown as PopulationData;
export const PROGRAMME_BY_ID = new Map(PROGRAMMES.programmes.map((p) => [p.id, p]));

export const CONCEPT_BY_ID = new Map(LEXICON.concepts.map((c) => [c.id, c]));
export const LAN_BY_ID = new Map(LAN.lan.map((l) => [l.id, l]));
export const AREA_BY_ID = new Map(PROGRAMME_AREAS.areas.map((a) => [a.id, a]));
