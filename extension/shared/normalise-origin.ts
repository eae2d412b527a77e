/** An http(s) origin such as "https://example.org" (no path), or undefined. */
export function normaliseOrigin(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const u = new URL(raw.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return u.origin;
  } catch {
    return undefined;
  }
}

/** The host-permission pattern for an address's one origin ("https://example.org/*"), never more; or undefined. */
export function originPattern(raw: unknown): string | undefined {
  const origin = normaliseOrigin(raw);
  return origin && `${origin}/*`;
}
