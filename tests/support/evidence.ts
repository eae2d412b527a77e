/** The words the analyser found as one concept's evidence in a call built from `over`, lowercased. */
import { analyse, evidenceOf } from '../../core/match/analyse.ts';
import { CONCEPT_INDEX } from '../../core/match/concepts.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { testCall } from './test-call.ts';

export function evidenceTerms(over: Partial<FundingCall>, concept: string): string[] {
  const index = CONCEPT_INDEX.get(concept);
  if (index === undefined) throw new Error(`unknown concept "${concept}"`);
  const call = testCall(over);
  return evidenceOf(call, analyse(call), index).map((e) => e.term.toLowerCase());
}
