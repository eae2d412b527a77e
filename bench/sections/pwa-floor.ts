/**
 * The floors the app's figures are compared with, measured in the same run on the same machine: a Preact page
 * that lists the same calls unscored (fetch calls.json, render title, funder and first date).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const PREACT = fileURLToPath(new URL('../../node_modules/preact/dist/preact.mjs', import.meta.url));

// With ?choose the list follows a click on a button (the floor of "choice → ranked calls painted"):
// floor:button at the frame that shows the button, floor:chosen at the click, floor:painted with the list.
const PAGE = `<!doctype html><html lang="sv"><meta charset="utf-8"><title>floor</title><div id="app"></div>
<script type="module">
import { h, render } from '/preact.mjs';
const app = document.getElementById('app');
const list = async () => {
  const { calls } = await (await fetch('/calls.json')).json();
  render(h('ol', null, calls.map((c) => h('li', { key: c.id }, h('h3', null, c.title), h('p', null, c.funder),
    h('p', null, (c.deadlines[0] || {}).date || '')))), app);
  requestAnimationFrame(() => performance.mark('floor:painted'));
};
if (location.search.includes('choose')) {
  render(h('button', { id: 'choose', onClick: () => { performance.mark('floor:chosen'); list(); } }, 'Välj'), app);
  requestAnimationFrame(() => performance.mark('floor:button'));
} else await list();
</script></html>`;

/** Serves the floor page, Preact and the given calls.json on 127.0.0.1 (an ephemeral port). */
export async function startFloor(callsJson: string): Promise<{ url: string; stop(): Promise<void> }> {
  const preact = readFileSync(PREACT, 'utf8');
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/preact.mjs') res.writeHead(200, { 'content-type': 'text/javascript' }).end(preact);
    else if (path === '/calls.json') res.writeHead(200, { 'content-type': 'application/json' }).end(callsJson);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((r) => server.close(() => r())) };
}
