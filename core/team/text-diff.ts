import type * as Y from 'yjs';

/**
 * Turns a whole new text (what an editor hands back) into the smallest middle replacement in the shared text, so
 * edits others made elsewhere in the text at the same time are kept rather than overwritten.
 */
export function setSharedText(ytext: Y.Text, next: string): void {
  const prev = ytext.toString();
  if (prev === next) return;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)) {
    endPrev--;
    endNext--;
  }
  // Never split a surrogate pair (an emoji) between the kept and the replaced part.
  if (start > 0 && isLowSurrogate(prev.charCodeAt(start))) start--;
  const cutPrev = endPrev;
  const cutNext = endNext;
  const apply = () => {
    if (cutPrev > start) ytext.delete(start, cutPrev - start);
    if (cutNext > start) ytext.insert(start, next.slice(start, cutNext));
  };
  if (ytext.doc) ytext.doc.transact(apply);
  else apply();
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
