import type { SourceDefinition, SourcePlan } from '../sources/types.ts';
import type { FunderSite } from './site.ts';

/** One funder: its website (data), and when it publishes calls we fetch, the parser and the request plan. */
export interface Funder {
  site: FunderSite;
  source?: SourceDefinition;
  plan?: SourcePlan;
}
