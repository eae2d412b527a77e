import { render } from 'preact';
import { App } from './app.tsx';
import { registerServiceWorker } from './lib/register-sw.ts';
import { readFirstViewSnapshot } from './matches/first-view-cache.ts';
import { takeAddressQuery } from './share/incoming.ts';
import { boot } from './state/commands.ts';
import { notify, setState } from './state/store.ts';
import { extensionIds } from './sync/extension-id.ts';
import './styles.css';

performance.mark('fw:start');
takeAddressQuery();
// The extension's options page opens the app with its id in the fragment (#fundwatch-extension=…): keep it now,
// before the router or the user moves on (boot's chunk loads later).
extensionIds();
// A returning user sees the last ranked calls at once, while the data layer and the engine load and rank afresh.
const snapshot = /^#?\/?(matchningar)?(\?|$)/.test(location.hash) ? readFirstViewSnapshot() : undefined;
if (snapshot) {
  document.documentElement.lang = snapshot.language;
  setState((s) => ({
    ready: true,
    settings: { ...s.settings, language: snapshot.language },
    profile: snapshot.profile,
    ranked: snapshot.ranked,
    rankedFromSnapshot: true,
  }));
}
render(<App />, document.getElementById('app')!);
const start = () => boot().catch((error: unknown) => notify(`Fundwatch: ${(error as Error).message}`, 'error'));
// With a snapshot on screen the data layer loads after that first paint; without one, at once.
if (snapshot)
  requestAnimationFrame(() => {
    // The snapshot's cards were committed by render() above; this is the frame that shows them.
    if (location.hash.replace(/^#\/?/, '').startsWith('matchningar') || !location.hash)
      performance.mark('fw:matches:painted');
    setTimeout(start, 0);
  });
else start();
registerServiceWorker();
