import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = join(process.cwd(), 'tests/fixtures/pages/');

/** Puts a page's HTML in the test's jsdom document; jsdom cannot change origin, so a base element gives `url`. */
function show(html: string, url: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>/i, '');
  const base = document.createElement('base');
  base.href = url;
  document.head.prepend(base);
  return document;
}

/**
 * Loads a recorded funder page into the test's jsdom document and points location at its real address
 * (the extractors read location for links and detail pages).
 */
export function loadPage(relativeFile: string, url: string): Document {
  show(readFileSync(PAGES + relativeFile, 'utf8'), url);
  window.history.replaceState(null, '', `${window.location.origin}/`);
  return document;
}

/** A layout case's HTML as the page at `url`, with the document titled as its <title> says. */
export function loadHtml(html: string, url: string): Document {
  show(html, url);
  document.title = document.querySelector('title')?.textContent ?? '';
  return document;
}
