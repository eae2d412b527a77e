import type * as Y from 'yjs';
import { diffText, setSharedText, spliceSharedText } from '../../core/team/text-diff.ts';

/**
 * Binds a <textarea> to a shared text, both ways and incrementally:
 * - what the user types goes into the Y.Text as it is typed (one small splice per input event), so there is no
 *   unsaved local copy to lose and concurrent edits merge as Yjs merges them (both kept);
 * - a colleague's change applies to the textarea as its delta (retain/insert/delete), and the caret and selection
 *   are moved through the same delta: text inserted before the caret pushes it on, text elsewhere leaves it alone.
 * While an input method is composing (accents, CJK), remote changes wait until the composition ends: rewriting the
 * value mid-composition would break it.
 *
 * The published textarea binding (y-textarea 1.0) has few users and no Preact story; this is the same idea on Yjs's
 * own delta events, in one small file with its own tests.
 */
export interface TextBinding {
  destroy(): void;
}

const ORIGIN = Symbol('textarea');

type Delta = { retain?: number; insert?: unknown; delete?: number }[];

/** Where a position lands after a delta; `sticky` positions stay before text inserted exactly at them. */
export function mapPosition(pos: number, delta: Delta, sticky = false): number {
  let at = 0; // in the old text
  let shift = 0;
  for (const op of delta) {
    if (at > pos) break;
    if (op.retain) at += op.retain;
    else if (typeof op.insert === 'string') {
      if (at < pos || (at === pos && !sticky)) shift += op.insert.length;
    } else if (op.delete) {
      if (pos > at) shift -= Math.min(op.delete, pos - at);
      at += op.delete;
    }
  }
  return pos + shift;
}

export interface BindOptions {
  /**
   * The text the textarea showed before it was bound (from the last mirror of the document). If the user typed
   * since, that typing is kept: applied over what the document has now, others' changes included.
   */
  shown?: string;
  maxLength?: number;
}

export function bindTextarea(el: HTMLTextAreaElement, ytext: Y.Text, opts: BindOptions = {}): TextBinding {
  const max = opts.maxLength ?? Number.POSITIVE_INFINITY;
  const doc = ytext.doc;
  const transact = (fn: () => void) => (doc ? doc.transact(fn, ORIGIN) : fn());
  if (Number.isFinite(max)) el.maxLength = max;
  // Typed before the binding was ready (the sync chunk loads after the editor opens): keep it.
  if (opts.shown !== undefined && el.value !== opts.shown) {
    const typed = el.value.slice(0, max);
    transact(() => setSharedText(ytext, typed, opts.shown));
  }
  /** The text both sides agree on: the textarea's value as of the last sync in either direction. */
  let known = ytext.toString();
  /** Whether the shared text held embeds at `known` (see below: they make Yjs's delta positions unusable here). */
  let embeds = ytext.length !== known.length;
  const settle = (text: string) => {
    known = text;
    embeds = ytext.length !== text.length;
  };
  if (el.value !== known) el.value = known;
  let composing = false;
  let waiting = false;

  const pushLocal = () => {
    const value = el.value;
    if (value === known) return;
    if (ytext.toString() !== known) {
      // Others changed the text while this typing waited (an input method composing): three-way, both kept.
      transact(() => setSharedText(ytext, value, known));
      settle(ytext.toString());
      return;
    }
    transact(() => spliceSharedText(ytext, diffText(known, value)));
    settle(value);
  };

  /** Brings the textarea to the shared text, moving the selection through the change. */
  const pullRemote = (delta?: Delta) => {
    const next = ytext.toString();
    if (next === el.value) {
      settle(next);
      return;
    }
    const d: Delta =
      delta ??
      (() => {
        const s = diffText(el.value, next);
        return [{ retain: s.start }, { delete: s.deleted }, { insert: s.inserted }];
      })();
    const focused = el.ownerDocument.activeElement === el;
    const { selectionStart, selectionEnd, selectionDirection, scrollTop } = el;
    const collapsed = selectionStart === selectionEnd;
    el.value = next;
    settle(next);
    if (focused) {
      // A collapsed caret stays where the user was typing; a selection grows to cover text inserted inside it.
      const s = mapPosition(selectionStart, d, collapsed);
      const e = collapsed ? s : mapPosition(selectionEnd, d, true);
      el.setSelectionRange(s, e, selectionDirection ?? undefined);
    }
    el.scrollTop = scrollTop;
  };

  const onInput = () => {
    if (!composing) pushLocal();
  };
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    pushLocal();
    if (waiting) {
      waiting = false;
      pullRemote();
    }
  };
  const observer = (event: Y.YTextEvent, tr: Y.Transaction) => {
    if (tr.origin === ORIGIN) return;
    if (composing) {
      waiting = true;
      return;
    }
    // Typing not yet pushed (cannot happen outside composition, but a value set by script would be) goes first.
    if (el.value !== known) {
      pushLocal();
      pullRemote();
      return;
    }
    // The delta counts positions of the Y.Text, where another client's embed takes one that the textarea lacks:
    // with embeds before or after the change, the caret is moved by the change in the text itself.
    const delta = event.delta as Delta;
    const textOnly = delta.every((op) => op.insert === undefined || typeof op.insert === 'string');
    pullRemote(!embeds && textOnly ? delta : undefined);
  };

  el.addEventListener('input', onInput);
  el.addEventListener('compositionstart', onCompositionStart);
  el.addEventListener('compositionend', onCompositionEnd);
  ytext.observe(observer);
  return {
    destroy() {
      el.removeEventListener('input', onInput);
      el.removeEventListener('compositionstart', onCompositionStart);
      el.removeEventListener('compositionend', onCompositionEnd);
      ytext.unobserve(observer);
    },
  };
}
