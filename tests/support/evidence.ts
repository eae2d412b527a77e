/** What the analyser reads a call built from `over` as being about: its concepts, and one concept's evidence. */
import { analyse, evidenceOf } from '../../core/match/analyse.ts';
import { CONCEPT_INDEX, CONCEPTS } from '../../core/match/concepts.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { testCall } from './test-call.ts';

/** The concepts (ids) a call built from `over` is read as being about. */
export function topicsOf(over: Partial<FundingCall>): string[] {
  const a = analyse(testCall(over));
  return CONCEPTS.filter((_, i) => a.tf[i] > 0).map((c) => c.id);
}

/** The words the analyser found as one concept's evidence in a call built from `over`, lowercased. */
export function evidenceTerms(over: Partial<FundingCall>, concept: string): string[] {
  const index = CONCEPT_INDEX.get(concept);
  if (index === undefined) throw new Error(`unknown concept "${concept}"`);
  const call = testCall(over);
  return evidenceOf(call, analyse(call), index).map((e) => e.term.toLowerCase());
}
