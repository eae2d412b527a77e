import { activateProfile } from '../state/commands.ts';
import { dataLayerStarted, startDataLayer } from '../state/start.ts';
import { setState } from '../state/store.ts';
import { fetchRanking, fetchSeeds, isNewDevice } from './first-view-server.ts';
import { markMatchesPainted, matchesPainted } from './painted.ts';

/**
 * A first visit on this device: the onboarding is painted from the server's seed list, with no data layer
 * loaded. False when this is not a new device or no Fundwatch server answers (the app then starts as usual).
 */
export async function startFirstVisit(): Promise<boolean> {
  // Asked together: on a new profile the browser's first IndexedDB question takes as long as the request.
  const [isNew, seeds] = await Promise.all([isNewDevice(), fetchSeeds()]);
  if (!isNew || !seeds) return false;
  setState({ ready: true, firstRun: true, seedChoices: seeds });
  // The benchmark's "onboarding painted": the frame that shows the choices (rendered before this callback runs).
  requestAnimationFrame(() => performance.mark('fw:onboarding:painted'));
  // Any other view needs the data layer.
  addEventListener('hashchange', () => void startDataLayer(), { once: true });
  return true;
}

/**
 * The body chosen in the onboarding. On a new device the server's ranking for it is painted at once, and the
 * data layer starts after that paint with the choice saved (its worker ranks again and takes over).
 */
export async function chooseBody(id: string): Promise<void> {
  performance.mark('fw:choice');
  if (dataLayerStarted()) {
    await activateProfile(id);
    setState({ firstRun: false });
    return;
  }
  const r = await fetchRanking(id);
  if (r) {
    setState((s) => ({
      firstRun: false,
      profile: r.profile,
      ranked: r.ranked,
      rankedFromSnapshot: false,
      settings: { ...s.settings, activeProfileId: id },
      callsInfo: { from: 'server', fetchedAt: r.fetchedAt, sources: r.sources },
    }));
    requestAnimationFrame(markMatchesPainted);
    await matchesPainted();
    await new Promise((done) => setTimeout(done, 0));
  }
  await startDataLayer(id);
}
