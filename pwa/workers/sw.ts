/// <reference lib="webworker" />
/**
 * The service worker: Workbox precaches the build with revisions (offline after the first visit, only changed
 * files fetched on update), answers navigations with the app shell, keeps same-origin data (the server's
 * /api/calls, a calls.json next to the app) in an expiring runtime cache; it raises the weekly digest
 * notification on Periodic Background Sync and opens the app on click. Updates wait for the user ("Ny
 * version") unless this is the first install, so unsaved edits are safe.
 */

import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { weeklyDigestNotification } from './sw-digest.ts';
import { handlePush } from './sw-push.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const urlOf = (u: string) => new URL(u, self.registration.scope).href;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Any app URL (including the share target "/?title=…") gets the precached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// Same-origin data not in the build: fresh when online, the last copy offline; a month and 60 entries at most.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET',
  new NetworkFirst({
    cacheName: 'fundwatch-runtime',
    plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * 24 * 3600 })],
  }),
);

self.addEventListener('install', () => {
  // First install: nothing to disturb, take over at once. Updates wait for the user's "reload".
  if (!self.registration.active) void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

self.addEventListener('periodicsync', ((event: PeriodicSyncEvent) => {
  if (event.tag !== 'fundwatch-weekly-digest') return;
  event.waitUntil(weeklyDigestNotification(self));
}) as EventListener);

handlePush(self);

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = (event.notification.data as { path?: unknown } | null)?.path;
  const target = urlOf(typeof path === 'string' && /^#\/[\w/-]*$/.test(path) ? path : '#/bevakning');
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
