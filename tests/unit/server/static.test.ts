import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_RECHECK_MS, appHandler } from '../../../server/static.ts';

/** A build as vite lays it out: index.html naming a hashed script under assets/. */
function writeBuild(dir: string, hash: string, title: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><title>${title}</title><script src="/assets/index-${hash}.js"></script>`,
  );
  writeFileSync(join(dir, 'assets', `index-${hash}.js`), `console.log(${JSON.stringify(hash)});`);
}

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'fundwatch-static-')), 'pwa');
  writeBuild(dir, 'aaaa1111', 'Första bygget');
  const app = appHandler(dir);
  server = createServer((req, res) =>
    app(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the app served from its build folder', () => {
  it('serves a build made while the server runs, without a restart', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('Första bygget');
    expect((await fetch(`${base}/assets/index-aaaa1111.js`)).status).toBe(200);

    // `npm run build:pwa` under the running server: the folder emptied and written again with new hashed names.
    writeBuild(dir, 'bbbb2222', 'Andra bygget, med en längre titel');
    await new Promise((r) => setTimeout(r, APP_RECHECK_MS + 100));
    const index = await fetch(`${base}/`);
    const text = await index.text();
    expect(text).toContain('Andra bygget, med en längre titel');
    expect(Number(index.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    // The app's router path (/join) gets the new index.html too.
    expect(await (await fetch(`${base}/join`)).text()).toContain('index-bbbb2222.js');
    const script = await fetch(`${base}/assets/index-bbbb2222.js`);
    expect([script.status, await script.text()]).toEqual([200, 'console.log("bbbb2222");']);
    expect((await fetch(`${base}/assets/index-aaaa1111.js`)).status).toBe(404);
  });
});
