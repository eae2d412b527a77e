import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

export interface Served {
  type: string;
  body: string;
}

export interface FixtureServer {
  port: number;
  /** Adds a generated response for one host and path (feeds, large generated listings). */
  route(host: string, path: string, make: () => Served): void;
  close(): Promise<void>;
}

/** `/news` → news.html, `/calls/` → calls/index.html (or calls.html), `/` → index.html. */
function fileFor(host: string, pathname: string): string | undefined {
  const base = join(PAGES_DIR, host);
  const clean = decodeURIComponent(pathname).replace(/\/+$/, '');
  const candidates = clean === '' ? ['index.html'] : [`${clean}.html`, `${clean}/index.html`, clean];
  for (const c of candidates) {
    const file = join(base, c);
    if (file.startsWith(base) && existsSync(file) && !file.endsWith('/')) return file;
  }
  return undefined;
}

/** A throwaway self-signed certificate (Chromium runs with --ignore-certificate-errors in these tests). */
function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'fundwatch-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=fundwatch-test',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves the recorded funder pages by Host header, so Chromium can reach them under the funders' real
 * names through --host-resolver-rules. One port speaks both http (pages) and https (what the worker's
 * weekly check fetches): the first byte of a connection tells a TLS handshake from plain HTTP.
 * Unknown paths answer 404, like a real site would.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, () => Served>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const routed = routes.get(`${host}${url.pathname}`);
    if (routed) {
      const { type, body } = routed();
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    const file = fileFor(host, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const type = file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  };
  const http = createServer(handle);
  const https = createTlsServer(selfSignedCert(), handle);
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    route(host, path, make) {
      routes.set(`${host}${path}`, make);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
