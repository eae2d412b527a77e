import { fromBase64, toBase64 } from './base64.ts';

/**
 * The messages two copies of a team document exchange over a link (the extension and the app on one computer, over
 * an `externally_connectable` port): Yjs's own sync, state vector → missing updates, then live updates both ways.
 * The other side is untrusted (any script on an accepted page can send anything), so every message is checked here
 * and refused with a typed code; updates are size-capped.
 */
export const LINK_PROTOCOL = 'fundwatch-doc-link';
export const LINK_VERSION = 1;

/** Base64 characters in one message: ~6 MB of update, far above a team's whole document (≈1 MB per 1,000 entries). */
export const MAX_LINK_CHARS = 8 * 1024 * 1024;

export type LinkMessage =
  /** "This is what I have": the receiver answers with every update the sender lacks. */
  | { p: typeof LINK_PROTOCOL; v: typeof LINK_VERSION; t: 'state'; doc: string; sv: string }
  /** Updates (the answer to `state`, or a live change). */
  | { p: typeof LINK_PROTOCOL; v: typeof LINK_VERSION; t: 'update'; u: string }
  /** Why the other side refused a message; the link stays open for the next one. */
  | { p: typeof LINK_PROTOCOL; v: typeof LINK_VERSION; t: 'refused'; code: LinkErrorCode };

export type LinkErrorCode =
  | 'not-a-link-message'
  | 'unsupported-version'
  | 'too-large'
  | 'bad-update'
  | 'other-document';

/**
 * Which document a side holds: `local` (no team: the one computer's own watchlist and profile) or a team id. Two
 * sides link only when they hold the same one: a team's calls never flow into another team or a device's own list.
 */
export const LOCAL_DOC = 'local';
const DOC_NAME = /^(local|[A-Za-z0-9_-]{4,128})$/;

export class LinkError extends Error {
  constructor(
    readonly code: LinkErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

const head = { p: LINK_PROTOCOL, v: LINK_VERSION } as const;

export function stateMessage(doc: string, stateVector: Uint8Array): LinkMessage {
  return { ...head, t: 'state', doc, sv: toBase64(stateVector) };
}

export function updateMessage(update: Uint8Array): LinkMessage {
  return { ...head, t: 'update', u: toBase64(update) };
}

export function refusedMessage(code: LinkErrorCode): LinkMessage {
  return { ...head, t: 'refused', code };
}

const CODES: readonly LinkErrorCode[] = [
  'not-a-link-message',
  'unsupported-version',
  'too-large',
  'bad-update',
  'other-document',
];

export type ParsedLinkMessage =
  | { t: 'state'; doc: string; sv: Uint8Array }
  | { t: 'update'; u: Uint8Array }
  | { t: 'refused'; code: LinkErrorCode };

function payload(value: unknown, field: string): Uint8Array {
  if (typeof value !== 'string') throw new LinkError('not-a-link-message', `${field} is not a string`);
  if (value.length > MAX_LINK_CHARS) throw new LinkError('too-large', `${field} has ${value.length} characters`);
  try {
    return fromBase64(value);
  } catch {
    throw new LinkError('bad-update', `${field} is not base64`);
  }
}

/** Reads one message from the other side; throws a LinkError naming what is wrong. */
export function parseLinkMessage(raw: unknown): ParsedLinkMessage {
  if (typeof raw !== 'object' || raw === null) throw new LinkError('not-a-link-message', 'not an object');
  const m = raw as Record<string, unknown>;
  if (m.p !== LINK_PROTOCOL) throw new LinkError('not-a-link-message', 'wrong protocol name');
  if (m.v !== LINK_VERSION) throw new LinkError('unsupported-version', `version ${String(m.v)}`);
  switch (m.t) {
    case 'state':
      if (typeof m.doc !== 'string' || !DOC_NAME.test(m.doc)) throw new LinkError('not-a-link-message', 'bad doc');
      return { t: 'state', doc: m.doc, sv: payload(m.sv, 'sv') };
    case 'update':
      return { t: 'update', u: payload(m.u, 'u') };
    case 'refused':
      if (typeof m.code === 'string' && (CODES as readonly string[]).includes(m.code)) {
        return { t: 'refused', code: m.code as LinkErrorCode };
      }
      throw new LinkError('not-a-link-message', 'unknown refusal code');
    default:
      throw new LinkError('not-a-link-message', `unknown type ${JSON.stringify(String(m.t)).slice(0, 40)}`);
  }
}
