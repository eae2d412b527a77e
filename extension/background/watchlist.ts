import { exchangeToJson } from '../../core/exchange/build.ts';
import type { PageItem, SavedCall } from '../messages.ts';
import { savedToExchange } from '../shared/exchange.ts';
import { normaliseSavedCalls } from '../shared/normalise.ts';
import { explainBoth } from './explain-lines.ts';
import { activeProfile } from './profiles.ts';
import { scoreItems } from './score-items.ts';
import { getLocal, updateLocal } from './storage.ts';

export async function readSaved(): Promise<SavedCall[]> {
  return normaliseSavedCalls(await getLocal('saved'));
}

/** Saves a call seen on a page, re-scored here (the content script's copy of the match is not trusted). */
export async function watchItem(item: PageItem, pageUrl: string, now = new Date()): Promise<SavedCall> {
  const { profile } = await activeProfile();
  const [scored] = scoreItems([item], pageUrl, profile, new Set(), now);
  const saved: SavedCall = {
    id: scored.call.id,
    call: scored.call,
    deadline: scored.verdict.deadline,
    score: Math.round(scored.match.score),
    band: scored.match.band,
    reasons: explainBoth(scored.match),
    savedAt: now.toISOString(),
  };
  // On the raw list: an entry this version cannot read (a newer version's, a damaged one) is kept as it is.
  return updateLocal('saved', (raw) => ({
    value: [saved, ...rawList(raw).filter((e) => idOf(e) !== saved.id)],
    result: saved,
  }));
}

export async function unwatch(id: string): Promise<boolean> {
  return updateLocal('saved', (raw) => {
    const list = rawList(raw);
    const next = list.filter((e) => idOf(e) !== id);
    return { value: next, result: next.length !== list.length };
  });
}

function rawList(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw : [];
}

function idOf(entry: unknown): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
}

/** The JSON export the app imports: core's exchange format (calls with full deadlines, and the saved matches). */
export async function exportSaved(now = new Date()): Promise<string> {
  return exchangeToJson(savedToExchange(await readSaved(), now));
}
