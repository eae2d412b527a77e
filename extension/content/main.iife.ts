/**
 * Content script entry (built as one self-contained IIFE). Small on purpose: no lexicon, scorer, zod or
 * Preact here; the worker scores. Every failure is caught: the funder's page must keep working.
 */
import { observeLateContent } from './observe.ts';
import { scan } from './scan.ts';

const flag = globalThis as { fundwatchLoaded?: boolean };

try {
  // A site can be reached by the manifest's script and a registered one; run once per page.
  if (flag.fundwatchLoaded) throw new Error('already running');
  flag.fundwatchLoaded = true;
  performance.mark('fundwatch:start');
  scan()
    .catch((err) => console.debug('fundwatch: scan failed', err))
    .finally(() => {
      try {
        observeLateContent(scan);
      } catch (err) {
        console.debug('fundwatch: cannot observe this page', err);
      }
    });
} catch (err) {
  console.debug('fundwatch: content script failed', err);
}
