/**
 * Calls for companies: a call whose own text addresses companies — SMEs in its title, its list of applicants, or
 * sentence after sentence — and names no public body at all funds work that companies (or consortia of a sector's
 * companies) do. Programme data may well say a kommun or region can apply to the programme at large (the Single
 * Market Programme, an EU fund open to "any legal entity"), and the call's topic (tourism, digitalisation, energy)
 * may meet a priority, but the call is not written for them: at most they join as a partner. In the labelled sets
 * (dev and sets 1–8) such calls outside a programme area scored 15–30 points above the body's calls of the same
 * grade, at scores about 45–55: they keep COMPANY_FACTOR of their score, shown as its own (negative) line.
 * A programme area's calls (Interreg, the regional fund programmes) are partnerships of the area's own actors, its
 * public bodies among them, even where a call's objectives name SMEs: they are not cut. A call that names public
 * bodies anywhere — as applicants, partners, members or those served — is not one either (signals.ts, `companies`).
 * A programme whose data says its calls are for companies' own projects (`forCompanies` in programmes.json: the EU
 * Innovation Fund's industrial plants) makes a call of it that names no public body one too, said to be programme data.
 */
import { PROGRAMME_BY_ID } from '../data/index.ts';
import type { Adjustment } from '../model/match.ts';
import type { CallAnalysis } from './analyse.ts';
import type { Verdict } from './eligibility.ts';

/** What a call for companies keeps of its score. */
export const COMPANY_FACTOR = 0.6;

/**
 * The call addresses companies only, outside a programme area, and the body is not shut out already (a blocker
 * says more than this cut: "open to companies only").
 */
export function isCompanyCall(a: CallAnalysis, applicant: Verdict): boolean {
  const s = a.signals;
  if (s.areaId || applicant.verdict === 'not-eligible') return false;
  return s.companies !== undefined || (forCompanies(a) !== undefined && !s.namesPublic);
}

/** The call's programme, where its data says its calls are for companies' own projects (`forCompanies`). */
function forCompanies(a: CallAnalysis): string | undefined {
  const p = a.signals.programmeId ? PROGRAMME_BY_ID.get(a.signals.programmeId) : undefined;
  return p?.forCompanies ? p.name : undefined;
}

/** The explanation of the cut, with its (negative) points. */
export function companyAdjustment(a: CallAnalysis, points: number): Adjustment {
  const words = a.signals.companies;
  const programme = forCompanies(a);
  if (words === undefined && programme) {
    return {
      kind: 'company-call',
      points,
      from: 'programme-data',
      text: {
        sv: `${programme} finansierar företags egna projekt och utlysningen nämner ingen offentlig aktör; en kommun eller region är inte den som gör arbetet.`,
        en: `${programme} funds companies' own projects and the call names no public body; a municipality or region is not the one doing the work.`,
      },
    };
  }
  return {
    kind: 'company-call',
    points,
    text: {
      sv: `Utlysningen vänder sig till företag ("${words}") och nämner ingen offentlig aktör; en kommun eller region är inte den som gör arbetet.`,
      en: `The call addresses companies ("${words}") and names no public body; a municipality or region is not the one doing the work.`,
    },
  };
}
