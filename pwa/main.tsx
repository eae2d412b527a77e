import { render } from 'preact';
import { App } from './app.tsx';
import { watchForNewBuild } from './lib/new-build.ts';
import { registerServiceWorker } from './lib/register-sw.ts';
import { readFirstViewSnapshot } from './matches/first-view-cache.ts';
import { startFirstVisit } from './matches/first-visit.ts';
import { markMatchesPainted } from './matches/painted.ts';
import { hasSharedSearch, takeAddressQuery } from './share/incoming.ts';
import { dataLayerOrAfter, startDataLayer } from './state/start.ts';
import { setState } from './state/store.ts';
import { extensionIds } from './sync/extension-id.ts';
import './styles.css';

performance.mark('fw:start');
watchForNewBuild();
takeAddressQuery();
// The extension's options page opens the app with its id in the fragment (#fundwatch-extension=…): keep it now,
// before the router or the user moves on (boot's chunk loads later).
extensionIds();
const onMatches = /^#?\/?(matchningar)?(\?|$)/.test(location.hash);
// A returning user sees the last ranked calls at once, while the data layer and the engine load and rank afresh.
const snapshot = onMatches ? readFirstViewSnapshot() : undefined;
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
// A new device opening the first view gets the onboarding at once, then the server's ranking for the body chosen,
// and loads the data layer once those ranked calls are painted.
const firstVisit =
  !snapshot && onMatches && !hasSharedSearch() && !/\/join\/?$/.test(location.pathname) && startFirstVisit();
render(<App />, document.getElementById('app')!);
// With a snapshot on screen the data layer loads after that first paint; anything else (a shared page, an invite,
// another view) loads it at once.
if (snapshot)
  requestAnimationFrame(() => {
    // The snapshot's cards were committed by render() above; this is the frame that shows them.
    if (location.hash.replace(/^#\/?/, '').startsWith('matchningar') || !location.hash) markMatchesPainted();
    setTimeout(() => void startDataLayer(), 0);
  });
else if (!firstVisit) void startDataLayer();
// The service worker's first install fetches and stores the whole build: on a new device it waits until the first
// view is painted and the data layer starts (or the onboarding has been open a while), so as not to compete with it.
registerServiceWorker(dataLayerOrAfter(5000));
