import { type HTMLElement, parse } from 'node-html-parser';
import { InputError } from '../../model/errors.ts';
import type { SourceInput } from '../types.ts';
import { checkBody } from './input.ts';
import { resolveUrl } from './url.ts';

export type { HTMLElement };

/** Parses a page; node-html-parser is tolerant, so layout checks live in each source. */
export function readHtml(input: SourceInput, sourceId: string): HTMLElement {
  checkBody(input, sourceId);
  const root = parse(input.body, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false },
  });
  if (!root.querySelector('body') && !root.querySelector('main') && !root.querySelector('article')) {
    throw new InputError(`${sourceId}: not an HTML page (no <body>)`, { file: input.url });
  }
  return root;
}

/** An unexpected layout is a named error, so the store keeps the source's previous calls. */
export function layoutError(input: SourceInput, sourceId: string, what: string): InputError {
  return new InputError(`${sourceId}: page layout not recognised (${what})`, { file: input.url });
}

/** Visible text with block elements on their own lines and whitespace tidied. */
export function blockText(el: HTMLElement): string {
  const html = el.innerHTML
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|li|h[1-6]|tr|td|th|dd|dt|section|article|ul|ol|table)(\s[^>]*)?>/gi, '\n$&');
  return parse(html)
    .textContent.replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** Plain text of an HTML fragment (e.g. the EU API's descriptionByte). */
export function htmlToText(fragment: string): string {
  return blockText(parse(`<div>${fragment}</div>`));
}

export function absoluteUrl(href: string | undefined, base: string): string {
  return resolveUrl(href, base);
}

/**
 * Splits an article into sections by heading (h2/h3): each heading with the elements after it up to the
 * next heading of the same or higher level.
 */
export function sectionsByHeading(
  root: HTMLElement,
  levels = ['H2', 'H3'],
): { heading: string; text: string; html: HTMLElement[] }[] {
  const out: { heading: string; text: string; html: HTMLElement[] }[] = [];
  let current: { heading: string; parts: HTMLElement[] } | undefined;
  const flush = () => {
    if (current)
      out.push({ heading: current.heading, text: current.parts.map(blockText).join('\n'), html: current.parts });
  };
  for (const child of root.childNodes) {
    const el = child as HTMLElement;
    if (!el.tagName) continue;
    if (levels.includes(el.tagName)) {
      flush();
      current = { heading: el.textContent.replace(/\s+/g, ' ').trim(), parts: [] };
    } else if (current) current.parts.push(el);
  }
  flush();
  return out;
}
