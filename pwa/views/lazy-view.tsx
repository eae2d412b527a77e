import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/lang.ts';
import { loadOnce } from '../lib/load-once.ts';
import { codeLoadFailed } from '../lib/new-build.ts';

export type LazyView<P> = FunctionComponent<P> & {
  /** Starts loading the view's code now (e.g. while the data it shows is still being read). */
  preload(): void;
};

type PropsOf<C> = C extends ComponentType<infer P extends object> ? P : never;

/**
 * A view loaded when first shown, so the first view (Matchningar) does not wait for the code of the others.
 * While it loads, a busy line stands where it will be. Code that cannot be fetched (offline, before the service worker
 * holds the app) says so, with "Försök igen"; the view also asks again by itself when the browser is back online.
 */
export function lazyView<K extends string, M extends Record<K, ComponentType<never>>>(
  load: () => Promise<M>,
  name: K,
): LazyView<PropsOf<M[K]>> {
  type P = PropsOf<M[K]>;
  let loaded: ComponentType<P> | undefined;
  // A failed load is not kept: the next time the view is opened asks again (back online, or after the reload below).
  // loadOnce gets the bare import, which it can retry under a new address; the view is the module's export `name`.
  const code = loadOnce(load);
  const start = () =>
    code().then((m) => {
      loaded = m[name] as ComponentType<P>;
      return loaded;
    });
  const View = function LazyView(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    // Each try is one run of the effect below: a new value asks for the view's code again.
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    };
    useEffect(() => {
      if (!failed) return;
      addEventListener('online', retry);
      return () => removeEventListener('online', retry);
    }, [failed]);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      start().then(
        (c) => live && setLoaded(() => c),
        // The server may have a new build without this page's file for the view: then it opens in the new build.
        () => void codeLoadFailed('reload').then((newBuild) => live && !newBuild && setFailed(true)),
      );
      return () => {
        live = false;
      };
    }, [Loaded, attempt]);
    if (Loaded) return <Loaded {...props} />;
    return failed ? (
      <div class="notice error" role="alert">
        <p>
          {t(
            'Vyn gick inte att läsa in. Kontrollera anslutningen och försök igen.',
            'The view could not be loaded. Check the connection and try again.',
          )}
        </p>
        <button type="button" onClick={retry}>
          {t('Försök igen', 'Try again')}
        </button>
      </div>
    ) : (
      <p aria-busy="true">{t('Läser in…', 'Loading…')}</p>
    );
  } as LazyView<P>;
  View.preload = () => void start().catch(() => undefined);
  return View;
}
