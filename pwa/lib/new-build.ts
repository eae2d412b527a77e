import { setState } from '../state/store.ts';

/**
 * A page opened before the server got a new build (npm run build:pwa, a deploy) still runs the old one: vite names
 * every file by its content, so the old page's code that was not loaded yet (a view, an action) is gone from the
 * server (404). A page the service worker controls has the whole old build in its cache and is offered the new one
 * ("Uppdatera"); any other page lands here. The app then compares the entry script the server's index.html names
 * with its own: another name is a new build; the same one (offline, a server fault) is not, and nothing happens.
 */

/** The entry script an index.html names (vite: `<script type="module" crossorigin src="/assets/index-….js">`). */
export function entryScript(html: string): string | undefined {
  return /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
}

/** The entry script the server's index.html names now, when it is not this page's; else undefined. */
async function newBuildEntry(): Promise<string | undefined> {
  const running = document.querySelector('script[type="module"][src]')?.getAttribute('src');
  if (!running) return undefined;
  try {
    // The query keeps the service worker's precache (the old index.html) out; no-store the HTTP cache.
    const res = await fetch('/index.html?build', { cache: 'no-store' });
    const served = res.ok ? entryScript(await res.text()) : undefined;
    return served && served !== running ? served : undefined;
  } catch {
    return undefined;
  }
}

const RELOADED_FOR = 'fundwatch:reloaded-for-build';

/** Whether this tab reloaded for that build before (then a second failure is shown, not reloaded in a loop). */
function reloadedFor(entry: string): boolean {
  try {
    if (sessionStorage.getItem(RELOADED_FOR) === entry) return true;
    sessionStorage.setItem(RELOADED_FOR, entry);
    return false;
  } catch {
    return true;
  }
}

/**
 * Code failed to load. `reload`: opening a view, which the reload opens again in the new build (nothing typed is
 * lost: the user was leaving the view they were on). `offer`: anything else (an action's code), where a reload could
 * lose what is on the page: "Ny version – ladda om". Resolves true when it was a new build.
 */
export async function codeLoadFailed(how: 'reload' | 'offer'): Promise<boolean> {
  const entry = await newBuildEntry();
  if (!entry) return false;
  if (how === 'reload' && !reloadedFor(entry)) location.reload();
  else setState({ newBuild: true });
  return true;
}

/** Vite tells of a lazy module that failed to load (its own import or a file it needs first). */
export function watchForNewBuild(): void {
  addEventListener('vite:preloadError', () => void codeLoadFailed('offer'));
}
