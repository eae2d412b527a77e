import { type HiddenCall, normaliseHiddenCall } from './entities/hidden-call.ts';
import type { FundwatchDb } from './schema.ts';

/** The calls hidden from the matches, newest first; unreadable rows are skipped (the next hide rewrites them). */
export async function loadHidden(db: FundwatchDb): Promise<HiddenCall[]> {
  const out: HiddenCall[] = [];
  for (const row of await db.hidden.toArray()) {
    try {
      out.push(normaliseHiddenCall(row, { file: 'hidden' }));
    } catch {
      // skipped, see above
    }
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : -1));
}

export async function hideCall(
  db: FundwatchDb,
  h: Omit<HiddenCall, 'at' | 'title'> & { title?: string },
  now = new Date(),
): Promise<HiddenCall> {
  const row = normaliseHiddenCall({ ...h, at: now.toISOString() }, { file: 'hidden' });
  await db.hidden.put(row);
  return row;
}

export async function unhideCall(db: FundwatchDb, callId: string): Promise<void> {
  await db.hidden.delete(callId);
}
