import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { NO_FETCH, startFundwatch } from './fundwatch-server.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VITE = `${ROOT}node_modules/vite/bin/vite.js`;

/** Tests may assume `npm run build` ran; build the PWA when dist/pwa is missing. */
export function ensurePwaBuild(): void {
  if (existsSync(`${ROOT}dist/pwa/index.html`)) return;
  // vitest sets NODE_ENV=test, which would make vite emit a development build (no service worker).
  execFileSync(process.execPath, [VITE, 'build', '--mode', 'pwa'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

/** The app as `npm start` serves it (`fundwatch serve --port 0`, offline, no fetch), stopped by stop(). */
export async function startPwaPreview(): Promise<Preview> {
  ensurePwaBuild();
  const server = await startFundwatch({ args: NO_FETCH });
  return { url: server.url, stop: server.stop };
}

/** A calls.json body as `fundwatch fetch` writes it, generated now: the calls and each source's status. */
export function callsJson(calls: unknown[], sources: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: 1, generatedAt: new Date().toISOString(), calls, sources });
}

/** A feed server (another origin, CORS open) serving a calls.json the way `fundwatch fetch` output would be. */
export async function startFeedServer(
  body: () => string,
): Promise<{ url: string; server: Server; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/calls.json')) {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(body());
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/calls.json`,
    server,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
