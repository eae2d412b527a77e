import { CALL_WORDS, hasDate } from '../dates.ts';
import { type FoundItem, readItem } from '../item.ts';

/**
 * A known funder layout: CSS selectors for its listing items and its detail page. Selectors describe
 * the markup as recorded; when a site changes, the general detector takes over.
 */
export interface Site {
  id: string;
  hosts: string[];
  /** Only on these paths (the EU portal shares its host with the rest of ec.europa.eu). */
  pathPrefix?: string;
  list?: { item: string; title: string };
  detail?: { root: string; title: string; path?: RegExp };
}

export function extractWith(site: Site, doc: Document): FoundItem[] {
  const found: FoundItem[] = [];
  if (site.list) {
    for (const root of doc.querySelectorAll(site.list.item)) {
      const titleEl = root.querySelector(site.list.title);
      const item = titleEl && readItem(root, titleEl);
      if (item) found.push(item);
    }
  }
  // A "listing" of one whose title is the page's h1 is the call's own page (a WordPress single post).
  if (found.length === 1 && found[0].titleEl.tagName === 'H1') {
    found[0].item.detail = true;
    found[0].item.url = location.href;
  }
  if (found.length === 0 && site.detail && (!site.detail.path || site.detail.path.test(location.pathname))) {
    const root = doc.querySelector(site.detail.root);
    const titleEl = root?.querySelector(site.detail.title);
    const item = root && titleEl && readItem(root, titleEl, true);
    // A funder's "about us" or contact page is no call: a detail page speaks of applying and has a date.
    if (item && CALL_WORDS.test(item.item.text) && hasDate(item.item.text)) found.push(item);
  }
  return found;
}
