import { detectGeneral } from './detect-general.ts';
import type { FoundItem } from './item.ts';
import { siteFor } from './sites/index.ts';
import { extractWith } from './sites/site.ts';

/** The site's own extractor first; the general detector when there is none or it finds nothing. */
export function findItems(doc: Document, loc: Location): FoundItem[] {
  const site = siteFor(loc.hostname, loc.pathname);
  const found = site ? extractWith(site, doc) : [];
  return found.length > 0 ? found : detectGeneral(doc);
}
