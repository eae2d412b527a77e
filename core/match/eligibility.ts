import { AREA_BY_ID, LAN_BY_ID } from '../data/index.ts';
import type { ApplicantClass } from '../data/kinds.ts';
import type { Adjustment, Eligibility, EligibilityVerdict } from '../model/match.ts';
import type { Bilingual, Profile } from '../model/profile.ts';
import type { CallSignals } from './signals.ts';

/** Boost for a programme whose area covers the body: the closer the programme, the likelier the fit. */
export const AREA_BOOST: Record<'cross-border' | 'transnational' | 'interregional', number> = {
  'cross-border': 20,
  transnational: 8,
  interregional: 4,
};
/** A call that names the body's kind (or public bodies) among its applicants. */
export const APPLICANT = { BOOST: 4 };

export interface EligibilityResult {
  /** Points still at their full value: the scorer scales them by how relevant the content is. */
  eligibility: Eligibility;
  /** Blockers without points yet; the scorer sets points. */
  blockers: Adjustment[];
}

const NOT_PUBLIC: readonly ApplicantClass[] = ['company', 'research', 'civil'];

const ONLY_TEXT: Record<string, Bilingual> = {
  company: { sv: 'Utlysningen vänder sig bara till företag.', en: 'The call is open to companies only.' },
  research: {
    sv: 'Utlysningen vänder sig bara till universitet, högskolor och forskare.',
    en: 'The call is open to universities and researchers only.',
  },
  civil: {
    sv: 'Utlysningen vänder sig bara till föreningar och civilsamhällets organisationer.',
    en: 'The call is open to associations and civil-society organisations only.',
  },
  mixed: {
    sv: 'Utlysningen vänder sig till företag, forskare eller föreningar, inte till kommuner och regioner.',
    en: 'The call is open to companies, researchers or associations, not to municipalities and regions.',
  },
};

type Verdict = { verdict: EligibilityVerdict; text: Bilingual };

/** Same for every profile of a kind, so worked out once per call and kind. */
export function applicantVerdict(s: CallSignals, kind: Profile['kind']): Verdict {
  s.verdicts ??= new Map();
  let v = s.verdicts.get(kind) as Verdict | undefined;
  if (!v) {
    v = judgeApplicant(s, kind);
    s.verdicts.set(kind, v);
  }
  return v;
}

function judgeApplicant(s: CallSignals, kind: Profile['kind']): Verdict {
  const who = kind === 'region' ? { sv: 'regioner', en: 'regions' } : { sv: 'kommuner', en: 'municipalities' };
  if (s.icldMunicipal) {
    return {
      verdict: 'eligible',
      text: {
        sv: `ICLD:s kommunala partnerskap är öppna för svenska ${who.sv}.`,
        en: `ICLD's municipal partnerships are open to Swedish ${who.en}.`,
      },
    };
  }
  const judge = (classes: ReadonlySet<ApplicantClass>, listed: boolean) => {
    if (classes.has('municipal') || (kind === 'kommun' && classes.has('school'))) {
      return {
        verdict: 'eligible' as const,
        text: listed
          ? {
              sv: `Utlysningen nämner ${who.sv} eller offentliga aktörer bland de sökande.`,
              en: `The call lists ${who.en} or public bodies among applicants.`,
            }
          : {
              sv: `Utlysningen nämner ${who.sv} eller offentliga aktörer.`,
              en: `The call mentions ${who.en} or public bodies.`,
            },
      };
    }
    if (classes.has('region')) {
      return kind === 'region'
        ? {
            verdict: 'eligible' as const,
            text: { sv: 'Utlysningen vänder sig till regioner.', en: 'The call is open to regions.' },
          }
        : {
            verdict: 'not-eligible' as const,
            text: {
              sv: 'Utlysningen vänder sig bara till regioner, inte till kommuner.',
              en: 'The call is open to regions only, not to municipalities.',
            },
          };
    }
    const others = NOT_PUBLIC.filter((c) => classes.has(c));
    if (others.length > 0 && [...classes].every((c) => NOT_PUBLIC.includes(c))) {
      return { verdict: 'not-eligible' as const, text: ONLY_TEXT[others.length === 1 ? others[0] : 'mixed'] };
    }
    return undefined;
  };
  const fromList = s.listed.size > 0 ? judge(s.listed, true) : undefined;
  if (fromList) return fromList;
  const fromWho = s.targeted.size > 0 ? judge(s.targeted, false) : undefined;
  if (fromWho) return fromWho;
  // A word anywhere in the prose ("business development") says nothing about who applies, unless it is us.
  const fromText = judge(s.mentioned, false);
  if (fromText?.verdict === 'eligible') return fromText;
  return {
    verdict: 'unknown',
    text: {
      sv: 'Utlysningen säger inte tydligt vilka som kan söka.',
      en: 'The call does not say clearly who may apply.',
    },
  };
}

/** The verdicts and their points only, without the sentences: what ranking needs. */
export function eligibilityPoints(s: CallSignals, profile: Profile): { boost: number; blockers: number } {
  let boost = 0;
  let blockers = 0;
  const area = s.areaId ? AREA_BY_ID.get(s.areaId) : undefined;
  if (area) {
    if (area.lan.includes(profile.lan)) boost += AREA_BOOST[area.scope];
    else blockers++;
  }
  const applicant = applicantVerdict(s, profile.kind).verdict;
  if (applicant === 'not-eligible') blockers++;
  else if (applicant === 'eligible') boost += APPLICANT.BOOST;
  return { boost, blockers };
}

export function assessEligibility(s: CallSignals, profile: Profile): EligibilityResult {
  const blockers: Adjustment[] = [];
  let areaPoints = 0;
  let applicantPoints = 0;
  const lanName = LAN_BY_ID.get(profile.lan)?.name ?? profile.lan;
  const area = s.areaId ? AREA_BY_ID.get(s.areaId) : undefined;
  let areaVerdict: EligibilityVerdict = 'unknown';
  let areaText: Bilingual = {
    sv: 'Ingen geografisk begränsning till ett programområde hittades.',
    en: 'No programme-area restriction was found.',
  };
  if (area) {
    if (area.lan.includes(profile.lan)) {
      areaVerdict = 'eligible';
      areaText = {
        sv: `${lanName} ingår i programområdet för ${area.name}.`,
        en: `${lanName} is inside the ${area.name} programme area.`,
      };
      areaPoints = AREA_BOOST[area.scope];
    } else {
      areaVerdict = 'not-eligible';
      areaText = {
        sv: `${lanName} ligger utanför programområdet för ${area.name}.`,
        en: `${lanName} is outside the ${area.name} programme area.`,
      };
      blockers.push({ kind: 'outside-programme-area', points: 0, text: areaText });
    }
  }
  const applicant = applicantVerdict(s, profile.kind);
  if (applicant.verdict === 'not-eligible') {
    blockers.push({ kind: 'applicant-type', points: 0, text: applicant.text });
  } else if (applicant.verdict === 'eligible') {
    applicantPoints = APPLICANT.BOOST;
  }
  return {
    eligibility: {
      area: areaVerdict,
      areaText,
      applicant: applicant.verdict,
      applicantText: applicant.text,
      areaPoints,
      applicantPoints,
      points: areaPoints + applicantPoints,
    },
    blockers,
  };
}
