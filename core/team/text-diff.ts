import type * as Y from 'yjs';

/** One replacement turning `from` into `to`: the common prefix and suffix kept, the middle replaced. */
export interface Splice {
  start: number;
  deleted: number;
  inserted: string;
}

export function diffText(from: string, to: string): Splice {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  // Never split a surrogate pair (an emoji) between the kept and the replaced part.
  if (start > 0 && isLowSurrogate(from.charCodeAt(start))) start--;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)) {
    endFrom--;
    endTo--;
  }
  if (endFrom < from.length && isLowSurrogate(from.charCodeAt(endFrom))) {
    endFrom++;
    endTo++;
  }
  return { start, deleted: endFrom - start, inserted: to.slice(start, endTo) };
}

/**
 * Applies an editor's whole new text to the shared text as the smallest change, so others' edits elsewhere are kept.
 * `base` is the text the editor started from: when others changed the shared text since, this user's change is
 * moved past theirs (and where both changed the same words, both versions are kept, theirs first).
 */
export function setSharedText(ytext: Y.Text, next: string, base?: string): void {
  const current = ytext.toString();
  const from = base ?? current;
  if (from === next) return;
  const mine = diffText(from, next);
  let at = mine.start;
  let deleted = mine.deleted;
  let inserted = mine.inserted;
  if (from !== current) {
    const theirs = diffText(from, current);
    const shift = theirs.inserted.length - theirs.deleted;
    if (theirs.start >= mine.start + mine.deleted && theirs.start > mine.start) {
      // Their change lies after mine: my positions hold.
    } else if (theirs.start + theirs.deleted <= mine.start && theirs.start < mine.start) {
      at = mine.start + shift;
    } else {
      // Overlapping changes: keep theirs whole, add mine right after it (marked as an alternative), delete nothing.
      at = theirs.start + theirs.inserted.length;
      deleted = 0;
      if (theirs.inserted && mine.inserted) inserted = ` / ${mine.inserted}`;
    }
  }
  const apply = () => spliceSharedText(ytext, { start: at, deleted, inserted });
  if (ytext.doc) ytext.doc.transact(apply);
  else apply();
}

/**
 * A run of characters of the shown text (`toString()`) and where it starts in the Y.Text. Another client may have
 * put embeds in the text (a rich-text editor's images or objects: any y-websocket client can): each takes one
 * position in the Y.Text but none in the text shown and edited, so the two counts differ after one.
 */
interface Run {
  shown: number;
  y: number;
  length: number;
}

function runs(ytext: Y.Text): Run[] {
  const out: Run[] = [];
  let shown = 0;
  let y = 0;
  for (const op of ytext.toDelta() as { insert?: unknown }[]) {
    if (typeof op.insert === 'string') {
      out.push({ shown, y, length: op.insert.length });
      shown += op.insert.length;
      y += op.insert.length;
    } else y += 1;
  }
  return out;
}

/** The Y.Text position of a position in the shown text (before an embed that follows it). */
function yPosition(list: readonly Run[], pos: number): number {
  for (const r of list) if (pos <= r.shown + r.length) return r.y + Math.max(0, pos - r.shown);
  const last = list.at(-1);
  return last ? last.y + last.length : 0;
}

/**
 * Applies a splice given in positions of the shown text to the Y.Text. Only text is deleted: an embed another client
 * wrote stays, and the edit lands where the user made it rather than one place off per embed before it.
 */
export function spliceSharedText(ytext: Y.Text, { start, deleted, inserted }: Splice): void {
  if (ytext.length === ytext.toString().length) {
    if (deleted > 0) ytext.delete(start, deleted);
    if (inserted) ytext.insert(start, inserted);
    return;
  }
  const end = start + deleted;
  // Right to left, so the positions still to be deleted do not move.
  for (const r of [...runs(ytext)].reverse()) {
    const from = Math.max(start, r.shown);
    const to = Math.min(end, r.shown + r.length);
    if (to > from) ytext.delete(r.y + (from - r.shown), to - from);
  }
  if (inserted) ytext.insert(yPosition(runs(ytext), start), inserted);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
