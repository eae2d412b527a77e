import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A stock y-websocket client in Node (ws as the WebSocket), as any Yjs app would connect. */
export function connectClient(serverUrl: string, team: string, token: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws').replace(/\/$/, '')}/sync`, team, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, provider };
}

export function whenSynced(provider: WebsocketProvider, ms = 15_000): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('client did not sync')), ms);
    provider.on('sync', (synced: boolean) => {
      if (synced) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

export async function waitFor(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Opens a raw WebSocket and reports how the upgrade ended: 'open' or the HTTP status of the refusal. */
export function rawUpgrade(url: string): Promise<{ status: number | 'open'; ws?: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('open', () => resolve({ status: 'open', ws }));
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      res.resume();
      ws.terminate();
    });
    ws.on('error', () => resolve({ status: 0 }));
  });
}

/**
 * Writes to a team through a stock client and waits until a second stock client sees `landed`: everything written
 * reached the server. Returns the writer, still connected, for the caller to close.
 */
export async function writeThroughServer(
  serverUrl: string,
  team: { team: string; token: string },
  write: (doc: Y.Doc) => void,
  landed: (doc: Y.Doc) => boolean,
  ms = 60_000,
): Promise<ReturnType<typeof connectClient>> {
  const writer = connectClient(serverUrl, team.team, team.token);
  await whenSynced(writer.provider);
  write(writer.doc);
  const check = connectClient(serverUrl, team.team, team.token);
  await whenSynced(check.provider);
  await waitFor('the writes on the server', () => landed(check.doc), ms);
  check.provider.destroy();
  return writer;
}
