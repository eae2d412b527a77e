import type { PageItem } from '../messages.ts';

/** A call the content script recognised: where it is in the page and what it says. */
export interface FoundItem {
  /** The element holding the call; it carries the data-fundwatch-* marks. */
  root: Element;
  /** Where the badge goes (after this element). */
  titleEl: Element;
  item: PageItem;
}

const MAX_TEXT = 1500;
let counter = 0;

function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads an item as text only (textContent: no markup, no layout work). */
export function readItem(root: Element, titleEl: Element, detail = false): FoundItem | undefined {
  const title = squash(titleEl.textContent).slice(0, 300);
  if (title.length < 3) return undefined;
  // Detail pages can hold 100 KB of text: cut before squashing, the worker reads only the start.
  const text = squash((root.textContent ?? '').slice(0, MAX_TEXT * 2)).slice(0, MAX_TEXT);
  const link = titleEl.closest('a[href]') ?? titleEl.querySelector('a[href]') ?? root.querySelector('a[href]');
  const url = detail ? location.href : link ? (link as HTMLAnchorElement).href : location.href;
  counter += 1;
  return { root, titleEl, item: { key: `fw${counter}`, title, text, url, detail } };
}
