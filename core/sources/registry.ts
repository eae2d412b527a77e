import { FUNDERS } from '../funders/index.ts';
import type { FundingCall } from '../model/call.ts';
import { InputError } from '../model/errors.ts';
import { dedupeById } from './lib/call.ts';
import type { SourceDefinition, SourceInput, SourcePlan } from './types.ts';

/** Every source, by id: the funders (core/funders/<id>/) that publish calls we fetch. */
export const SOURCES: readonly SourceDefinition[] = FUNDERS.flatMap((f) => (f.source ? [f.source] : []));

/** Each source's request plan, by source id. */
export const PLANS: Readonly<Record<string, SourcePlan>> = Object.fromEntries(
  FUNDERS.flatMap((f) => (f.source && f.plan ? [[f.source.id, f.plan] as const] : [])),
);

export const SOURCE_IDS: readonly string[] = SOURCES.map((s) => s.id);

/** Discovery-only sources: their calls give way to the programme's own source when both list the same call. */
export const DISCOVERY_SOURCES: ReadonlySet<string> = new Set(['interreg-no']);

export function getSource(id: string): SourceDefinition {
  const s = SOURCES.find((x) => x.id === id);
  if (!s) throw new InputError(`unknown source "${id}" (known: ${SOURCE_IDS.join(', ')})`, {}, 'source');
  return s;
}

export function getPlan(id: string): SourcePlan {
  const p = PLANS[id];
  if (!p) throw new InputError(`no fetch plan for source "${id}"`, {}, 'source');
  return p;
}

/** All responses of one fetch of one source → its calls (joined where the source needs it, deduped by id). */
export function parseResponses(source: SourceDefinition, inputs: readonly SourceInput[]): FundingCall[] {
  if (source.parseMany) return source.parseMany(inputs);
  return dedupeById(inputs.flatMap((i) => source.parse(i)));
}

/** Every funder host any source talks to (the extension's host permissions come from this list). */
export function allHosts(): string[] {
  return [...new Set(Object.values(PLANS).flatMap((p) => p.hosts))].sort();
}
