import type { IncomingMessage, ServerResponse } from 'node:http';

/** A JSON answer rendered once and kept: its ETag, the bytes, and the same bytes gzipped. */
export interface RenderedJson {
  etag: string;
  json: Buffer | Uint8Array;
  gzip: Buffer | Uint8Array;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
}

/** Sends a rendered JSON body with ETag/304 and gzip when the client takes it; revalidated on every use. */
export function sendRenderedJson(req: IncomingMessage, res: ServerResponse, body: RenderedJson): void {
  const headers: Record<string, string> = {
    etag: body.etag,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
  };
  if (matches(req.headers['if-none-match'], body.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const bytes = gzip ? body.gzip : body.json;
  res.writeHead(200, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(bytes.length),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
