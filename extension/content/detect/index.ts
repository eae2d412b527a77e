import { type FoundItem, inPageOrder, readItem } from '../item.ts';
import { type DetailCandidate, generalDetail } from './detail.ts';
import { type Block, detectListings } from './listing.ts';
import { mainRoot, pageContext } from './page.ts';
import { detectSections } from './sections.ts';

/**
 * The general detector, for any funder layout (a site's own hints are only added to it): listings of
 * alike blocks first, then calls written as sections under sibling headings, and only when the page holds
 * neither, the page itself as one call.
 */
export function detectListing(doc: Document): { items: FoundItem[]; listShaped: boolean } {
  const root = mainRoot(doc);
  if (!root) return { items: [], listShaped: false };
  const context = pageContext(doc);
  const listings = detectListings(root, context);
  let blocks = listings.blocks;
  if (blocks.length === 0) blocks = detectSections(root, context);
  return { items: blocksToItems(blocks), listShaped: listings.listShaped || blocks.length > 0 };
}

export function blocksToItems(blocks: readonly Block[]): FoundItem[] {
  const found: FoundItem[] = [];
  for (const b of blocks) {
    // The detector read each block's text already (a heading's section and a list term's descriptions
    // are not one element): the item takes it rather than walking the block a second time.
    const item = readItem(b.el, b.titleEl, { text: b.text, context: b.context });
    if (item) found.push(item);
  }
  return inPageOrder(found);
}

export function detailItem(doc: Document, candidate: DetailCandidate | null): FoundItem[] {
  if (!candidate) return [];
  const item = readItem(candidate.root, candidate.titleEl, { detail: true, context: doc.title });
  return item ? [item] : [];
}

/** Listing, sections, else the page as one call. */
export function detectGeneral(doc: Document): FoundItem[] {
  const listed = detectListing(doc);
  if (listed.items.length > 0) return listed.items;
  return listed.listShaped ? [] : detailItem(doc, generalDetail(doc));
}
