/** Enumerations the reference data uses, kept free of the schema library so the engine bundle stays small. */
export const APPLICANT_CLASSES = ['municipal', 'region', 'company', 'research', 'civil', 'school'] as const;
export type ApplicantClass = (typeof APPLICANT_CLASSES)[number];

export const AREA_SCOPES = ['cross-border', 'transnational', 'interregional'] as const;
export type AreaScope = (typeof AREA_SCOPES)[number];
