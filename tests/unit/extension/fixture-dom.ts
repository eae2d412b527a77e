import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = join(process.cwd(), 'tests/fixtures/pages/');

/**
 * Loads a recorded funder page into the test's jsdom document and points location at its real address
 * (the extractors read location for links and detail pages).
 */
export function loadPage(relativeFile: string, url: string): Document {
  const html = readFileSync(PAGES + relativeFile, 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>/i, '');
  window.history.replaceState(null, '', `${window.location.origin}/`);
  // jsdom cannot change origin; relative links resolve against a base element instead.
  const base = document.createElement('base');
  base.href = url;
  document.head.prepend(base);
  return document;
}
