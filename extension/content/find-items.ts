import { generalDetail } from './detect/detail.ts';
import { detailItem, detectListing } from './detect/index.ts';
import { type FoundItem, inPageOrder } from './item.ts';
import { siteFor } from './sites/index.ts';
import { siteDetail, siteListItems } from './sites/site.ts';

function overlaps(a: Element, b: Element): boolean {
  return a === b || a.contains(b) || b.contains(a);
}

/**
 * The site's own hints and the general detector together: the site's listing items, plus whatever the
 * detector finds elsewhere on the page (a redesign degrades to the detector, never to nothing). Only a
 * page without any listing is read as one call, and a "listing" of one whose title is the page's h1 is
 * the call's own page.
 */
export function findItems(doc: Document, loc: Location): FoundItem[] {
  const site = siteFor(loc.hostname, loc.pathname);
  const hinted = site ? siteListItems(site, doc) : [];
  const detected = detectListing(doc);
  const general = detected.items.filter((g) => !hinted.some((h) => overlaps(h.root, g.root)));
  const listed = inPageOrder([...hinted, ...general]);
  if (listed.length === 1 && listed[0].titleEl.tagName === 'H1') {
    listed[0].item.detail = true;
    listed[0].item.url = loc.href;
    return listed;
  }
  if (listed.length > 0 || detected.listShaped) return listed;
  return detailItem(doc, (site && siteDetail(site, doc)) ?? generalDetail(doc));
}
