// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindTextarea, mapPosition } from '../../../pwa/sync/text-binding.ts';

/** Two devices' documents, each change sent to the other at once (as y-websocket does when online). */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(b, u, 'net'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(a, u, 'net'));
  return { a, b, ta: a.getText('notes:x'), tb: b.getText('notes:x') };
}

function textarea(): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  document.body.append(el);
  el.focus();
  return el;
}

/** Types at the caret as a browser does: the value changes, the caret moves, an input event fires. */
function type(el: HTMLTextAreaElement, text: string): void {
  const at = el.selectionStart;
  el.value = el.value.slice(0, at) + text + el.value.slice(el.selectionEnd);
  el.setSelectionRange(at + text.length, at + text.length);
  el.dispatchEvent(new Event('input'));
}

describe('textarea bound to a shared text', () => {
  it('shows a colleague’s edit at once and keeps the caret where the user is typing', () => {
    const { ta, tb } = pair();
    ta.insert(0, 'Ring Lena. Skriv budget.');
    const el = textarea();
    const binding = bindTextarea(el, tb);
    expect(el.value).toBe('Ring Lena. Skriv budget.');
    // The user types after "Ring Lena."
    el.setSelectionRange(10, 10);
    type(el, ' Fråga om partner.');
    expect(tb.toString()).toBe('Ring Lena. Fråga om partner. Skriv budget.');
    // A colleague edits before the caret and after it.
    ta.insert(0, 'Viktigt: ');
    ta.insert(ta.length, ' Klart 1/3.');
    expect(el.value).toBe('Viktigt: Ring Lena. Fråga om partner. Skriv budget. Klart 1/3.');
    expect(el.selectionStart).toBe('Viktigt: Ring Lena. Fråga om partner.'.length);
    // Typing continues where it was; both sides hold the same text.
    type(el, ' Snart!');
    expect(ta.toString()).toBe('Viktigt: Ring Lena. Fråga om partner. Snart! Skriv budget. Klart 1/3.');
    expect(tb.toString()).toBe(ta.toString());
    binding.destroy();
  });

  it('a colleague deleting text around the caret moves it to the edge, and a selection keeps its words', () => {
    const { ta, tb } = pair();
    ta.insert(0, 'abc def ghi');
    const el = textarea();
    bindTextarea(el, tb);
    el.setSelectionRange(4, 7); // "def"
    ta.delete(0, 4); // "abc "
    expect(el.value).toBe('def ghi');
    expect([el.selectionStart, el.selectionEnd]).toEqual([0, 3]);
    ta.delete(1, 4); // "ef g": the selection shrinks to what is left of it
    expect(el.value).toBe('dhi');
    expect([el.selectionStart, el.selectionEnd]).toEqual([0, 1]);
  });

  it('two people typing at once in two bound editors both keep their words', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const ea = textarea();
    const eb = textarea();
    a.getText('n').insert(0, 'Start.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    bindTextarea(ea, a.getText('n'));
    bindTextarea(eb, b.getText('n'));
    ea.setSelectionRange(6, 6);
    eb.setSelectionRange(0, 0);
    type(ea, ' Anna skriver.');
    type(eb, 'Bo: ');
    // Offline until now: exchange what each lacks.
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(ea.value).toBe('Bo: Start. Anna skriver.');
    expect(eb.value).toBe(ea.value);
    expect(eb.selectionStart).toBe(4);
  });

  it('waits while an input method composes, then applies what arrived', () => {
    const { ta, tb } = pair();
    ta.insert(0, 'Hej');
    const el = textarea();
    bindTextarea(el, tb);
    el.setSelectionRange(3, 3);
    el.dispatchEvent(new Event('compositionstart'));
    el.value = 'Hej e';
    el.dispatchEvent(new Event('input'));
    ta.insert(0, '1. ');
    expect(el.value).toBe('Hej e');
    el.value = 'Hej é';
    el.dispatchEvent(new Event('compositionend'));
    expect(tb.toString()).toBe('1. Hej é');
    expect(el.value).toBe('1. Hej é');
  });

  it('keeps what was typed before the binding was ready, over what the document has now', () => {
    const { ta, tb } = pair();
    ta.insert(0, 'Gammal text.');
    const el = textarea();
    el.value = 'Gammal text. Nytt.';
    ta.insert(0, 'Först: ');
    bindTextarea(el, tb, { shown: 'Gammal text.' });
    expect(el.value).toBe('Först: Gammal text. Nytt.');
    expect(ta.toString()).toBe(el.value);
  });

  it('a note with embeds another client wrote: typing lands where it is typed, the embeds stay, the caret holds', () => {
    const { ta, tb } = pair();
    // A rich-text client (any y-websocket client may be one) put an object and a shared type into the note: each
    // takes a position in the Y.Text that the textarea does not show.
    ta.insert(0, 'Hej där');
    ta.insertEmbed(3, { image: 'https://example.org/a.png' });
    ta.insertEmbed(0, new Y.Map());
    const el = textarea();
    bindTextarea(el, tb);
    expect(el.value).toBe('Hej där');
    el.setSelectionRange(7, 7);
    type(el, ', Bo');
    expect(ta.toString()).toBe('Hej där, Bo');
    el.setSelectionRange(3, 7);
    type(el, '!');
    expect(ta.toString()).toBe('Hej!, Bo');
    expect(ta.toDelta().filter((op: { insert: unknown }) => typeof op.insert !== 'string')).toHaveLength(2);
    // A colleague types before the caret, after the embeds: the caret moves by what was typed, not by the embeds.
    el.setSelectionRange(4, 4);
    ta.insert(ta.length, ' Klart.');
    ta.insert(4, ' ja');
    expect(el.value).toBe('Hej ja!, Bo Klart.');
    expect(el.selectionStart).toBe(7);
    expect(tb.toString()).toBe(el.value);
  });

  it('maps positions through deltas as Yjs describes them', () => {
    const delta = [{ retain: 2 }, { delete: 3 }, { insert: 'XY' }];
    expect(mapPosition(1, delta)).toBe(1);
    expect(mapPosition(6, delta)).toBe(5);
    expect(mapPosition(3, delta)).toBe(2);
    expect(mapPosition(2, [{ retain: 2 }, { insert: 'Z' }], true)).toBe(2);
    expect(mapPosition(2, [{ retain: 2 }, { insert: 'Z' }], false)).toBe(3);
  });
});
