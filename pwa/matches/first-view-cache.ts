import type { Profile } from '../../core/model/profile.ts';
import type { RankedCall } from '../calls/ranker.ts';
import { splitFirstView } from './first-view.ts';

const KEY = 'fundwatch:first-view:v1';
/** The first screen's worth: the cards painted before "Visa fler". */
const MAX = 40;

export interface FirstViewSnapshot {
  profile: Profile;
  language: 'sv' | 'en';
  ranked: RankedCall[];
  savedAt: string;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Only entries with every part a card reads; anything else in the stored copy is dropped, never trusted. */
export function cardShaped(r: unknown): r is RankedCall {
  if (!isObj(r) || !isObj(r.call) || !isObj(r.match)) return false;
  const { call, match } = r;
  return (
    typeof call.id === 'string' &&
    typeof call.title === 'string' &&
    typeof call.funder === 'string' &&
    typeof call.url === 'string' &&
    typeof call.summary === 'string' &&
    Array.isArray(call.deadlines) &&
    call.deadlines.every((d) => isObj(d) && typeof d.date === 'string' && typeof d.timeZone === 'string') &&
    typeof match.score === 'number' &&
    typeof match.band === 'string' &&
    Array.isArray(match.reasons) &&
    Array.isArray(match.boosts) &&
    Array.isArray(match.blockers) &&
    isObj(match.eligibility)
  );
}

/**
 * The first view as last ranked, painted at once on the next start (stale-while-revalidate) while the data
 * layer and the scoring worker load and rank afresh. Undefined when there is none or it does not read.
 */
export function readFirstViewSnapshot(): FirstViewSnapshot | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const s: unknown = JSON.parse(raw);
    if (!isObj(s) || !Array.isArray(s.ranked) || !isObj(s.profile) || typeof s.profile.name !== 'string') return;
    if (s.language !== 'sv' && s.language !== 'en') return undefined;
    const ranked = s.ranked.filter(cardShaped);
    if (ranked.length === 0) return undefined;
    return { profile: s.profile as unknown as Profile, language: s.language, ranked, savedAt: String(s.savedAt) };
  } catch {
    return undefined;
  }
}

/** Keeps the best calls the body can apply for, for the next start; a full or blocked storage is no error. */
export function writeFirstViewSnapshot(profile: Profile, language: 'sv' | 'en', ranked: readonly RankedCall[]): void {
  try {
    const apply = splitFirstView(ranked).apply.slice(0, MAX);
    localStorage.setItem(KEY, JSON.stringify({ profile, language, ranked: apply, savedAt: new Date().toISOString() }));
  } catch {
    // Private mode or a full quota: the next start ranks before painting, as without a snapshot.
  }
}

export function clearFirstViewSnapshot(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
