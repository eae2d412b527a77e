/**
 * The scaffold of the applicant tests: a kommun and a region in Kalmar län, and what the engine says of who may
 * apply to a call from a funder without programme data (so the verdict is the call's own, unless a test names one).
 */
import { expect, it } from 'vitest';
import { score } from '../../core/match/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { EligibilityVerdict, EvidenceSource } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';
import { testCall, testProfile } from './test-call.ts';

export const kommun = testProfile({ kind: 'kommun' });
export const region = testProfile({ id: 'test-region', name: 'Region Test', kind: 'region' });

export interface ApplicantJudgement {
  verdict: EligibilityVerdict;
  /** The applicant line in Swedish, and in English. */
  text: string;
  textEn: string;
  from: EvidenceSource | undefined;
  /** Every blocker's Swedish text, and those of the applicant-type blockers alone. */
  blockers: string[];
  applicantBlockers: string[];
}

export function judge(over: Partial<FundingCall>, p: Profile = kommun): ApplicantJudgement {
  const m = score(testCall({ funder: 'Testfonden', ...over }), p);
  return {
    verdict: m.eligibility.applicant,
    text: m.eligibility.applicantText.sv,
    textEn: m.eligibility.applicantText.en,
    from: m.eligibility.applicantFrom,
    blockers: m.blockers.map((b) => b.text.sv),
    applicantBlockers: m.blockers.filter((b) => b.kind === 'applicant-type').map((b) => b.text.sv),
  };
}

/** A call whose summary is this sentence. */
export const judgeText = (summary: string, language: 'sv' | 'en', p: Profile = kommun) =>
  judge({ summary, language }, p);

/** The applicant line names kommuner or regioner as applicants or parties. */
export const NAMES_US = /nämner (kommuner|regioner) eller offentliga aktörer/;
/** … or says the call is for them. */
export const NAMES_OR_FOR_US =
  /nämner (kommuner|regioner) eller offentliga aktörer|vänder sig (bara )?till (kommuner|regioner)/;

/**
 * One test per sentence: neither a kommun nor a region is told the call names it or is for it, none is judged
 * eligible by the sentence, and nothing blocks either.
 */
export function itNamesNeitherNorBlocks(cases: [string, 'sv' | 'en'][]) {
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      for (const p of [kommun, region]) {
        const j = judgeText(summary, language, p);
        expect(j.verdict).not.toBe('eligible');
        expect(j.text).not.toMatch(NAMES_OR_FOR_US);
        expect(j.blockers).toEqual([]);
      }
    });
  }
}

/** The kinds of the blockers a body gets for a call from a funder without programme data. */
export const blockerKinds = (over: Partial<FundingCall>, p: Profile = kommun): string[] =>
  score(testCall({ funder: 'Testfonden', ...over }), p).blockers.map((b) => b.kind);
