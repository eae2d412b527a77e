import { CALLS_CONTEXT, callLike } from '../../../core/text/call-signals.ts';
import type { Block } from './listing.ts';
import { inChrome, squash } from './page.ts';

/**
 * A page that holds several calls as sections under sibling headings (a "call calendar" written as
 * h2 + paragraphs, one per call). Each section's text runs from its heading to the next heading of the
 * same or a higher level; the heading carries the mark. Two call-like sections make the page a listing,
 * never one call.
 */
const LEVEL: Record<string, number> = { H2: 2, H3: 3, H4: 4 };
const MAX_SECTION_TEXT = 3000;

function sectionText(h: Element, level: number): string {
  let text = h.textContent ?? '';
  for (let sib = h.nextElementSibling; sib && text.length < MAX_SECTION_TEXT; sib = sib.nextElementSibling) {
    const l = LEVEL[sib.tagName] ?? (sib.tagName === 'H1' ? 1 : 0);
    if (l > 0 && l <= level) break;
    text += ` ${sib.textContent ?? ''}`;
  }
  return squash(text);
}

export function detectSections(root: Element, context: string): Block[] {
  const byParent = new Map<Element, Element[]>();
  for (const h of root.querySelectorAll('h2, h3, h4')) {
    const parent = h.parentElement;
    if (!parent || inChrome(h)) continue;
    const list = byParent.get(parent) ?? [];
    list.push(h);
    byParent.set(parent, list);
  }
  const calls = CALLS_CONTEXT.test(context);
  let best: Block[] = [];
  for (const heads of byParent.values()) {
    if (heads.length < 2) continue;
    // The top level present under this parent: subheadings belong to their section.
    const level = Math.min(...heads.map((h) => LEVEL[h.tagName]));
    const blocks: Block[] = [];
    for (const h of heads) {
      if (LEVEL[h.tagName] !== level) continue;
      const title = squash(h.textContent);
      if (title.length < 3) continue;
      const text = sectionText(h, level);
      if (callLike(title, text, calls)) blocks.push({ el: h, titleEl: h, title, text, context });
    }
    if (blocks.length >= 2 && blocks.length > best.length) best = blocks;
  }
  return best;
}
