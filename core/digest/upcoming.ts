import type { Digest, DigestUpcoming } from './build.ts';

/**
 * The coming deadlines the digest lists under their own heading: those of calls already told as new matches
 * above are counted, not told again (their dates stand under their titles).
 */
export function upcomingShown(d: Digest): { items: DigestUpcoming[]; above: number } {
  const told = new Set(d.newMatches.map((m) => m.call.id));
  const items = d.upcoming.filter((u) => !told.has(u.call.id));
  return { items, above: d.upcoming.length - items.length };
}
