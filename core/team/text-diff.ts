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
  const apply = () => {
    if (deleted > 0) ytext.delete(at, deleted);
    if (inserted) ytext.insert(at, inserted);
  };
  if (ytext.doc) ytext.doc.transact(apply);
  else apply();
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
