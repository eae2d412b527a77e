import { type ItemVerdict, send } from '../messages.ts';
import { findItems } from './find-items.ts';
import type { FoundItem } from './item.ts';
import { markItem, showScoreCard } from './ui/badge.ts';
import { installPageStyles } from './ui/styles.ts';

const processed = new WeakSet<Element>();
let firstScan = true;

function watch(found: FoundItem): Promise<void> {
  return send('watch', { item: found.item, pageUrl: location.href }).then(() => undefined);
}

/**
 * Finds the calls not yet marked, asks the worker to score them, and marks them. The synchronous parts
 * (finding, marking) are what the page's main thread pays; the first scan records them as
 * performance marks for the benchmark.
 */
export async function scan(): Promise<number> {
  const found = findItems(document, location).filter((f) => !processed.has(f.root) && f.root.isConnected);
  if (found.length === 0) {
    performance.mark('fundwatch:scan-done');
    return 0;
  }
  for (const f of found) processed.add(f.root);
  const first = firstScan;
  firstScan = false;
  if (first) performance.mark('fundwatch:found');

  const { lang, verdicts } = await send('score-items', { items: found.map((f) => f.item), pageUrl: location.href });
  if (first) performance.mark('fundwatch:scored');

  installPageStyles(document);
  const byKey = new Map<string, ItemVerdict>(verdicts.map((v) => [v.key, v]));
  const ctx = { lang, watch };
  for (const f of found) {
    const verdict = byKey.get(f.item.key);
    if (!verdict) continue;
    try {
      markItem(f, verdict, ctx);
      if (f.item.detail) showScoreCard(f, verdict, ctx);
    } catch (err) {
      console.debug('fundwatch: could not mark an item', err);
    }
  }
  if (first) performance.mark('fundwatch:marked');
  performance.mark('fundwatch:scan-done');
  return found.length;
}
