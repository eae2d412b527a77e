import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, fixtureInputs } from '../../../cli/fetch/offline.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { getSource, parseResponses } from '../../../core/sources/registry.ts';

/** The fields an expected parse pins down (summaries and hashes are checked by their own tests). */
export function keyFields(c: FundingCall) {
  return {
    id: c.id,
    title: c.title,
    funder: c.funder,
    ...(c.programmeArea ? { programmeArea: c.programmeArea } : {}),
    language: c.language,
    url: c.url,
    ...(c.opens ? { opens: c.opens } : {}),
    ...(c.fuzzyDate ? { fuzzyDate: c.fuzzyDate } : {}),
    deadlines: c.deadlines.map((d) => ({
      date: d.date,
      ...(d.time ? { time: d.time } : {}),
      timeZone: d.timeZone,
      kind: d.kind,
    })),
    ...(c.budget ? { budget: { amount: c.budget.amount, currency: c.budget.currency } } : {}),
  };
}

export function parseFixtures(sourceId: string): FundingCall[] {
  return parseResponses(getSource(sourceId), fixtureInputs(sourceId));
}

export function expectedFor(sourceId: string): unknown[] {
  const path = join(FIXTURES_DIR, sourceId, 'expected.json');
  if (!existsSync(path)) throw new Error(`missing ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown[];
}

/** The expected parse of a source's recorded fixtures, as reviewed in tests/fixtures/sources/<id>/expected.json. */
export function expectedParse(sourceId: string): { actual: unknown[]; expected: unknown[]; calls: FundingCall[] } {
  const calls = parseFixtures(sourceId);
  return { actual: calls.map(keyFields), expected: expectedFor(sourceId), calls };
}

export function byId(calls: FundingCall[], id: string): FundingCall {
  const c = calls.find((x) => x.id === id);
  if (!c) throw new Error(`no call ${id} among ${calls.map((x) => x.id).join(', ')}`);
  return c;
}
