/** Whitespace that `\s+` → ' ' would change: anything but a lone space. */
const OTHER_WHITESPACE = /[^\S ]| {2}/;

/** A short quote around [start, end) of a text, cut at word boundaries, with ellipses where cut. */
export function quoteAround(text: string, start: number, end: number, radius = 60): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const sp = text.indexOf(' ', from);
    if (sp !== -1 && sp < start) from = sp + 1;
  }
  if (to < text.length) {
    const sp = text.lastIndexOf(' ', to);
    if (sp > end) to = sp;
  }
  const cut = text.slice(from, to);
  // Most quotes hold single spaces only: collapsing whitespace would copy them unchanged.
  const body = (OTHER_WHITESPACE.test(cut) ? cut.replace(/\s+/g, ' ') : cut).trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
