import { attachDocLink } from '../../../core/doc-link/index.ts';
import { LOCAL_DOC } from '../../../core/doc-link/messages.ts';
import { readTeamConfig } from './active-doc.ts';
import { loadDoc } from './doc-store.ts';

/**
 * The app on this computer links to the extension over an `externally_connectable` port (the manifest lets only
 * pages on 127.0.0.1 and localhost, any port, open one). Both then hold one watchlist and profile, with or without
 * a team server: the port carries Yjs updates (core/doc-link), checked and size-capped, in both directions.
 * The sender's origin is checked again here, and the port is named, so nothing else on such a page gets in.
 */
export const APP_LINK_PORT = 'fundwatch-doc-link';

export function isAppOrigin(origin: string | undefined): boolean {
  if (!origin) return false;
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost') && u.origin === origin;
  } catch {
    return false;
  }
}

const MAX_LINKS = 8;
let open = 0;
const ports = new Set<chrome.runtime.Port>();

/** The extension changed document (joined or left a team): the app reconnects and links to the right one. */
export function dropAppLinks(): void {
  for (const p of ports) p.disconnect();
  ports.clear();
  open = 0;
}

export function acceptAppLink(port: chrome.runtime.Port): void {
  const origin = port.sender?.origin;
  if (port.name !== APP_LINK_PORT || !isAppOrigin(origin) || open >= MAX_LINKS) {
    port.disconnect();
    return;
  }
  open++;
  ports.add(port);
  const early: unknown[] = [];
  let receive: ((m: unknown) => void) | undefined;
  let close: () => void = () => undefined;
  let closed = false;
  port.onMessage.addListener((m: unknown) => (receive ? receive(m) : early.length < 64 && early.push(m)));
  port.onDisconnect.addListener(() => {
    closed = true;
    if (ports.delete(port)) open--;
    close();
  });
  (async () => {
    const config = await readTeamConfig();
    const stored = await loadDoc(config ? config.team : LOCAL_DOC);
    if (closed) return;
    const link = attachDocLink(stored.doc, {
      docName: config ? config.team : LOCAL_DOC,
      send: (msg) => {
        if (!closed) port.postMessage(msg);
      },
      onProblem: (code, detail) => console.warn(`fundwatch: app link from ${origin}: ${code} (${detail})`),
    });
    close = () => link.close();
    receive = (m) => link.receive(m);
    for (const m of early.splice(0)) link.receive(m);
  })().catch((err) => {
    console.error('fundwatch: app link failed', err);
    port.disconnect();
  });
}
