import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CallsStore } from './calls.ts';
import { sendRenderedJson } from './json-body.ts';

/** GET /api/calls: the store as the app reads it, same origin, ETag + 304, gzip when the client takes it. */
export function handleCalls(store: CallsStore, req: IncomingMessage, res: ServerResponse): void {
  sendRenderedJson(req, res, store.rendered());
}
