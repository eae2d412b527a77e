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

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function isBlock(node: Node | null): boolean {
  // Custom elements (the EU portal's cards and fields) are laid out as blocks on the sites we know.
  return !!node && node.nodeType === 1 && (BLOCK.has(node.nodeName) || node.nodeName.includes('-'));
}

/**
 * The item's text with a space where one block ends and the next begins: textContent glues
 * "…Brussels time" and "Town-twinning…" into "timeTown-twinning", and the engine then misses both words.
 * Walks text nodes only and separates two of them when their nearest block differs (memoised per parent),
 * so inline markup inside a word stays joined; no layout work; scripts and styles are left out.
 */
export function blockText(root: Element, max: number): string {
  let out = '';
  // Parent → its nearest block (itself when it is one), or null for script/style text.
  const blockOf = new Map<Node, Node | null>();
  const nearestBlock = (p: Node): Node | null => {
    let b = blockOf.get(p);
    if (b === undefined) {
      b = SKIP.has(p.nodeName) ? null : p === root || isBlock(p) || !p.parentNode ? p : nearestBlock(p.parentNode);
      blockOf.set(p, b);
    }
    return b;
  };
  let lastBlock: Node | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) {
    const block = nearestBlock(n.parentNode ?? root);
    if (!block) continue;
    if (block !== lastBlock) {
      out += ' ';
      lastBlock = block;
    }
    out += n.nodeValue ?? '';
  }
  return out;
}

/**
 * Reads an item as text only (text nodes: no markup, no layout work). `text` is given for items that are
 * not one element (a heading's section); `context` is the page's and the list's headings.
 */
export function readItem(
  root: Element,
  titleEl: Element,
  opts: { detail?: boolean; text?: string; context?: string } = {},
): FoundItem | undefined {
  const detail = opts.detail === true;
  const title = squash(titleEl.textContent).slice(0, 300);
  if (title.length < 3) return undefined;
  // Detail pages can hold 100 KB of text: cut before squashing, the worker reads only the start.
  const text = squash(opts.text ?? blockText(root, MAX_TEXT * 2).slice(0, MAX_TEXT * 2)).slice(0, MAX_TEXT);
  const link = titleEl.closest('a[href]') ?? titleEl.querySelector('a[href]') ?? root.querySelector('a[href]');
  const url = detail ? location.href : link ? httpHref(link as HTMLAnchorElement) : location.href;
  counter += 1;
  const item: PageItem = { key: `fw${counter}`, title, text, url, detail };
  if (opts.context) item.context = opts.context.slice(0, 300);
  return { root, titleEl, item };
}

/** A link the page gives is untrusted: anything but http(s) (javascript:, data:) falls back to the page. */
function httpHref(a: HTMLAnchorElement): string {
  const href = a.href;
  return /^https?:\/\//i.test(href) ? href.split('#')[0] || location.href : location.href;
}

export function inPageOrder(items: FoundItem[]): FoundItem[] {
  return items.sort((a, b) =>
    a.root === b.root ? 0 : a.root.compareDocumentPosition(b.root) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}
