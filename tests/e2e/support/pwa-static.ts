import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePwaBuild } from './pwa-server.ts';

const DIST = fileURLToPath(new URL('../../../dist/pwa/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticPwa {
  url: string;
  /** Code appended to the service worker script: a different suffix is a new build of the worker. */
  setWorkerSuffix(code: string): void;
  stop(): Promise<void>;
}

/**
 * Serves dist/pwa like a plain web server, with the service worker's bytes under the test's control, so a test
 * can publish a second version of the worker without a second build.
 */
export async function startStaticPwa(): Promise<StaticPwa> {
  ensurePwaBuild();
  let suffix = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    if (path === '/sw.js') body = Buffer.concat([body, Buffer.from(`\n${suffix}\n`)]);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setWorkerSuffix: (code) => {
      suffix = code;
    },
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
