import * as Y from 'yjs';
import {
  LinkError,
  type LinkErrorCode,
  type LinkMessage,
  parseLinkMessage,
  refusedMessage,
  stateMessage,
  updateMessage,
} from './messages.ts';

export interface DocLink {
  /** Feed one message from the other side (anything: it is checked here). */
  receive(raw: unknown): void;
  /** Stops forwarding this doc's changes (the port closed). */
  close(): void;
  /** Resolves once the other side's missing updates arrived (its answer to our state vector). */
  readonly synced: Promise<void>;
}

export interface DocLinkOptions {
  /** Which document this side holds (`local` or the team id); see LOCAL_DOC. */
  docName: string;
  send(message: LinkMessage): void;
  /** A refused message or a refusal from the other side (logged by the caller; the link stays up). */
  onProblem?(code: LinkErrorCode, detail: string): void;
}

/**
 * Links `doc` with a copy on the other side of a message channel, Yjs's sync in two steps: both send their state
 * vector, each answers with exactly the updates the other lacks, then every later change goes across as it happens.
 * Changes that came from the link are not echoed back. An update is decoded fully before it is applied, so a damaged
 * one is refused without touching the document.
 */
export function attachDocLink(doc: Y.Doc, opts: DocLinkOptions): DocLink {
  let open = true;
  let peerAccepted = false;
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => {
    markSynced = resolve;
  });
  const origin = {};
  const problem = (code: LinkErrorCode, detail: string) => opts.onProblem?.(code, detail);

  const onUpdate = (update: Uint8Array, from: unknown) => {
    if (open && peerAccepted && from !== origin) opts.send(updateMessage(update));
  };
  doc.on('update', onUpdate);
  opts.send(stateMessage(opts.docName, Y.encodeStateVector(doc)));

  return {
    synced,
    receive(raw: unknown) {
      if (!open) return;
      try {
        const msg = parseLinkMessage(raw);
        if (msg.t === 'refused') {
          problem(msg.code, 'refused by the other side');
          return;
        }
        if (msg.t === 'state') {
          if (msg.doc !== opts.docName) {
            throw new LinkError('other-document', `this side holds ${opts.docName}, the other ${msg.doc}`);
          }
          let missing: Uint8Array;
          try {
            missing = Y.encodeStateAsUpdate(doc, msg.sv);
          } catch {
            throw new LinkError('bad-update', 'unreadable state vector');
          }
          peerAccepted = true;
          opts.send(updateMessage(missing));
          return;
        }
        // Updates count only after the other side said which document it holds (and it is this one).
        if (!peerAccepted) throw new LinkError('other-document', 'update before a matching state message');
        try {
          Y.decodeUpdate(msg.u);
        } catch {
          throw new LinkError('bad-update', 'unreadable update');
        }
        try {
          Y.applyUpdate(doc, msg.u, origin);
        } catch (err) {
          throw new LinkError('bad-update', err instanceof Error ? err.message : String(err));
        }
        markSynced();
      } catch (err) {
        const e = err instanceof LinkError ? err : new LinkError('bad-update', String(err));
        problem(e.code, e.message);
        opts.send(refusedMessage(e.code));
      }
    },
    close() {
      open = false;
      doc.off('update', onUpdate);
    },
  };
}
