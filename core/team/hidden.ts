import type * as Y from 'yjs';
import { type Actor, ROOT } from './layout.ts';
import { type HiddenRecord, HiddenRecordSchema, MAX_COMMENT } from './schemas.ts';

export interface HiddenCall extends HiddenRecord {
  callId: string;
}

/** Hides a call from the team's matches, with the reason ("Dölj": not for us, wrong area…). */
export function hideInTeam(doc: Y.Doc, callId: string, reason: string, actor: Actor, title = ''): void {
  const record: HiddenRecord = {
    hidden: true,
    reason: reason.trim().slice(0, MAX_COMMENT),
    who: actor.who.trim().slice(0, 200),
    at: actor.now.toISOString(),
    title: title.slice(0, 1000),
  };
  doc.getMap<unknown>(ROOT.hidden).set(callId, record);
}

/** Shows a hidden call again; the record stays (who hid it and why), marked not hidden. */
export function unhideInTeam(doc: Y.Doc, callId: string, actor: Actor): void {
  const map = doc.getMap<unknown>(ROOT.hidden);
  const old = HiddenRecordSchema.safeParse(map.get(callId));
  if (!old.success || !old.data.hidden) return;
  map.set(callId, { ...old.data, hidden: false, who: actor.who.trim().slice(0, 200), at: actor.now.toISOString() });
}

/** The calls hidden now, validated. */
export function readHiddenCalls(doc: Y.Doc): HiddenCall[] {
  const out: HiddenCall[] = [];
  for (const [callId, raw] of doc.getMap<unknown>(ROOT.hidden).entries()) {
    const parsed = HiddenRecordSchema.safeParse(raw);
    if (parsed.success && parsed.data.hidden) out.push({ callId, ...parsed.data });
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : -1));
}
