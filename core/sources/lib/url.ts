/**
 * Small URL helpers without the URL global: core's tsconfig has no DOM or Node types (it must run in the
 * extension's worker, the PWA and Node alike), so these stay plain string work.
 */
const ABSOLUTE = /^(https?):\/\/([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/i;

export function parseHttpUrl(url: string): { protocol: string; host: string; path: string; query: string } | undefined {
  const m = ABSOLUTE.exec(url.trim());
  if (!m) return undefined;
  return { protocol: m[1].toLowerCase(), host: m[2].toLowerCase(), path: m[3] || '/', query: m[4] ?? '' };
}

/** Only http(s) links with no spaces or markup characters; anything else (javascript:, data:) is refused. */
export function safeHttpUrl(url: string): string | undefined {
  const u = url.trim();
  if (!parseHttpUrl(u) || /[<>"'`\s\\]/.test(u)) return undefined;
  return u;
}

/** Resolves a link found in a page against the page's own address. */
export function resolveUrl(href: string | undefined, base: string): string {
  const h = (href ?? '').trim();
  if (!h) return base;
  if (parseHttpUrl(h)) return h;
  const b = parseHttpUrl(base);
  if (!b) return base;
  if (h.startsWith('//')) return `${b.protocol}:${h}`;
  if (h.startsWith('/')) return `${b.protocol}://${b.host}${h}`;
  if (h.startsWith('#') || h.startsWith('?')) return `${b.protocol}://${b.host}${b.path}${h}`;
  const dir = b.path.slice(0, b.path.lastIndexOf('/') + 1);
  return `${b.protocol}://${b.host}${dir}${h}`;
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
