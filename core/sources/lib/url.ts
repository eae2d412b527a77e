/**
 * URL helpers on the platform's WHATWG `URL` (every runtime core runs in has it): relative links ("../x",
 * "?page=2", "//host/x") resolve as browsers resolve them, and only http(s) results are ever accepted.
 */

/** What core uses of the WHATWG URL; typed here because core's tsconfig has no DOM or Node types. */
interface Url {
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
}
const PlatformUrl = (globalThis as unknown as { URL: new (url: string, base?: string) => Url }).URL;

function platformUrl(url: string, base?: string): Url | undefined {
  try {
    return new PlatformUrl(url, base);
  } catch {
    return undefined;
  }
}

function isHttp(u: Url): boolean {
  return u.protocol === 'http:' || u.protocol === 'https:';
}

export function parseHttpUrl(url: string): { protocol: string; host: string; path: string; query: string } | undefined {
  const text = url.trim();
  // An absolute address only (no base), and none with spaces inside.
  if (/\s/.test(text)) return undefined;
  const u = platformUrl(text);
  if (!u || !isHttp(u) || !u.host) return undefined;
  return { protocol: u.protocol.slice(0, -1), host: u.host.toLowerCase(), path: u.pathname || '/', query: u.search };
}

/** Only http(s) links with no spaces or markup characters; anything else (javascript:, data:) is refused. */
export function safeHttpUrl(url: string): string | undefined {
  const u = url.trim();
  if (!parseHttpUrl(u) || /[<>"'`\s\\]/.test(u)) return undefined;
  return u;
}

/**
 * A link found in a page resolved against the page's own address, or undefined when it does not lead to an
 * http(s) address (mailto:, javascript:, tel:, a malformed link).
 */
export function resolveHttpUrl(href: string | undefined, base: string): string | undefined {
  const h = (href ?? '').trim();
  const u = h ? platformUrl(h, base) : platformUrl(base);
  return u && isHttp(u) && u.host ? u.href : undefined;
}

/** Resolves a link found in a page against the page's address; a link that leads nowhere http(s) gives the page. */
export function resolveUrl(href: string | undefined, base: string): string {
  return resolveHttpUrl(href, base) ?? base;
}

/** Path segments of an http(s) URL (empty for anything else). */
export function pathSegments(url: string): string[] {
  const u = parseHttpUrl(url);
  return u ? u.path.split('/').filter(Boolean) : [];
}

/** UTF-8 length of a string in octets (iCalendar lines are limited in octets). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}
