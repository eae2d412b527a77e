import { pathSegments } from './url.ts';

/** A stable, readable slug for ids: lower-case ASCII, diacritics folded, dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** The last meaningful path segment of a URL ("/e/foo/bar-2023-01699/" → "bar-2023-01699"). */
export function urlSlug(url: string): string {
  const seg = pathSegments(url).pop();
  if (!seg) return slugify(url.replace(/^[a-z]+:\/+/i, ''));
  return slugify(decodeURIComponentSafe(seg).replace(/\.(html?|php|aspx)$/i, ''));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Short text for summaries: whole words, at most `max` characters. */
export function clip(text: string, max = 600): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
