import {
  CALL_TITLE,
  CALLS_CONTEXT,
  callLike,
  hasDate,
  NOT_A_CALL,
  RECURRING,
  STATUS_WORDS,
} from '../../../core/text/call-signals.ts';
import { blockText } from '../item.ts';
import { groupHeading, inChrome, squash } from './page.ts';

/**
 * Listings: runs of sibling blocks that look alike (same tag and stable class), each with a title, in the
 * page's content. Found from every link, heading and table row by climbing to the first ancestor that
 * repeats among its siblings; the run is a listing of calls when its blocks read as calls (their words and
 * timing, with the page's and the list's headings as context).
 */
const MAX_CLIMB = 8;
/** Inline and text elements are parts of an item, never the item. */
const NOT_A_BLOCK = new Set([
  'a',
  'p',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'time',
  'small',
  'label',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'dd',
  'br',
  'img',
  'svg',
  'button',
  'main',
  'body',
  'html',
]);
/** Classes that differ between otherwise alike siblings (WordPress post-123, Drupal views-row-odd, states). */
const VOLATILE_CLASS =
  /\d|^(?:odd|even|first|last|active|current|selected|is-|has-|js-)|(?:--|__)(?:odd|even|first|last)/;
const MAX_BLOCK_LINKS = 15;
const MAX_BLOCK_TEXT = 6000;

/** A card that is one big link (heading and text inside the <a>) is an item, not a part of one. */
function isCardLink(el: Element): boolean {
  return el.localName === 'a' && el.querySelector('h2, h3, h4, h5, h6, p, div') !== null;
}

export interface Block {
  el: Element;
  titleEl: Element;
  title: string;
  text: string;
  /** The list's own heading and the page's, for the engine's context. */
  context: string;
}

function stableClass(el: Element): string {
  const list = el.classList;
  for (let i = 0; i < list.length; i++) if (!VOLATILE_CLASS.test(list[i])) return list[i];
  return '';
}

function signature(el: Element): string {
  return `${el.localName}.${stableClass(el)}`;
}

const READ_MORE = /^(?:läs mer|läs hela|mer information|read more|more|learn more|see more|les mer|mere)\b/i;
const MAX_TITLE = 300;

function titled(el: Element | null): el is Element {
  if (!el) return false;
  const n = squash(el.textContent).length;
  return n >= 3 && n <= MAX_TITLE;
}

/**
 * The block's title: its first heading, else an element its CMS names a title, heading or name, else its
 * first link that is not "Läs mer", else a table row's first data cell with words.
 */
export function titleOf(block: Element): Element | null {
  const h = block.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  if (titled(h)) return h;
  const named = block.querySelector('[class*="title"], [class*="heading"], [class*="name"], summary');
  if (titled(named) && squash(named.textContent).length >= 8) return named;
  const links = block.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < 4; i++) {
    const t = squash(links[i].textContent);
    if (t.length >= 8 && t.length <= MAX_TITLE && !READ_MORE.test(t)) return links[i];
  }
  if (block.localName === 'tr') {
    // A header row (only th cells) names columns, not a call.
    if (!block.querySelector('td')) return null;
    for (const cell of block.children) if (squash(cell.textContent).length >= 8) return cell;
  }
  const lead = block.querySelector('strong, b');
  if (titled(lead) && squash(lead.textContent).length >= 8) return lead;
  return null;
}

/**
 * A block's words with a space between its parts (textContent glues "…arbetsmarknaden" and "Löpande");
 * a definition list's item is its term and the descriptions after it.
 */
export function itemText(el: Element): string {
  let text = blockText(el, MAX_BLOCK_TEXT + 1);
  if (el.localName === 'dt') {
    for (let sib = el.nextElementSibling; sib && sib.localName === 'dd'; sib = sib.nextElementSibling)
      text += ` ${blockText(sib, MAX_BLOCK_TEXT)}`;
  }
  return squash(text);
}

interface Group {
  parent: Element;
  members: Element[];
}

/** Runs of alike blocks under one parent, found by climbing from every link, heading, row and term. */
function findRuns(root: Element): Group[] {
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
  for (const start of root.querySelectorAll('a[href], h2, h3, h4, h5, tr, dt, summary, [class*="title"]')) {
    let el: Element = start;
    for (let depth = 0; depth < MAX_CLIMB; depth++) {
      const parent: Element | null = el.parentElement;
      if (!parent || el === root) break;
      if (tried.has(el)) break;
      tried.add(el);
      // Every level that repeats is a candidate (a Drupal row's fields repeat inside the repeating row);
      // the groups' words and nesting decide which level is the item.
      if ((!NOT_A_BLOCK.has(el.localName) || isCardLink(el)) && repeats(el, parent)) {
        let set = groups.get(parent);
        if (!set) {
          set = new Set();
          groups.set(parent, set);
        }
        set.add(el);
      }
      el = parent;
    }
  }
  const out: Group[] = [];
  for (const [parent, set] of groups) if (set.size >= 2) out.push({ parent, members: [...set] });
  return out;
}

