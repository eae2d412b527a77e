/**
 * A donor's call for projects in developing countries ("grants to development projects … in low-income countries",
 * signals.ts `projectPlaces`): its list of countries says where the projects are, not who applies, so the body is
 * not shut out; but the work is done there, not in the body's own area. Such a call keeps COMPANY_FACTOR of its
 * score, as a call for companies does (others do the work), shown as its own (negative) line.
 */
import type { Adjustment } from '../model/match.ts';
import type { CallAnalysis } from './analyse.ts';
import { companyAdjustment, isCompanyCall } from './company-call.ts';
import type { Verdict } from './eligibility.ts';

/**
 * A sea basin abroad named as where the work is ("Black Sea blue economy … pilot"), in a call whose countries hold
 * Sweden ("EU and eligible non-EU Black Sea countries"): a Swedish body may take part, but the work is there.
 * (Where Sweden's place is not said, eligibility tells that instead: no cut on top of it.)
 */
const basinOfWork = (a: CallAnalysis): string | undefined =>
  a.signals.swedenEligible === true && !a.signals.basinStates ? a.signals.basinAbroad : undefined;

export const isWorkAbroad = (a: CallAnalysis): boolean =>
  a.signals.projectPlaces !== undefined || basinOfWork(a) !== undefined;

/** The explanation of the cut, with its (negative) points. */
export function workAbroadAdjustment(a: CallAnalysis, points: number): Adjustment {
  const basin = a.signals.projectPlaces ? undefined : basinOfWork(a);
  if (basin)
    return {
      kind: 'work-abroad',
      points,
      text: {
        sv: `Utlysningen gäller "${basin}", utanför Sverige, där arbetet ska göras.`,
        en: `The call is about "${basin}", outside Sweden, where the work is to be done.`,
      },
    };
  const places = (a.signals.projectPlaces ?? []).join(', ');
  return {
    kind: 'work-abroad',
    points,
    text: {
      sv: `Projekten ska genomföras i "${places}", utanför Sverige.`,
      en: `The projects are to be carried out in "${places}", outside Sweden.`,
    },
  };
}

/**
 * Others do the work — companies, or bodies abroad where the projects are: the explanation of the cut a call keeps
 * COMPANY_FACTOR by, or undefined where there is none. One question for the scorer's quick path and its full one.
 */
export function othersWorkCut(
  a: CallAnalysis,
  applicant: Verdict,
): ((a: CallAnalysis, points: number) => Adjustment) | undefined {
  if (isCompanyCall(a, applicant)) return companyAdjustment;
  return isWorkAbroad(a) ? workAbroadAdjustment : undefined;
}
