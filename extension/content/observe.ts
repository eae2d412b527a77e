/**
 * Pages that render late (the EU portal is a single-page app) get rescanned as content appears.
 * Our own badges are ignored, and rescans are spaced out so a busy page is not slowed down.
 */
const MIN_GAP_MS = 300;

function isOurs(node: Node): boolean {
  return node instanceof Element && node.hasAttribute('data-fundwatch-ui');
}

export function observeLateContent(rescan: () => Promise<unknown>): MutationObserver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const run = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    rescan()
      .catch((err) => console.debug('fundwatch: rescan failed', err))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          schedule();
        }
      });
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(run, MIN_GAP_MS);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (!isOurs(n) && n.nodeType === Node.ELEMENT_NODE) return schedule();
      }
    }
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  return observer;
}
