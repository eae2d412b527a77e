import { actions } from './commands.ts';
import { notify } from './store.ts';

let started: Promise<void> | undefined;

/**
 * Loads the data layer (Dexie, the normalisers, the scoring worker) and runs the app's start-up, once. A new
 * device that chose its body in the first view has that choice saved first, so start-up does not ask again.
 */
export function startDataLayer(chosenProfileId?: string): Promise<void> {
  started ??= (async () => {
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
