/**
 * Reference data, validated once at load so a reviewer's typo fails loudly at start, not as a silent miss.
 */
import applicantTypesJson from './applicant-types.json' with { type: 'json' };
import countriesJson from './countries.json' with { type: 'json' };
import lanJson from './lan.json' with { type: 'json' };
import lexiconJson from './lexicon.json' with { type: 'json' };
import networksFundersJson from './networks-funders.json' with { type: 'json' };
import programmeAreasJson from './programme-areas.json' with { type: 'json' };
import {
  ApplicantTypesSchema,
  CountriesSchema,
  LanSchema,
  LexiconSchema,
  NetworksFundersSchema,
  ProgrammeAreasSchema,
} from './schemas.ts';

export const LEXICON = LexiconSchema.parse(lexiconJson);
export const LAN = LanSchema.parse(lanJson);
export const PROGRAMME_AREAS = ProgrammeAreasSchema.parse(programmeAreasJson);
export const APPLICANT_TYPES = ApplicantTypesSchema.parse(applicantTypesJson);
export const COUNTRIES = CountriesSchema.parse(countriesJson);
export const NETWORKS_FUNDERS = NetworksFundersSchema.parse(networksFundersJson);

export const CONCEPT_BY_ID = new Map(LEXICON.concepts.map((c) => [c.id, c]));
export const LAN_BY_ID = new Map(LAN.lan.map((l) => [l.id, l]));
export const AREA_BY_ID = new Map(PROGRAMME_AREAS.areas.map((a) => [a.id, a]));
