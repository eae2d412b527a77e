/**
 * Evidence words shown in the page through the CSS Custom Highlight API: ranges over the page's own
 * text nodes, so the page's DOM is never rewritten.
 */
const NAME = 'fundwatch-evidence';

export function highlightTerms(root: Element, terms: string[]): number {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  if (!registry || typeof Highlight === 'undefined') return 0;
  const wanted = [...new Set(terms.map((t) => t.toLowerCase().trim()).filter((t) => t.length >= 3))];
  const ranges: Range[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && ranges.length < 200; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').toLowerCase();
    for (const term of wanted) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
        const range = root.ownerDocument.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + term.length);
        ranges.push(range);
      }
    }
  }
  registry.set(NAME, new Highlight(...ranges));
  return ranges.length;
}

export function clearHighlights(): void {
  (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(NAME);
}
