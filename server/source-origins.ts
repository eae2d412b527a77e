import { InputError } from '../core/model/errors.ts';

/**
 * Tests only: FUNDWATCH_SOURCE_ORIGINS='{"https://data.vinnova.se":"http://127.0.0.1:5123"}' sends a funder's
 * requests to a local fake site instead. Done at the HTTP layer, so the sources' definitions stay untouched and
 * the live path (plans, pagination, parsers) runs exactly as in production.
 */
export function parseOriginMap(text: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!text?.trim()) return map;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InputError(
      'expected a JSON object {"https://funder": "http://127.0.0.1:port"}',
      {},
      'FUNDWATCH_SOURCE_ORIGINS',
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InputError('expected a JSON object', {}, 'FUNDWATCH_SOURCE_ORIGINS');
  for (const [from, to] of Object.entries(raw)) {
    if (typeof to !== 'string')
      throw new InputError('expected an origin string', {}, `FUNDWATCH_SOURCE_ORIGINS.${from}`);
    try {
      map.set(new URL(from).origin, new URL(to).origin);
    } catch {
      throw new InputError('expected absolute URLs', {}, `FUNDWATCH_SOURCE_ORIGINS.${from}`);
    }
  }
  return map;
}

/** A fetch that rewrites mapped origins (path and query kept); the identity when the map is empty. */
export function rewritingFetch(map: Map<string, string>, base: typeof fetch = fetch): typeof fetch {
  if (map.size === 0) return base;
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const to = map.get(url.origin);
    return base(to ? `${to}${url.pathname}${url.search}` : url.href, init);
  };
}
