import { zonedParts } from '../../core/dates/zoned.ts';
import { HOME_ZONE, NOUNS, plural } from '../../core/format/deadline-text.ts';
import { activateProfile } from '../state/commands.ts';
import { dataLayerStarted, knownDevice, startDataLayer } from '../state/start.ts';
import { getState, setState } from '../state/store.ts';
import { fetchRanking, isNewDevice } from './first-view-server.ts';
import { markMatchesPainted, matchesPainted } from './painted.ts';
import { builtInSeedChoices } from './seed-choices.ts';

let newDevice: Promise<boolean> = Promise.resolve(false);

/**
 * A first visit on this device: the onboarding, with the seed choices built into the app, is the first thing
 * painted, with no request and no data layer. False when this browser has run the app before (the app then starts
 * as usual).
 */
export function startFirstVisit(): boolean {
  const seeds = builtInSeedChoices();
  if (knownDevice() || seeds.length === 0) return false;
  // IndexedDB's answer is awaited only before a choice is acted on: on a new browser profile the first question
  // to it takes a while. A database without the marker (an older version, or site storage cleared but for
  // IndexedDB) starts the data layer, which shows what that database holds.
  newDevice = isNewDevice();
  void newDevice.then((isNew) => {
    if (!isNew) void startDataLayer();
  });
  setState({ ready: true, firstRun: true, seedChoices: seeds });
  // The benchmark's "onboarding painted": the frame that shows the choices (rendered before this callback runs).
  requestAnimationFrame(() => {
    performance.mark('fw:onboarding:painted');
    // While the user reads the choices: the date and time-zone machinery the cards will use is made ready (the
    // first use of a zone builds its Intl formatter).
    (window.requestIdleCallback ?? setTimeout)(() => {
      for (const zone of [HOME_ZONE, 'Europe/Brussels']) zonedParts(Date.now(), zone);
      plural(2, 'sv', NOUNS.day.sv);
    });
  });
  // Any other view needs the data layer.
  addEventListener('hashchange', () => void startDataLayer(), { once: true });
  return true;
}

const asked = new Map<string, ReturnType<typeof fetchRanking>>();

/** The ranking for a body the pointer or focus is on: asked for before the click, once. */
export function prefetchRanking(id: string): ReturnType<typeof fetchRanking> {
  let r = asked.get(id);
  if (!r) {
    r = fetchRanking(id);
    asked.set(id, r);
  }
  return r;
}

/**
 * The body chosen in the onboarding. On a new device the server's ranking for it is painted at once, and the
 * data layer starts after that paint with the choice saved (its worker ranks again and takes over).
 */
export async function chooseBody(id: string): Promise<void> {
  performance.mark('fw:choice');
  // The ranking is asked for while IndexedDB says whether this is a new device; it is used only if so.
  const [isNew, ranking] = dataLayerStarted()
    ? [false, undefined]
    : await Promise.all([newDevice, prefetchRanking(id)]);
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
