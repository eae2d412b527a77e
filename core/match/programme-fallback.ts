/**
 * A listing shows little text: a title and a line or two. What the call is about is then mostly what its
 * programme is about, and programmes.json says that per programme and strand. For a short text the engine
 * reads the call as also being about its programme's priorities — those the text names in full and the others
 * at half, or all of them in full when it names none — and adds part of what that reading would score, as a
 * boost that says it comes from programme data (never as a reason quoting the call). The longer the text, the
 * less it adds; a paragraph adds nothing. A call of another programme period than the data's had that period's
 * priorities: only those of the data's that its own text names are read in, the others not even at half — the
 * call's words say which carried over. A call that names none is read with its own period's priorities where the
 * data holds them (programme-priorities.ts), and else gets nothing from data of another period. A title that names
 * only a place ("Seed money for EUSBSR ideas") names no topic. Like the other fit beyond the call's words, the
 * reading is for calls the body can apply to: where what the call says of its applicants leaves that open (existing
 * projects only, a list naming no kind of body like ours) it adds nothing (score.ts, fitBoostsApply).
 */

import { PROGRAMME_BY_ID } from '../data/index.ts';
import type { FundingCall } from '../model/call.ts';
import { type CallAnalysis, DATA_BIT, titleNamesTopic } from './analyse.ts';
import { CONCEPT_INDEX } from './concepts.ts';
import { callPriorities, dataPriorities, type HeldPriorities } from './programme-priorities.ts';

export const FALLBACK = {
  /** A title and summary up to this many words count as short in full… */
  SHORT_WORDS: 40,
  /** …fading to nothing at this many: a paragraph says what the call is about by itself. */
  LONG_WORDS: 80,
  /** The occurrence credited to each programme priority concept (a single mention in the summary). */
  CONCEPT_TF: 1,
  /** Share of the content points the programme's priorities would add that a short text gets. */
  SHARE: 0.8,
  /**
   * At most this many points… (24, was 14: chosen leave-one-set-out with score.ts LIFT_AT; above 17 the cap
   * rarely binds (17, 20 and 24 rank alike), and a listing's programme says most of what it is about.)
   */
  MAX: 24,
  /** …and none below this: half a point from programme data is noise beside the call's own words. */
  MIN: 0.5,
  /**
   * The share a programme's activity (activityReading) adds, at any length. 0,5 (against 1 and 0, on the 43 released
   * sets): the sum of nDCG@10 +0,009 built-in and +0,018 documents over none; 1 gives +0,019 and +0,003.
   */
  ACTIVITY_SHARE: 0.5,
};

export interface ProgrammeReading {
  programmeId: string;
  /** The priorities read in, of the call's period or (those its text names) of the data's. */
  held: HeldPriorities;
  /** 0–1: how short the text is (1 = a listing line, or a title naming no topic); for an activity, its share. */
  shortness: number;
  /**
   * Why the programme says what the call is about: its text is short, its title names no topic, or the programme's
   * projects are all of one kind (programmes.json `activity`) that the call's own words name only as its name.
   */
  why: 'short' | 'untitled' | 'activity';
  /** The analysis with the programme's priorities read into it. */
  analysis: CallAnalysis;
  /** The priorities the text names (indices into callPriorities()'s list; all when it names none). */
  priorities: number[];
}

const cache = new WeakMap<CallAnalysis, ProgrammeReading | null>();

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The call read with its programme's priorities, when its text is short and its programme known; else null. */
export function programmeReading(call: FundingCall, a: CallAnalysis): ProgrammeReading | null {
  const hit = cache.get(a);
  if (hit !== undefined) return hit;
  let out: ProgrammeReading | null = null;
  const held = callPriorities(a.signals);
  // An "all priorities open" call has its programme's priorities already.
  if (held && a.signals.programmeId && !a.signals.openCall) {
    const words = wordCount(call.title) + wordCount(call.summary ?? '');
    const byLength = Math.max(
      0,
      Math.min(1, (FALLBACK.LONG_WORDS - words) / (FALLBACK.LONG_WORDS - FALLBACK.SHORT_WORDS)),
    );
    const untitled = byLength < 1 && !titleNamesTopic(a);
    const shortness = untitled ? 1 : byLength;
    // A call of an earlier period whose text names topics of today's priorities is read with those (carried
    // over, in its own words); one that names none, with its period's own where the data holds them.
    const today = dataPriorities(a.signals);
    const lists = held.ofCallPeriod && a.signals.otherPeriod && today ? [today, held] : [held];
    for (const list of lists) {
      out = shortness > 0 ? readWith(a, list, shortness, untitled) : null;
      if (out) break;
    }
    out ??= activityReading(a, held);
  }
  cache.set(a, out);
  return out;
}

