import type { Bilingual } from './profile.ts';

export type Band = 'strong' | 'relevant' | 'weak' | 'none';
export const BANDS: readonly Band[] = ['strong', 'relevant', 'weak', 'none'];

export interface Evidence {
  /** The call's own word or phrase that matched. */
  term: string;
  /** A short quote around it from the call's title or summary. */
  quote: string;
}

export interface Reason {
  priorityId: string;
  priorityLabel: Bilingual;
  /** Lexicon concept id, absent when a profile's own term matched. */
  conceptId?: string;
  conceptLabel?: Bilingual;
  evidence: Evidence[];
  /** Points this reason contributes to the 0–100 score. */
  points: number;
}

export type EligibilityVerdict = 'eligible' | 'not-eligible' | 'unknown';

export interface Eligibility {
  /** Programme area vs the body's län. */
  area: EligibilityVerdict;
  areaText: Bilingual;
  /** Applicant types the call names vs a kommun/region. */
  applicant: EligibilityVerdict;
  applicantText: Bilingual;
}

export interface Adjustment {
  kind: string;
  /** Signed points applied to the score. */
  points: number;
  text: Bilingual;
}

export interface Match {
  callId: string;
  /** 0–100. */
  score: number;
  band: Band;
  reasons: Reason[];
  eligibility: Eligibility;
  blockers: Adjustment[];
  boosts: Adjustment[];
}
