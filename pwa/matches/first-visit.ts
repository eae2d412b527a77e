import { activateProfile } from '../state/commands.ts';
import { dataLayerStarted, knownDevice, startDataLayer } from '../state/start.ts';
import { getState, setState } from '../state/store.ts';
import { fetchRanking, fetchSeeds, isNewDevice } from './first-view-server.ts';
import { markMatchesPainted, matchesPainted } from './painted.ts';

let newDevice: Promise<boolean> = Promise.resolve(false);

/**
 * A first visit on this device: the onboarding is painted from the server's seed list, with no data layer
 * loaded. False when this is not a new device or no Fundwatch server answers (the app then starts as usual).
 */
export async function startFirstVisit(): Promise<boolean> {
  if (knownDevice()) return false;
  // IndexedDB's answer is awaited only before a choice is acted on: on a new browser profile the first question
  // to it takes longer than the seed list.
  newDevice = isNewDevice();
  const seeds = await fetchSeeds();
  if (!seeds) return false;
  // A database without the marker (an older version, or cleared site storage but for IndexedDB): start as usual.
  void newDevice.then((isNew) => {
    if (!isNew) void startDataLayer();
  });
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
  // The ranking is asked for while IndexedDB says whether this is a new device; it is used only if so.
  const [isNew, ranking] = dataLayerStarted() ? [false, undefined] : await Promise.all([newDevice, fetchRanking(id)]);
  const r = isNew ? ranking : undefined;
  if (!r && dataLayerStarted()) {
    // The data layer decides: a body already chosen on this device is not replaced by a click on a choice
    // that was on screen only until start-up had read the database.
    await startDataLayer();
    if (!getState().firstRun) return;
    await activateProfile(id);
    setState({ firstRun: false });
    return;
  }
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
