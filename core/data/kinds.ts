/** Enumerations the reference data uses, kept free of the schema library so the engine bundle stays small. */
export const APPLICANT_CLASSES = [
  'municipal',
  'public',
  'region',
  'company',
  'research',
  'civil',
  'school',
  'state',
  'individual',
] as const;
export type ApplicantClass = (typeof APPLICANT_CLASSES)[number];

export const AREA_SCOPES = ['cross-border', 'transnational', 'interregional', 'regional'] as const;
export type AreaScope = (typeof AREA_SCOPES)[number];

export const PROGRAMME_GEOGRAPHIES = [
  'programme-area',
  'eu-wide',
  'sweden',
  'nordic-baltic',
  'nordic',
  'non-eu',
] as const;
export type ProgrammeGeography = (typeof PROGRAMME_GEOGRAPHIES)[number];
