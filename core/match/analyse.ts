import type { ApplicantClass } from '../data/kinds.ts';
import type { FundingCall } from '../model/call.ts';
import type { Evidence } from '../model/match.ts';
import { keyTokens } from '../text/phrases.ts';
import { quoteAround } from '../text/quote.ts';
import { CONCEPTS } from './concepts.ts';
import { type CallSignals, callSignals } from './signals.ts';
import { VOCABULARY, type VocabRef } from './vocabulary.ts';

/**
 * Where a word stands says how much the call is about it: the title names the call's point,
 * themes are the funder's own tags, the programme name frames it, the summary elaborates.
 */
export const FIELD_WEIGHTS = { title: 3, themes: 2, programme: 1.5, summary: 1, applicantTypes: 0.5 } as const;
export type Field = keyof typeof FIELD_WEIGHTS;

/** Evidence kept per concept: enough to explain, little enough to keep 10,000 calls in memory. */
const MAX_EVIDENCE = 3;
/** A word found inside a compound counts a little less than the word itself. */
const COMPOUND_WEIGHT = 0.8;

const PUBLIC_WORD = /(^|[^\p{L}])(public|offentlig\p{L}*|municipal\p{L}*|kommun\p{L}*)([^\p{L}]|$)/iu;

/** Where a concept was seen; the quote is cut only when an explanation is asked for. */
interface EvidenceRef {
  word: string;
  text: string;
  start: number;
  end: number;
}

export interface CallAnalysis {
  /** Field-weighted occurrence count per concept index. */
  tf: Float64Array;
  evidence: Map<number, EvidenceRef[]>;
  signals: CallSignals;
  /** Keys of every word, built on first use by a profile with its own terms. */
  keySet?: Set<string>;
}

export function fieldTexts(call: FundingCall): [Field, string][] {
  const out: [Field, string][] = [['title', call.title]];
  if (call.themes?.length) out.push(['themes', call.themes.join('; ')]);
  if (call.programme) out.push(['programme', call.programme]);
  if (call.summary) out.push(['summary', call.summary]);
  if (call.applicantTypes?.length) out.push(['applicantTypes', call.applicantTypes.join('; ')]);
  return out;
}

export function analyse(call: FundingCall): CallAnalysis {
  const tf = new Float64Array(CONCEPTS.length);
  const evidence = new Map<number, EvidenceRef[]>();
  const textHits: { ref: VocabRef; field: 'title' | 'summary'; start: number }[] = [];
  const listed = new Set<ApplicantClass>();
  for (const [field, text] of fieldTexts(call)) {
    const tokens = keyTokens(text);
    const w = FIELD_WEIGHTS[field];
    const hits = VOCABULARY.match(tokens);
    // Longest match wins across concepts: "Baltic Sea" is Baltic cooperation, not also "sea"; "public services"
    // is not also "services".
    let covered: Uint8Array | undefined;
    for (const h of hits) {
      if (h.to - h.from > 1) {
        covered ??= new Uint8Array(tokens.length);
        for (let i = h.from; i < h.to; i++) covered[i] = 1;
      }
    }
    // One count per concept per token span: a phrase and its own single word must not count twice.
    const lastEnd = new Int32Array(CONCEPTS.length);
    for (const hit of hits) {
      const ref = hit.ref;
      if (ref.kind !== 'concept') {
        if (field === 'title' || field === 'summary') textHits.push({ ref, field, start: tokens[hit.from].start });
        else if (field === 'applicantTypes' && ref.kind === 'applicant') listed.add(ref.cls);
        continue;
      }
      if (covered && hit.to - hit.from === 1 && covered[hit.from]) continue;
      const c = ref.index;
      if (hit.from < lastEnd[c]) continue;
      lastEnd[c] = hit.to;
      tf[c] += hit.compound ? w * COMPOUND_WEIGHT : w;
      let ev = evidence.get(c);
      if (!ev) {
        ev = [];
        evidence.set(c, ev);
      }
      if (ev.length < MAX_EVIDENCE) {
        const start = tokens[hit.from].start;
        const end = tokens[hit.to - 1].end;
        const word = tokens[hit.from].word;
        if (!ev.some((e) => e.word === word)) ev.push({ word, text, start, end });
      }
    }
  }
  // In a list of who may apply, "public" or "offentlig" anywhere ("public, private or non-profit organisations")
  // admits public bodies, kommuner and regioner among them.
  if (call.applicantTypes?.some((t) => PUBLIC_WORD.test(t))) listed.add('municipal');
  return { tf, evidence, signals: callSignals(call, textHits, listed) };
}

export function evidenceOf(a: CallAnalysis, concept: number): Evidence[] {
  return (a.evidence.get(concept) ?? []).map((e) => ({
    term: e.text.slice(e.start, e.end),
    quote: quoteAround(e.text, e.start, e.end),
  }));
}

export function keySetOf(call: FundingCall, a: CallAnalysis): Set<string> {
  if (!a.keySet) {
    const set = new Set<string>();
    for (const [, text] of fieldTexts(call)) {
      for (const t of keyTokens(text)) {
        set.add(t.sv);
        set.add(t.en);
      }
    }
    a.keySet = set;
  }
  return a.keySet;
}
