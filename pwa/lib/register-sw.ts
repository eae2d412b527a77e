import { setState } from '../state/store.ts';

let waiting: ServiceWorker | undefined;

/** The user pressed "Uppdatera": the waiting worker takes over and the page reloads once. */
export function applyUpdate(): void {
  setState({ updateReady: false });
  waiting?.postMessage({ type: 'SKIP_WAITING' });
}

/**
 * Registers the service worker. A new version waits until the user presses "Uppdatera" (kinder to unsaved
 * notes than swapping code under them); the page reloads once the new worker has taken over (here or from
 * another tab). The first install's takeover needs no reload, also when an update follows in the same session.
 */
export function registerServiceWorker(after: Promise<void> = Promise.resolve()): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => addEventListener('load', () => resolve(), { once: true }));
  void Promise.all([loaded, after]).then(async () => {
    let controlled = !!navigator.serviceWorker.controller;
    let reloaded = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (!controlled) {
        controlled = true;
        return;
      }
      if (reloaded) return;
      reloaded = true;
      location.reload();
    });
    const reg = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const offer = (w: ServiceWorker | null) => {
      if (!w || !navigator.serviceWorker.controller) return;
      waiting = w;
      setState({ updateReady: true });
    };
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => {
        if (w.state === 'installed') offer(w);
      });
    });
  });
}
