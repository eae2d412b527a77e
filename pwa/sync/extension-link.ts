import type * as Y from 'yjs';
import { attachDocLink, type DocLink, type LinkErrorCode, LOCAL_DOC } from '../../core/doc-link/index.ts';
import { type ExternalPort, extensionIds, type PageRuntime, pageRuntime } from './extension-id.ts';

export { extensionIds } from './extension-id.ts';

/**
 * The app's side of the link with the Fundwatch extension on this computer: both hold one watchlist and profile,
 * with or without a team server. The extension lets pages on 127.0.0.1/localhost open a port to it
 * (`externally_connectable`); the port carries Yjs updates (core/doc-link) between the app's document and the
 * extension's copy.
 *
 * The page must know the extension's id to connect. The extension's options page opens the app with
 * `#fundwatch-extension=<id>` ("öppna appen och koppla ihop"), which is remembered here; ids known when the app is
 * built (the store listing's) can be given in VITE_FUNDWATCH_EXTENSION_IDS. A content script announcing the id
 * would need host access to every loopback page, which the extension does not ask for.
 *
 * Attach it to the Y.Doc the app uses for its watchlist and profile: the team's document when a team is set (the
 * extension must be joined to the same team, or the link refuses), else the app's own local document (`local`).
 */
const PORT_NAME = 'fundwatch-doc-link';

export type ExtensionLinkState =
  /** No extension lets this page connect (none installed, or the app is not on 127.0.0.1/localhost). */
  | 'unavailable'
  | 'connecting'
  | 'linked'
  /** The extension holds another document (another team, or a team while the app has none). */
  | 'other-document';

export interface ExtensionLinkOptions {
  /** `local`, or the team id of `doc`. */
  docName?: string;
  ids?: string[];
  onState?(state: ExtensionLinkState): void;
  /** Test seam: the page's chrome.runtime. */
  runtime?: PageRuntime;
}

/**
 * Links `doc` with the extension and keeps it linked: Chrome stops the extension's worker when idle, which closes the
 * port, so it reconnects (1 s, doubling up to 60 s; at once after a link that worked). Returns a stop function.
 */
export function linkExtension(doc: Y.Doc, opts: ExtensionLinkOptions = {}): () => void {
  const runtime = opts.runtime ?? pageRuntime();
  const ids = opts.ids ?? extensionIds();
  const setState = (s: ExtensionLinkState) => opts.onState?.(s);
  if (!runtime || ids.length === 0) {
    setState('unavailable');
    return () => undefined;
  }
  let stopped = false;
  let current: { port: ExternalPort; link: DocLink } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = 1000;
  let which = 0;

  const connect = () => {
    if (stopped) return;
    const id = ids[which % ids.length];
    let port: ExternalPort;
    try {
      port = runtime.connect(id, { name: PORT_NAME });
    } catch {
      retry(false);
      return;
    }
    setState('connecting');
    let worked = false;
    let refused: LinkErrorCode | undefined;
    const link = attachDocLink(doc, {
      docName: opts.docName ?? LOCAL_DOC,
      send: (m) => {
        try {
          port.postMessage(m);
        } catch {
          // The port closed; onDisconnect reconnects.
        }
      },
      onProblem: (code) => {
        if (code === 'other-document') {
          refused = code;
          setState('other-document');
        }
      },
    });
    link.synced.then(() => {
      if (current?.link === link) {
        worked = true;
        delay = 1000;
        setState('linked');
      }
    });
    port.onMessage.addListener((m) => link.receive(m));
    port.onDisconnect.addListener(() => {
      link.close();
      if (current?.link === link) current = undefined;
      // A refused link waits longer: the extension may join the same team later (it then drops its ports).
      if (refused) timer = setTimeout(connect, 60_000);
      else retry(worked);
    });
    current = { port, link };
  };

  const retry = (worked: boolean) => {
    if (stopped) return;
    if (!worked) which++;
    timer = setTimeout(connect, worked ? 200 : delay);
    if (!worked) delay = Math.min(delay * 2, 60_000);
  };

  connect();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    current?.link.close();
    current?.port.disconnect();
    current = undefined;
  };
}
