import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const VINNOVA = fileURLToPath(new URL('../../fixtures/sources/vinnova/', import.meta.url));

/** Vinnova's API on 127.0.0.1 from the recorded fixtures; one round's closing time can be moved between fetches. */
export async function fakeVinnova(): Promise<{
  origin: string;
  moveDeadline(to: string): void;
  /** How many API requests it has answered (a scheduled fetch is seen to have run). */
  hits(): number;
  close(): Promise<void>;
}> {
  let closing = '2027-02-11T14:00:00';
  let hits = 0;
  const server: Server = createServer((req, res) => {
    const m = /^\/api\/(ansokningsomgangar|utlysningar|program)\//.exec(req.url ?? '');
    if (!m) return void res.writeHead(404).end();
    hits++;
    let body = readFileSync(`${VINNOVA}${m[1]}.json`, 'utf8');
    if (m[1] === 'ansokningsomgangar') body = body.replaceAll('2027-02-11T14:00:00', closing);
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    moveDeadline: (to) => {
      closing = to;
    },
    hits: () => hits,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
