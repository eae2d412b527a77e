/// <reference lib="webworker" />
/**
 * The service worker: precaches the build (offline after first visit), answers navigations with the app
 * shell, raises the weekly digest notification on Periodic Background Sync and opens the app on click.
 * Updates wait for the user ("Ny version") unless this is the first install, so unsaved edits are safe.
 */
import { weeklyDigestNotification } from './sw-digest.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const MANIFEST = self.__WB_MANIFEST;
const VERSION = MANIFEST.map((e) => `${e.url}@${e.revision ?? ''}`).join('|');
const CACHE = `fundwatch-precache-${hash(VERSION)}`;
const RUNTIME = 'fundwatch-runtime';

function hash(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

const urlOf = (u: string) => new URL(u, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(MANIFEST.map((e) => urlOf(e.url)));
      // First install: nothing to disturb, take over at once. Updates wait for the user's "reload".
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith('fundwatch-precache-') && n !== CACHE).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // Any app URL (including the share target "/?title=…") gets the cached shell.
    event.respondWith((async () => (await caches.match(urlOf('index.html'), { cacheName: CACHE })) ?? fetch(req))());
    return;
  }
  event.respondWith(
    (async () => {
      const cached = await caches.match(req, { cacheName: CACHE, ignoreSearch: false });
      if (cached) return cached;
      try {
        const res = await fetch(req);
        // Same-origin data (e.g. a feed placed next to the app) is kept for offline use.
        if (res.ok) {
          const copy = res.clone();
          void caches.open(RUNTIME).then((c) => c.put(req, copy));
        }
        return res;
      } catch (error) {
        const fallback = await caches.match(req, { cacheName: RUNTIME });
        if (fallback) return fallback;
        throw error;
      }
    })(),
  );
});

interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

self.addEventListener('periodicsync', ((event: PeriodicSyncEvent) => {
  if (event.tag !== 'fundwatch-weekly-digest') return;
  event.waitUntil(weeklyDigestNotification(self));
}) as EventListener);

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = urlOf('#/bevakning');
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows[0];
      if (open) {
        await open.focus();
        await open.navigate(target).catch(() => undefined);
        return;
      }
      await self.clients.openWindow(target);
    })(),
  );
});
