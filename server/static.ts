import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

/** Vite names these by content hash: a new build gets new names, so they can be cached for good. */
const HASHED = /^\/assets\//;

/**
 * The app's production build with sirv: hashed assets immutable for a year; index.html, sw.js and the manifest
 * revalidated every time (a new deploy must reach the service worker); unknown paths without a file (e.g.
 * /join) get index.html so the app's router handles them.
 */
export function appHandler(dir: string): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const serve = sirv(dir, {
    etag: true,
    single: true,
    dev: false,
    setHeaders(res, pathname) {
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      res.setHeader('cache-control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (req, res, next) => serve(req, res, next);
}
