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
  if (found.length === 0 && site.detail && (!site.detail.path || site.detail.path.test(location.pathname))) {
    const root = doc.querySelector(site.detail.root);
    const titleEl = root?.querySelector(site.detail.title);
    const item = root && titleEl && readItem(root, titleEl, true);
    if (item) found.push(item);
  }
  return found;
}
