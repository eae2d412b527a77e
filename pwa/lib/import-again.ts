/**
 * Chromium keeps a failed import() for the page's life (the module map of the HTML spec): asking for the same address
 * again fails at once, with no request, so code that could not be fetched (offline, a dropped connection) would never
 * come without a reload. Under a new address (`?retry=n`) the file is fetched again; the files it imports that did come
 * are the page's own, not fetched or run twice. The browser names the file in its error, and only that is retried.
 */

/**
 * The app's own code file a failed import() names: Chromium's "Failed to fetch dynamically imported module: <url>",
 * Firefox's "error loading dynamically imported module: <url>". Undefined when the error names none (Safari says only
 * "Importing a module script failed."; Firefox and Safari now fetch a failed file again when asked, whatwg/html#10327)
 * or names anything but an http(s) file of this origin under the app's base, which is never imported.
 */
export function failedCodeFile(error: unknown, appBase?: string): URL | undefined {
  const named = error instanceof Error ? /dynamically imported module: (\S+)$/.exec(error.message)?.[1] : undefined;
  let url: URL;
  try {
    url = new URL(named ?? '');
  } catch {
    return undefined;
  }
  const base = new URL(appBase ?? new URL(import.meta.env.BASE_URL, location.href).href);
  const ours =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.origin === base.origin &&
    url.pathname.startsWith(base.pathname);
  // The file itself: an earlier retry's query is replaced by the next one.
  return ours ? new URL(url.pathname, url.origin) : undefined;
}

/**
 * Imports the file again under a new address. Its exports are the module's own, by name (the bundler keeps the names
 * of a lazily imported module; it may add a few it shares with other chunks), so it stands in for the module.
 */
export function importAgain<M>(file: URL, attempt: number): Promise<M> {
  const url = new URL(file);
  url.search = `?retry=${attempt}`;
  return import(/* @vite-ignore */ url.href).catch((error: unknown) => {
    // As vite's loader does for the first try: a page left behind by a new build (its file gone) is told so.
    const told = new Event('vite:preloadError', { cancelable: true });
    Object.assign(told, { payload: error });
    dispatchEvent(told);
    throw error;
  }) as Promise<M>;
}
