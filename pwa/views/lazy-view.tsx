import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/lang.ts';

export type LazyView<P> = FunctionComponent<P> & {
  /** Starts loading the view's code now (e.g. while the data it shows is still being read). */
  preload(): void;
};

/**
 * A view loaded when first shown, so the first view (Matchningar) does not wait for the code of the others.
 * While it loads, a busy line stands where it will be.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () => {
    loading ??= load().then((c) => {
      loaded = c;
      return c;
    });
    return loading;
  };
  const View = function LazyView(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      void start().then((c) => live && setLoaded(() => c));
      return () => {
        live = false;
      };
    }, [Loaded]);
    return Loaded ? <Loaded {...props} /> : <p aria-busy="true">{t('Läser in…', 'Loading…')}</p>;
  } as LazyView<P>;
  View.preload = () => void start();
  return View;
}
