/**
 * How the extension tells the app on this computer its id: a parameter in the app address's fragment
 * (`#fundwatch-extension=<id>`, or `&fundwatch-extension=<id>` after another fragment such as a hand-over). The
 * page needs the id to open the link (chrome.runtime.connect); the fragment never reaches a server.
 */
export const EXTENSION_HINT = 'fundwatch-extension';
/** Chrome extension ids: 32 letters a–p. */
const ID = /^[a-p]{32}$/;
const HINT = new RegExp(`(^#|&)${EXTENSION_HINT}=([^&]*)(?=&|$)`);

export function isExtensionId(id: unknown): id is string {
  return typeof id === 'string' && ID.test(id);
}

/** `url` with the extension's id added to its fragment (anything already there stays first). */
export function withExtensionHint(url: string, id: string): string {
  if (!isExtensionId(id)) return url;
  return `${url}${url.includes('#') ? '&' : '#'}${EXTENSION_HINT}=${id}`;
}

/** The id a fragment carries (undefined when none or not an id) and the fragment without the hint. */
export function takeExtensionHint(hash: string): { id?: string; rest: string } {
  const m = HINT.exec(hash);
  if (!m) return { rest: hash };
  const rest = m[1] === '#' ? `#${hash.slice(m[0].length).replace(/^&/, '')}` : hash.replace(m[0], '');
  return { id: isExtensionId(m[2]) ? m[2] : undefined, rest: rest === '#' ? '' : rest };
}
