import { actions } from './commands.ts';
import { notify } from './store.ts';

let started: Promise<void> | undefined;
let announce: () => void = () => {};
const starting = new Promise<void>((resolve) => {
  announce = resolve;
});
/** Set once this browser has run the data layer: a later start is not a new device's first visit. */
const KNOWN = 'fundwatch:device:v1';

export function knownDevice(): boolean {
  try {
    return localStorage.getItem(KNOWN) !== null;
  } catch {
    return true;
  }
}

/**
 * Loads the data layer (Dexie, the normalisers, the scoring worker) and runs the app's start-up, once. A new
 * device that chose its body in the first view has that choice saved first, so start-up does not ask again.
 */
export function startDataLayer(chosenProfileId?: string): Promise<void> {
  announce();
  started ??= (async () => {
    try {
      localStorage.setItem(KNOWN, '1');
    } catch {
      // private mode: every start asks IndexedDB instead
    }
    if (chosenProfileId) {
      const [{ getDb }, { saveSetting }] = await Promise.all([
        import('../db/open.ts'),
        import('../db/settings-repo.ts'),
      ]);
      await saveSetting(getDb(), 'activeProfileId', chosenProfileId);
    }
    await (await actions()).boot();
  })().catch((error: unknown) => notify(`Fundwatch: ${(error as Error).message}`, 'error'));
  return started;
}

export function dataLayerStarted(): boolean {
  return started !== undefined;
}

/** Resolves once the data layer starts, or after `ms` while a new device is still choosing its body. */
export function dataLayerOrAfter(ms: number): Promise<void> {
  return Promise.race([starting, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}