/** The concept of a programme's activity (programmes.json `activity`), if it has one. */
export function programmeActivity(programmeId: string | undefined): number | undefined {
  const activity = programmeId ? PROGRAMME_BY_ID.get(programmeId)?.activity : undefined;
  return activity === undefined ? undefined : CONCEPT_INDEX.get(activity);
}

/**
 * A call of a programme whose projects are all of one kind (programmes.json `activity`: ICLD's "Kommunala
 * partnerskap" funds partnerships between municipalities) is about that activity, whatever its length; where its
 * text names the activity only as the programme's name (context, activity-names.ts), the programme data says it.
 */
function activityReading(a: CallAnalysis, held: HeldPriorities): ProgrammeReading | null {
  const c = programmeActivity(a.signals.programmeId);
  if (c === undefined || a.tf[c] > 0) return null;
  return {
    programmeId: a.signals.programmeId ?? '',
    held,
    shortness: FALLBACK.ACTIVITY_SHARE,
    why: 'activity',
    analysis: readIn(a, [[c, FALLBACK.CONCEPT_TF]]),
    priorities: [],
  };
}

/** The analysis with concepts read in from programme data, each at least at its credit (marked as data). */
function readIn(a: CallAnalysis, credits: readonly (readonly [number, number])[]): CallAnalysis {
  const tf = Float64Array.from(a.tf);
  const seen = Uint16Array.from(a.seen);
  for (const [c, credit] of credits) {
    tf[c] = Math.max(tf[c], credit);
    seen[c] |= DATA_BIT;
  }
  return { tf, evidence: a.evidence, signals: a.signals, keySet: a.keySet, seen, sentences: a.sentences };
}

function readWith(
  a: CallAnalysis,
  list: HeldPriorities,
  shortness: number,
  untitled: boolean,
): ProgrammeReading | null {
  const ids = list.priorities.map((p) =>
    p.concepts.map((id) => CONCEPT_INDEX.get(id)).filter((c): c is number => c !== undefined),
  );
  const named = ids.flatMap((cs, i) => (cs.some((c) => a.tf[c] > 0) ? [i] : []));
  const period = !list.ofCallPeriod;
  if (named.length === 0 && period) return null;
  const priorities = named.length > 0 ? named : ids.map((_, i) => i);
  // The priorities the text names count in full; when it names some, the others count half (none at all in a
  // call of another period).
  const credits: [number, number][] = [];
  for (let i = 0; i < ids.length; i++) {
    const credit = priorities.includes(i) ? FALLBACK.CONCEPT_TF : FALLBACK.CONCEPT_TF / 2;
    if (period && credit < FALLBACK.CONCEPT_TF) continue;
    for (const c of ids[i]) credits.push([c, credit]);
  }
  return {
    programmeId: a.signals.programmeId ?? '',
    held: list,
    shortness,
    why: untitled ? 'untitled' : 'short',
    analysis: readIn(a, credits),
    priorities,
  };
}

/** Points for the programme reading: part of what it adds to the content, scaled by how short the text is. */
export function fallbackPoints(content: number, withProgramme: number, shortness: number): number {
  const points = Math.min(FALLBACK.MAX, Math.max(0, withProgramme - content) * FALLBACK.SHARE * shortness);
  return points < FALLBACK.MIN ? 0 : points;
}
