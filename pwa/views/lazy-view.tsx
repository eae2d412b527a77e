import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/lang.ts';

/**
 * A view loaded when first shown, so the first view (Matchningar) does not wait for the code of the others.
 * While it loads, a busy line stands where it will be.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function LazyView(props: P) {
    const [View, setView] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (View) return;
      let live = true;
      loading ??= load().then((c) => {
        loaded = c;
        return c;
      });
      loading.then((c) => live && setView(() => c));
      return () => {
        live = false;
      };
    }, [View]);
    return View ? <View {...props} /> : <p aria-busy="true">{t('Läser in…', 'Loading…')}</p>;
  };
}
