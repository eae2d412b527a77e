import { exchangeToJson } from '../../core/exchange/build.ts';
import type { PageItem, SavedCall } from '../messages.ts';
import { savedToExchange } from '../shared/exchange.ts';
import { activeProfile } from './profiles.ts';
import { scoreItems } from './score-items.ts';
import { archiveSavedCall, migrateLegacySaved, savedFromDoc, watchSavedCall } from './team/team-watchlist.ts';

/** The active entries of the shared document (see team/team-watchlist.ts): the team's, or this computer's own. */
export async function readSaved(): Promise<SavedCall[]> {
  await migrateLegacySaved();
  return savedFromDoc();
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
    // Structured, as the engine gave them: each product tells them in its reader's language when it shows them.
    reasons: scored.match.reasons,
    savedAt: now.toISOString(),
  };
  await migrateLegacySaved(now);
  await watchSavedCall(saved, profile.id, now);
  return saved;
}

/** Removing archives the entry (its notes and log stay in the shared document). */
export async function unwatch(id: string): Promise<boolean> {
  await migrateLegacySaved();
  return archiveSavedCall(id);
}

/** The JSON export the app imports: core's exchange format (calls with full deadlines, and the saved matches). */
export async function exportSaved(now = new Date()): Promise<string> {
  return exchangeToJson(savedToExchange(await readSaved(), now));
}
