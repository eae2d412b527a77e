import { type ItemMark, type Lang, send } from '../messages.ts';
import { findItems } from './find-items.ts';
import type { FoundItem } from './item.ts';
import { type MarkContext, markItem, showScoreCard } from './ui/badge.ts';
import { installPageStyles } from './ui/styles.ts';

/**
 * Finds the calls not yet marked, asks the worker to score them (band and score only) and marks them.
 * Nothing is capped: long listings go to the worker in batches, items on screen first, and are marked in
 * idle-time chunks so no task blocks the page. A root marked before whose badge is gone or whose title
 * changed (a re-rendered list) gets its mark replaced, never a second one. The first scan records
 * performance marks for the benchmark.
 */
const BATCH = 200;
/** Longest stretch of marking in one task when the browser gives no idle deadline. */
const SLICE_MS = 8;

interface Marked {
  sig: string;
  host: Element;
}
const marked = new WeakMap<Element, Marked>();
let firstScan = true;

const signatureOf = (f: FoundItem) => `${f.item.title}\u0000${f.item.url}`;

function isCurrent(f: FoundItem): boolean {
  const m = marked.get(f.root);
  return !!m && m.sig === signatureOf(f) && m.host.isConnected;
}

/**
 * Items in the viewport first, told by an IntersectionObserver: the browser works out which roots are on
 * screen in its next rendering update, so the content script reads no layout (a read here would force the
 * page's style and layout inside our task). Keeps page order within each part.
 */
export function onScreenFirst<T extends { root: Element }>(found: T[]): Promise<T[]> {
  if (found.length <= BATCH || typeof IntersectionObserver !== 'function') return Promise.resolve(found);
  return new Promise((resolve) => {
    const visible = new Set<Element>();
    const io = new IntersectionObserver((entries) => {
      io.disconnect();
      for (const e of entries) if (e.isIntersecting) visible.add(e.target);
      const on = found.filter((f) => visible.has(f.root));
      resolve(on.concat(found.filter((f) => !visible.has(f.root))));
    });
    for (const f of found) io.observe(f.root);
  });
}

function idle(): Promise<IdleDeadline | undefined> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback((d) => resolve(d), { timeout: 150 });
    else setTimeout(() => resolve(undefined), 0);
  });
}

async function markAll(batch: readonly FoundItem[], marks: readonly ItemMark[], ctx: MarkContext): Promise<void> {
  const byKey = new Map(marks.map((m) => [m.key, m]));
  let i = 0;
  while (i < batch.length) {
    const deadline = await idle();
    const start = performance.now();
    // An idle callback that timed out has no idle time left: take a short slice anyway, so work proceeds.
    const budget = deadline && !deadline.didTimeout ? Math.min(16, deadline.timeRemaining()) : SLICE_MS;
    do {
      const f = batch[i++];
      const mark = byKey.get(f.item.key);
      if (!mark || !f.root.isConnected) continue;
      try {
        marked.get(f.root)?.host.remove();
        marked.set(f.root, { sig: signatureOf(f), host: markItem(f, mark, ctx) });
        if (f.item.detail) showScoreCard(f, ctx).catch((err) => console.debug('fundwatch: no score card', err));
      } catch (err) {
        console.debug('fundwatch: could not mark an item', err);
      }
    } while (i < batch.length && performance.now() - start < budget);
  }
}

function context(lang: Lang): MarkContext {
  const pageUrl = () => location.href;
  return {
    lang,
    watch: (f) => send('watch', { item: f.item, pageUrl: pageUrl() }).then(() => undefined),
    explain: (f) => send('explain-item', { item: f.item, pageUrl: pageUrl() }).then((r) => r.verdict),
  };
}

export async function scan(): Promise<number> {
  const first = firstScan;
  firstScan = false;
  const found = findItems(document, location).filter((f) => f.root.isConnected && !isCurrent(f));
  if (first) performance.mark('fundwatch:found');
  if (found.length === 0) {
    performance.mark('fundwatch:scan-done');
    return 0;
  }
  const ordered = await onScreenFirst(found);
  installPageStyles(document);
  for (let i = 0; i < ordered.length; i += BATCH) {
    const batch = ordered.slice(i, i + BATCH);
    const { lang, marks } = await send('score-items', { items: batch.map((f) => f.item), pageUrl: location.href });
    if (first && i === 0) performance.mark('fundwatch:scored');
    await markAll(batch, marks, context(lang));
  }
  if (first) performance.mark('fundwatch:marked');
  performance.mark('fundwatch:scan-done');
  return found.length;
}
