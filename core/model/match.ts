import type { CallStatus, DeadlineKind } from './call.ts';
import type { Bilingual } from './profile.ts';

export type Band = 'strong' | 'relevant' | 'weak' | 'none';
export const BANDS: readonly Band[] = ['strong', 'relevant', 'weak', 'none'];

/**
 * Said by reference data (programmes.json, programme-areas.json, applicant-types.json), not by the call's text;
 * views mark it (core/match/provenance.ts).
 */
export const EVIDENCE_SOURCES = ['programme-data'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export interface Evidence {
  /** The call's own word or phrase that matched; with `from`, the programme priority's label. */
  term: string;
  /** A short quote around it from the call's title or summary. */
  quote: string;
  /** Set when the evidence is the programme's data: a call opening all priorities is read by its programme's. */
  from?: EvidenceSource;
  /** The programme priority (programmes.json) this evidence stands for, when `from` is set. */
  programmePriority?: Bilingual;
  /**
   * The words are the call's list of who may apply, naming only cities: a programme for cities, which the list says,
   * not a topic of the call's text (analyse.ts CITIES_LIST_TF).
   */
  applicantList?: true;
}

export interface Reason {
  priorityId: string;
  priorityLabel: Bilingual;
  /** Lexicon concept id, absent when a profile's own term matched. */
  conceptId?: string;
  conceptLabel?: Bilingual;
  /**
   * The concept is next to the priority's own (a related or broader topic in the lexicon), not one of them: it earns
   * a share of the credit, and the explanation says "närliggande ämne" instead of claiming the priority's topic.
   */
  related?: boolean;
  evidence: Evidence[];
  /** Points this reason contributes to the 0–100 score. */
  points: number;
}

export type EligibilityVerdict = 'eligible' | 'not-eligible' | 'unknown';

export interface Eligibility {
  /** Programme area vs the body's län. */
  area: EligibilityVerdict;
  areaText: Bilingual;
  /** Set when the area verdict rests on programme data, not on the call's text (shown as "(programdata)"). */
  areaFrom?: EvidenceSource;
  /** Applicant types the call names vs a kommun/region. */
  applicant: EligibilityVerdict;
  applicantText: Bilingual;
  applicantFrom?: EvidenceSource;
  /** Points the area verdict adds to the score (an eligible area; an outside area is a blocker instead). */
  areaPoints: number;
  /** Points the applicant verdict adds (the call names the body's kind or public bodies). */
  applicantPoints: number;
  /** areaPoints + applicantPoints: the eligibility term of score = reasons + eligibility + boosts + blockers. */
  points: number;
}

export interface Adjustment {
  kind: string;
  /** Signed points applied to the score. */
  points: number;
  text: Bilingual;
  /** Set when the text rests on programme data, not on the call's text (shown as "(programdata)"). */
  from?: EvidenceSource;
}

/** Where a call stands in time: the derived status, or 'undated' when the call gives no date at all. */
export type DeadlineStatus = CallStatus | 'undated';

/** The call's timing as of the scoring clock: shown to users, never part of the score. */
export interface DeadlineInfo {
  status: DeadlineStatus;
  /** The deadline told (next ahead, or the last one once closed) or the opening date, YYYY-MM-DD in its zone. */
  date?: string;
  /** Local clock time of that deadline, HH:MM, when the funder gives one. */
  time?: string;
  timeZone?: string;
  kind?: DeadlineKind;
  /** Calendar days from the scoring clock to `date` (negative once passed). */
  daysLeft?: number;
  /** e.g. "Sista ansökningsdag 2026-03-15 (om 23 dagar)" / "Deadline 15 March 2026 (in 23 days)". */
  text: Bilingual;
}

/**
 * A scored call. Every point is shown and they add up exactly:
 * score = Σ reasons[].points + eligibility.points + Σ boosts[].points + Σ blockers[].points (blockers ≤ 0),
 * each part rounded to one decimal so that the sum is the whole-number score.
 */
export interface Match {
  callId: string;
  /** 0–100. */
  score: number;
  band: Band;
  reasons: Reason[];
  eligibility: Eligibility;
  blockers: Adjustment[];
  /**
   * Adjustments other than eligibility: boosts (a funder the strategy names, partner countries the call names),
   * and the cuts that are not blockers, a domestic call's ('domestic-scope') and a call for companies'
   * ('company-call'), both negative.
   */
  boosts: Adjustment[];
  /** Deadline or opening as of the scoring clock (ScoreOptions.now); informs, does not change the score. */
  deadline?: DeadlineInfo;
}
