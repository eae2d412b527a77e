import type { SourceRequest } from '../../core/sources/types.ts';
import { type CacheEntry, FetchCache } from './cache.ts';

export const USER_AGENT = 'Fundwatch/0.1 (+https://github.com/fundwatch/fundwatch)';

export interface HttpOptions {
  timeoutMs?: number;
  /** Retries after the first attempt, for network errors, timeouts, 429 and 5xx. */
  retries?: number;
  /** First backoff; doubles each retry (with a little jitter). */
  backoffMs?: number;
  cache?: FetchCache;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpResult {
  url: string;
  body: string;
  contentType?: string;
  status: number;
  /** True when the server answered 304 and the cached body was used. */
  notModified: boolean;
  attempts: number;
}

export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function buildBody(req: SourceRequest): FormData | undefined {
  if (!req.multipart) return undefined;
  const form = new FormData();
  for (const [name, part] of Object.entries(req.multipart)) {
    form.append(name, new Blob([part.value], { type: part.contentType }), 'blob');
  }
  return form;
}

/** Node's fetch says only "fetch failed"; the reason (DNS, refused, reset) is in its cause. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message;
  return why && !error.message.includes(why) ? `${error.message} (${why})` : error.message;
}

function retriable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * One request with a timeout per attempt, retries with exponential backoff, conditional headers from the
 * cache (ETag / If-Modified-Since; a 304 reuses the cached body) and a clear User-Agent.
 */
export async function fetchText(req: SourceRequest, opts: HttpOptions = {}): Promise<HttpResult> {
  const { timeoutMs = 20_000, retries = 3, backoffMs = 1000, cache, fetchImpl = fetch, sleep = sleepReal } = opts;
  const key = FetchCache.key(req.url, req.multipart ? JSON.stringify(req.multipart) : '');
  const cached: CacheEntry | undefined = cache?.get(key);
  let lastError = '';
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: req.accept ?? '*/*' };
    if (cached?.etag) headers['If-None-Match'] = cached.etag;
    if (cached?.lastModified) headers['If-Modified-Since'] = cached.lastModified;
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    try {
      const res = await fetchImpl(req.url, {
        method: req.method ?? 'GET',
        headers,
        body: buildBody(req),
        signal: ctrl.signal,
        redirect: 'follow',
      });
      if (res.status === 304 && cached) {
        await res.body?.cancel();
        return {
          url: req.url,
          body: cached.body,
          contentType: cached.contentType,
          status: 304,
          notModified: true,
          attempts: attempt,
        };
      }
      if (res.ok) {
        const body = await res.text();
        const contentType = res.headers.get('content-type') ?? undefined;
        cache?.set(key, {
          url: req.url,
          etag: res.headers.get('etag') ?? undefined,
          lastModified: res.headers.get('last-modified') ?? undefined,
          contentType,
          body,
          fetchedAt: new Date().toISOString(),
        });
        return { url: req.url, body, contentType, status: res.status, notModified: false, attempts: attempt };
      }
      await res.body?.cancel();
      lastError = `HTTP ${res.status}`;
      if (!retriable(res.status)) throw new FetchError(`${req.url}: ${lastError}`, req.url, res.status);
    } catch (error) {
      if (error instanceof FetchError) throw error;
      lastError = ctrl.signal.aborted ? `timed out after ${timeoutMs} ms` : describe(error);
    } finally {
      clearTimeout(timer);
    }
    if (attempt <= retries) await sleep(backoffMs * 2 ** (attempt - 1) * (1 + Math.random() * 0.1));
  }
  throw new FetchError(`${req.url}: ${lastError} (after ${retries + 1} attempts)`, req.url);
}
