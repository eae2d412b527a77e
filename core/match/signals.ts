/**
 * Profile-independent facts about a call that eligibility needs: its programme area, who may apply,
 * which countries it names, whether it is ICLD's municipal programme. Read once per call.
 */
import { APPLICANT_TYPES, PROGRAMME_AREAS } from '../data/index.ts';
import type { ApplicantClass } from '../data/kinds.ts';
import type { FundingCall } from '../model/call.ts';
import { fold } from '../text/fold.ts';
import { plain } from '../text/normalise.ts';
import { type KeyedToken, keyTokens } from '../text/phrases.ts';
import { type VocabRef, WHO_AND_WHERE } from './vocabulary.ts';

/** Folded, punctuation-free text for substring look-ups of names (funders, programmes). */
export function nameKey(text: string): string {
  return ` ${fold(plain(text))} `;
}

const AREA_ALIASES = PROGRAMME_AREAS.areas.map((a) => ({ id: a.id, keys: a.aliases.map((x) => nameKey(x)) }));

const areaCache = new Map<string, string | null>();

function areaIn(key: string): string | null {
  // Longest alias first: "interreg south baltic" before "south baltic".
  let best: { id: string; len: number } | undefined;
  for (const a of AREA_ALIASES) {
    for (const k of a.keys) if (key.includes(k) && (!best || k.length > best.len)) best = { id: a.id, len: k.length };
  }
  return best?.id ?? null;
}

/** The call's programme area: given, or named by its funder or programme (cached: they repeat), or its title. */
export function detectArea(call: FundingCall): string | undefined {
  if (call.programmeArea) return call.programmeArea;
  const by = `${call.funder}\u0000${call.programme ?? ''}`;
  let area = areaCache.get(by);
  if (area === undefined) {
    area = areaIn(nameKey(`${call.funder} ${call.programme ?? ''}`));
    if (areaCache.size > 50_000) areaCache.clear();
    areaCache.set(by, area);
  }
  return area ?? areaIn(nameKey(call.title)) ?? undefined;
}

// Cues of the sentence that says who may apply, on lowercase text (Swedish letters with or without diacritics).
const WHO_CUE =
  /(kan s[oö]ka|kan ans[oö]ka|f[aå]r s[oö]ka|v[aä]nder sig (till|fr[aä]mst till)|riktar sig (till|fr[aä]mst till)|[aä]r [oö]ppen f[oö]r|who can apply|may apply|can apply|eligible (applicants|organisations|organizations|entities)|open to|is aimed at|applicants? must|lead partners? must)/g;

/** Character ranges of the sentences that say who may apply (a question cue takes the next sentence too). */
/** Words every cue contains; a text without any of them has no who-may-apply sentence (skips the regex). */
const WHO_HINT = /s[oö]ka|sig till|pen f|apply|eligible|open to|aimed at|must/;

export function whoRanges(text: string): [number, number][] {
  const folded = text.toLowerCase();
  const out: [number, number][] = [];
  if (!WHO_HINT.test(folded)) return out;
  for (const m of folded.matchAll(WHO_CUE)) {
    const at = m.index ?? 0;
    const from = Math.max(folded.lastIndexOf('. ', at), folded.lastIndexOf('? ', at), -1) + 1;
    let to = folded.slice(at).search(/[.!?](\s|$)/);
    to = to === -1 ? folded.length : at + to + 1;
    if (folded[to - 1] === '?') {
      const next = folded.slice(to).search(/[.!](\s|$)/);
      to = next === -1 ? folded.length : to + next + 1;
    }
    out.push([from, to]);
  }
  return out;
}

export function whoMayApply(text: string): string {
  return whoRanges(text)
    .map(([a, b]) => text.slice(a, b))
    .join(' ');
}

const ICLD_FUNDER = APPLICANT_TYPES.icld.funderAliases.map((x) => nameKey(x));
const ICLD_MUNICIPAL = APPLICANT_TYPES.icld.municipalProgrammes.map((x) => nameKey(x));

export interface CallSignals {
  areaId?: string;
  /** Classes named in the call's applicantTypes field (authoritative when present). */
  listed: Set<ApplicantClass>;
  /** Classes named in sentences that say who may apply ("Vem kan söka?", "open to…"). */
  targeted: Set<ApplicantClass>;
  /** Classes named anywhere in its text (weakest evidence: only ever read as a sign of eligibility). */
  mentioned: Set<ApplicantClass>;
  countries: Set<string>;
  /** Folded funder + programme + title, for preferred-funder look-ups. */
  nameKey: string;
  icldMunicipal: boolean;
  icld: boolean;
  /** Per body kind, the applicant verdict once worked out (it is the same for every profile of that kind). */
  verdicts: Map<string, unknown>;
}

function whoAndWhere(text: string): VocabRef[] {
  return WHO_AND_WHERE.match(keyTokens(text)).map((h) => h.ref);
}

export function applicantClasses(tokens: readonly KeyedToken[]): Set<ApplicantClass> {
  const out = new Set<ApplicantClass>();
  for (const h of WHO_AND_WHERE.match(tokens)) if (h.ref.kind === 'applicant') out.add(h.ref.cls);
  return out;
}

export function countriesIn(tokens: readonly KeyedToken[]): Set<string> {
  const out = new Set<string>();
  for (const h of WHO_AND_WHERE.match(tokens)) if (h.ref.kind === 'country') for (const n of h.ref.names) out.add(n);
  return out;
}

/** Builds the signals from the hits the analyser already found in title and summary. */
export function callSignals(
  call: FundingCall,
  textHits: { ref: VocabRef; field: 'title' | 'summary'; start: number }[],
  /** Classes the analyser found in the call's applicantTypes field. */
  listed: Set<ApplicantClass>,
): CallSignals {
  const countries = new Set<string>();
  for (const c of call.eligibleCountries ?? []) {
    for (const r of whoAndWhere(c)) if (r.kind === 'country') for (const n of r.names) countries.add(n);
  }
  const ranges = call.summary ? whoRanges(call.summary) : [];
  const targeted = new Set<ApplicantClass>();
  const mentioned = new Set<ApplicantClass>();
  for (const h of textHits) {
    if (h.ref.kind === 'country') for (const n of h.ref.names) countries.add(n);
    else if (h.ref.kind === 'applicant') {
      mentioned.add(h.ref.cls);
      if (h.field === 'summary' && ranges.some(([a, b]) => h.start >= a && h.start < b)) targeted.add(h.ref.cls);
    }
  }
  const key = nameKey(`${call.funder} ${call.programme ?? ''} ${call.title}`);
  const icld = ICLD_FUNDER.some((k) => key.includes(k));
  return {
    areaId: detectArea(call),
    listed,
    targeted,
    mentioned,
    countries,
    nameKey: key,
    icld,
    icldMunicipal: icld && ICLD_MUNICIPAL.some((k) => key.includes(k)),
    verdicts: new Map(),
  };
}
