import type { FundingCall } from '../model/call.ts';
import { InputError } from '../model/errors.ts';
import * as euFt from './eu-ft.ts';
import * as icld from './icld.ts';
import * as interregAurora from './interreg-aurora.ts';
import * as interregBsr from './interreg-bsr.ts';
import * as interregCentralBaltic from './interreg-central-baltic.ts';
import * as interregNo from './interreg-no.ts';
import * as interregNorthSea from './interreg-north-sea.ts';
import * as interregOks from './interreg-oks.ts';
import * as interregSouthBaltic from './interreg-south-baltic.ts';
import { dedupeById } from './lib/call.ts';
import * as mucf from './mucf.ts';
import { PLANS } from './requests.ts';
import type { SourceDefinition, SourceInput, SourcePlan } from './types.ts';
import * as uhr from './uhr.ts';
import * as vinnova from './vinnova.ts';

/** Every source, by id. Adding a source: a file named by its id, an entry here, a plan, fixtures and a test. */
export const SOURCES: readonly SourceDefinition[] = [
  vinnova.source,
  euFt.source,
  uhr.source,
  mucf.source,
  icld.source,
  interregBsr.source,
  interregCentralBaltic.source,
  interregSouthBaltic.source,
  interregAurora.source,
  interregNorthSea.source,
  interregOks.source,
  interregNo.source,
];

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
