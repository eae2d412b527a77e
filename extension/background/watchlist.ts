import type { PageItem, SavedCall } from '../messages.ts';
import { normaliseSavedCalls } from '../shared/normalise.ts';
import { explainBoth } from './explain-lines.ts';
import { activeProfile } from './profiles.ts';
import { scoreItems } from './score-items.ts';
import { getLocal, setLocal } from './storage.ts';

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
  const list = (await readSaved()).filter((s) => s.id !== saved.id);
  await setLocal('saved', [saved, ...list]);
  return saved;
}

export async function unwatch(id: string): Promise<boolean> {
  const list = await readSaved();
  const next = list.filter((s) => s.id !== id);
  await setLocal('saved', next);
  return next.length !== list.length;
}

/**
 * The JSON export the PWA imports: calls in the shared model plus what the extension knew when saving
 * (score, band, reasons). Calls are what `normaliseCall` accepts.
 */
export async function exportSaved(now = new Date()): Promise<string> {
  const saved = await readSaved();
  return JSON.stringify(
    {
      format: 'fundwatch-extension-watchlist',
      version: 1,
      exportedAt: now.toISOString(),
      calls: saved.map((s) => s.call),
      entries: saved.map((s) => ({
        callId: s.id,
        score: s.score,
        band: s.band,
        reasons: s.reasons,
        savedAt: s.savedAt,
      })),
    },
    null,
    2,
  );
}