export interface Listings {
  blocks: Block[];
  /** The page is a list of titled, dated things (news, events) even if none is a call: never one call. */
  listShaped: boolean;
}

/** Every listing of calls in the page's content; `context` is the page's own. */
export function detectListings(root: Element, context: string): Listings {
  const chosen: { group: Group; blocks: Block[] }[] = [];
  let listShaped = false;
  for (const group of findRuns(root)) {
    if (inChrome(group.parent)) continue;
    const heading = groupHeading(group.parent);
    const ctx = squash(`${heading} · ${context}`);
    const calls = CALLS_CONTEXT.test(ctx);
    const blocks: Block[] = [];
    /** Titled members with a state or window that did not read as calls on their own words, nor as news. */
    const peers: Block[] = [];
    /** Titled members with no date, state or call word at all (a programme's line under "Open calls"). */
    const quiet: Block[] = [];
    let dated = 0;
    for (const el of group.members) {
      const text = itemText(el);
      if (text.length > MAX_BLOCK_TEXT || el.querySelectorAll('a[href]').length > MAX_BLOCK_LINKS) continue;
      const titleEl = titleOf(el);
      // A column holding the page's own heading, or whose title sits in a sidebar, is layout, not an item.
      if (!titleEl || titleEl.localName === 'h1' || el.querySelector('h1') || inChrome(titleEl)) continue;
      const title = squash(titleEl.textContent);
      const isDated = hasDate(text);
      if (isDated) dated += 1;
      const block = { el, titleEl, title, text, context: ctx };
      if (callLike(title, text, calls)) blocks.push(block);
      // A date alone is every news item's; a state or a yearly window is a call's.
      else if ((STATUS_WORDS.test(text) || RECURRING.test(text)) && !NOT_A_CALL.test(title)) peers.push(block);
      else if (!isDated && !NOT_A_CALL.test(title)) quiet.push(block);
    }
    // Alike blocks in one run are one kind of thing: when most of them read as calls (news and event titles
    // aside), a member with a title and a state is a call too, however little it says ("Öppen" and a line
    // about its topic).
    if (blocks.length >= 2 && blocks.length > peers.length) blocks.push(...peers);
    // An undated member beside calls, alike in shape, is one more call that says little of itself ("EIT Food
    // Accelerator Network 2027" and a line on its topic): among many calls on a page of calls, or among calls
    // under a heading of their own that says they fund ("Other EU funding opportunities"). News carries a date,
    // so it never joins this way.
    const fewQuiet =
      (blocks.length >= 3 && quiet.length * 3 <= blocks.length) ||
      (blocks.length >= 1 && quiet.length <= blocks.length && CALLS_CONTEXT.test(heading));
    if (calls && heading !== '' && fewQuiet) blocks.push(...quiet);
    if (dated >= 3) listShaped = true;
    // Two call-like blocks make a listing; one is enough under a heading that says the list holds calls, or
    // when it is a dated item that names itself a call among other dated items (a call announced in the news:
    // "Fourth call for proposals opens in February"; the news about closed calls and results is left out above).
    const announced = blocks.length === 1 && dated >= 2 && CALL_TITLE.test(blocks[0].title) && hasDate(blocks[0].text);
    if (blocks.length >= 2 || (blocks.length === 1 && calls && heading !== '') || announced)
      chosen.push({ group, blocks });
  }
  return { blocks: resolveNesting(chosen), listShaped: listShaped || chosen.length > 0 };
}

/**
 * Runs inside runs (a table of dates inside each card, cards inside sections): the inner run wins when its
 * blocks are linked items of their own; otherwise it is part of the outer item (a card's facts table).
 */
function resolveNesting(chosen: { group: Group; blocks: Block[] }[]): Block[] {
  const blockOf = new Map<Element, { linked: boolean; owner: number }>();
  chosen.forEach((c, i) => {
    for (const b of c.blocks) blockOf.set(b.el, { linked: !!b.el.querySelector('a[href]'), owner: i });
  });
  const dropped = new Set<Element>();
  for (const c of chosen) {
    for (const b of c.blocks) {
      for (let up = b.el.parentElement; up; up = up.parentElement) {
        const outer = blockOf.get(up);
        if (!outer) continue;
        const innerLinked = blockOf.get(b.el)?.linked ?? false;
        dropped.add(innerLinked ? up : b.el);
      }
    }
  }
  const out: Block[] = [];
  for (const c of chosen) for (const b of c.blocks) if (!dropped.has(b.el)) out.push(b);
  return out;
}
