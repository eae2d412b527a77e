import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { newestMtime } from './app-build.ts';

/** Vite names these by content hash: a new build gets new names, so they can be cached for good. */
const HASHED = /^\/assets\//;

/** How often the build folder is looked at for a new build (a walk of its ~70 files). */
export const APP_RECHECK_MS = 1000;

/**
 * The app's production build with sirv: hashed assets immutable for a year; index.html, sw.js and the manifest
 * revalidated every time (a new deploy must reach the service worker); unknown paths without a file (e.g.
 * /join) get index.html so the app's router handles them.
 *
 * sirv reads the folder's file list, sizes and ETags once; a build made while the server runs (`npm run build:pwa`)
 * would then be served with the old list: new hashed assets 404 and the rewritten index.html goes out with the old
 * length, a blank app until a restart. So when anything in the folder is newer than what sirv read (checked at most
 * once a second), sirv reads it again.
 */
export function appHandler(dir: string): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const load = () =>
    sirv(dir, {
      etag: true,
      single: true,
      dev: false,
      setHeaders(res, pathname) {
        res.setHeader('x-content-type-options', 'nosniff');
        res.setHeader('referrer-policy', 'no-referrer');
        res.setHeader('cache-control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  let stamp = newestMtime(dir);
  let serve = load();
  let checked = Date.now();
  return (req, res, next) => {
    const now = Date.now();
    if (now - checked >= APP_RECHECK_MS) {
      checked = now;
      const latest = newestMtime(dir);
      if (latest !== stamp) {
        // Mid-build the folder may be gone for a moment: the old list serves until it is back.
        try {
          serve = load();
          stamp = latest;
        } catch {}
      }
    }
    serve(req, res, next);
  };
}
