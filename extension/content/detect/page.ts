/**
 * Where a page's own content is, and what its headings say: the detector's frame. Menus, site headers and
 * footers, sidebars and our own UI are never calls.
 */
const CHROME =
  'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [data-fundwatch-ui], [hidden], .breadcrumb, .breadcrumbs, .pagination, .pager, .skip-link';

/** A site header or footer: page-level ones only (an article's own header holds its title). */
function pageLevel(el: Element): boolean {
  return !el.parentElement?.closest('article, main, [role="main"], section, li');
}

export function inChrome(el: Element): boolean {
  if (el.closest(CHROME)) return true;
  const hf = el.closest('header, footer');
  return !!hf && pageLevel(hf);
}

export function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The page's main heading (not the site logo's h1 in a banner). */
export function pageHeading(doc: Document): Element | null {
  for (const h of doc.querySelectorAll('h1')) if (!inChrome(h)) return h;
  return null;
}

/** The region holding the page's own content. */
export function mainRoot(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"], #main, #content, #main-content') ?? doc.body;
}

const HEADING = /^H[1-6]$/;

/**
 * The heading a group of blocks sits under: a heading among the container's earlier siblings, or its
 * ancestors' (a few levels up). "Aktuella utlysningar" above a list tells what the list holds.
 */
export function groupHeading(container: Element): string {
  let el: Element | null = container;
  for (let up = 0; el && up < 4; up++, el = el.parentElement) {
    for (let sib = el.previousElementSibling, n = 0; sib && n < 6; sib = sib.previousElementSibling, n++) {
      if (HEADING.test(sib.tagName)) return squash(sib.textContent);
      const inner = sib.querySelector('h1, h2, h3, h4');
      if (inner && sib.children.length <= 2) return squash(inner.textContent);
    }
  }
  return '';
}

/** The page's context for its items: main heading and title (never evidence, only a frame). */
export function pageContext(doc: Document): string {
  const h1 = pageHeading(doc);
  return squash(`${h1?.textContent ?? ''} · ${doc.title}`).slice(0, 300);
}
