import { CALL_WORDS, hasDate } from './dates.ts';
import { type FoundItem, readItem } from './item.ts';

/**
 * The general detector, for funder sites without an extractor or whose layout changed: a call listing
 * is a run of sibling blocks that look alike (same tag and class), each with a link and a date, where
 * the blocks talk about calls. Failing that, a page with a heading, call words and a date is one call.
 */
const MAX_CLIMB = 8;
const SKIP = 'nav, header, footer, [role="navigation"], [data-fundwatch-ui]';

function signature(el: Element): string {
  // className is a plain string on HTML elements (cheaper than getAttribute); SVG elements have an object there.
  const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
  return `${el.localName}.${cls}`;
}

export function detectGeneral(doc: Document): FoundItem[] {
  const body = doc.body;
  if (!body) return [];
  const sigCounts = new Map<Element, Map<string, number>>();
  const repeats = (el: Element, parent: Element): boolean => {
    let counts = sigCounts.get(parent);
    if (!counts) {
      counts = new Map();
      // Indexed access: iterating a live HTMLCollection is slow on 500-child listings.
      const kids = parent.children;
      for (let i = 0; i < kids.length; i++) {
        const sig = signature(kids[i]);
        counts.set(sig, (counts.get(sig) ?? 0) + 1);
      }
      sigCounts.set(parent, counts);
    }
    return (counts.get(signature(el)) ?? 0) >= 2;
  };

  const groups = new Map<Element, Set<Element>>();
  const tried = new Set<Element>();
  // textContent walks the subtree: read each block once.
  const texts = new Map<Element, string>();
  const textOf = (el: Element): string => {
    let t = texts.get(el);
    if (t === undefined) {
      t = el.textContent ?? '';
      texts.set(el, t);
    }
    return t;
  };
  for (const a of body.querySelectorAll('a[href]')) {
    let el: Element = a;
    for (let depth = 0; depth < MAX_CLIMB; depth++) {
      const parent: Element | null = el.parentElement;
      if (!parent || el === body) break;
      if (tried.has(el)) break;
      tried.add(el);
      if (repeats(el, parent) && hasDate(textOf(el))) {
        if (!el.closest(SKIP)) {
          const set = groups.get(parent) ?? new Set<Element>();
          set.add(el);
          groups.set(parent, set);
        }
        break;
      }
      el = parent;
    }
  }

  const blocks: Element[] = [];
  for (const set of groups.values()) {
    if (set.size < 2) continue;
    const members = [...set];
    const callLike = members.filter((b) => CALL_WORDS.test(textOf(b))).length;
    if (callLike * 2 >= members.length) blocks.push(...members);
  }
  // Nested runs (a table inside a card list): keep the innermost blocks. Walking up from each block
  // is linear in the page size; comparing every pair would be quadratic on long listings.
  const chosenSet = new Set(blocks);
  for (const b of blocks) {
    for (let up = b.parentElement; up; up = up.parentElement) if (chosenSet.has(up)) chosenSet.delete(up);
  }
  const chosen = blocks.filter((b) => chosenSet.has(b));
  const found: FoundItem[] = [];
  for (const block of chosen) {
    const titleEl = block.querySelector('h1, h2, h3, h4, h5, h6') ?? longestLink(block);
    const item = titleEl && readItem(block, titleEl);
    if (item) found.push(item);
  }
  return found.length > 0 ? found : detectDetail(doc);
}

function longestLink(block: Element): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const a of block.querySelectorAll('a[href]')) {
    const len = (a.textContent ?? '').trim().length;
    if (len > bestLen) {
      best = a;
      bestLen = len;
    }
  }
  return best;
}

function detectDetail(doc: Document): FoundItem[] {
  const h1 = doc.querySelector('h1');
  if (!h1 || h1.closest(SKIP)) return [];
  const root = h1.closest('main, article, [role="main"]') ?? doc.body;
  const text = root.textContent ?? '';
  if (!CALL_WORDS.test(text) || !hasDate(text)) return [];
  const item = readItem(root, h1, true);
  return item ? [item] : [];
}
