import { NOT_A_CALL } from '../../../core/text/call-signals.ts';
import { type DetailCandidate, detailCandidate } from '../detect/detail.ts';
import { inChrome, pageContext, squash } from '../detect/page.ts';
import { type FoundItem, readItem } from '../item.ts';

/**
 * A known funder layout: CSS selectors for its listing items and its detail page. They are hints added
 * to the general detector, never the only truth: when the site changes, the detector still reads it.
 */
export interface Site {
  id: string;
  hosts: string[];
  /** Only on these paths (the EU portal shares its host with the rest of ec.europa.eu). */
  pathPrefix?: string;
  list?: { item: string; title: string };
  detail?: { root: string; title: string; path?: RegExp };
}

/** The site's listing items, news and event posts left out. */
export function siteListItems(site: Site, doc: Document): FoundItem[] {
  const found: FoundItem[] = [];
  if (!site.list) return found;
  const context = pageContext(doc);
  for (const root of doc.querySelectorAll(site.list.item)) {
    if (inChrome(root)) continue;
    const titleEl = root.querySelector(site.list.title);
    if (!titleEl || NOT_A_CALL.test(squash(titleEl.textContent))) continue;
    const item = readItem(root, titleEl, { context });
    if (item) found.push(item);
  }
  return found;
}

/** The site's detail page root and title, when the path fits; the same call tests as any detail page. */
export function siteDetail(site: Site, doc: Document): DetailCandidate | null {
  if (!site.detail || (site.detail.path && !site.detail.path.test(location.pathname))) return null;
  const root = doc.querySelector(site.detail.root);
  return detailCandidate(root, root?.querySelector(site.detail.title));
}
