import { AppError, errorText } from '../i18n/error-text.ts';
import { t } from '../i18n/lang.ts';
import { loadOnce } from '../lib/load-once.ts';
import type * as Actions from './actions.ts';
import { getState, notify, setState } from './store.ts';

/** Code that did not come (offline before the service worker holds the app): a typed error, told in the UI's words. */
function fetched<T>(load: Promise<T>): Promise<T> {
  return load.catch(() => {
    throw new AppError('code-unreachable');
  });
}

export function codeMissing(error: unknown): boolean {
  return error instanceof AppError && error.code === 'code-unreachable';
}

/**
 * The data layer's code (Dexie, zod, the normalisers, the actions the views call), in its own chunk loaded right
 * after the shell has painted, which keeps first-load JavaScript small.
 */
const dataLayerCode = loadOnce(() => import('./actions.ts'));
export const actions = (): Promise<typeof Actions> => fetched(dataLayerCode());

/** The start running or done; undefined before it and after one that could not fetch its code. */
let started: Promise<void> | undefined;
let asked = false;
/** A start failed for want of its code: the next action waits for the start it runs again. */
let missedStart = false;
let chosen: string | undefined;
/** The last line that said the code did not come, taken away once it has. */
let missedText: string | undefined;
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
 * Says the code did not come (an error that stays until the next notice, or until the code has come). With `retry`,
 * the line has a "Försök igen" button that runs the failed start again at once, as the next tap or the connection
 * coming back does; the line and its button stay while it runs, and go once the code has come.
 */
export function notifyCodeMissing(text: string, retry = false): void {
  missedText = text;
  notify(
    text,
    'error',
    retry ? { label: t('Försök igen', 'Try again'), run: () => startDataLayer(), stays: true } : undefined,
  );
}

function run(chosenProfileId: string | undefined): Promise<void> {
  const running = (async () => {
    try {
      localStorage.setItem(KNOWN, '1');
    } catch {
      // private mode: every start asks IndexedDB instead
    }
    // The data layer's code first: it imports the database's, which then comes with it. Asked for on its own first,
    // a file of the database's that could not be fetched would stay failed for the page (see lib/import-again.ts) and
    // the data layer that imports it could never load without a reload.
    const code = await actions();
    if (chosenProfileId) {
      const [{ getDb }, { saveSetting }] = await fetched(
        Promise.all([import('../db/open.ts'), import('../db/settings-repo.ts')]),
      );
      await saveSetting(getDb(), 'activeProfileId', chosenProfileId);
    }
    // The code came after all: the line saying it did not is no longer true.
    if (getState().notice?.text === missedText) setState({ notice: undefined });
    await code.boot();
  })();
  running.catch((error: unknown) => {
    missedStart = codeMissing(error);
    if (missedStart) {
      // Nothing ran but saving the choice (which runs again): the next action, or the browser back online, starts
      // it afresh, with no reload.
      started = undefined;
      addEventListener('online', () => void startDataLayer(), { once: true });
      notifyCodeMissing(
        t(
          `Fundwatch startade inte: ${errorText(error, 'sv')}. Appen startar när du försöker igen eller är ansluten igen.`,
          `Fundwatch did not start: ${errorText(error, 'en')}. It starts when you try again or are back online.`,
        ),
        true,
      );
    } else
      notify(
        t(`Fundwatch startade inte: ${errorText(error, 'sv')}`, `Fundwatch did not start: ${errorText(error, 'en')}`),
        'error',
      );
  });
  return running;
}

/**
 * Loads the data layer (Dexie, the normalisers, the scoring worker) and runs the app's start-up, once. A new
 * device that chose its body in the first view has that choice saved first, so start-up does not ask again.
 * Resolves when the start is done or has failed (and said so).
 */
export function startDataLayer(chosenProfileId?: string): Promise<void> {
  announce();
  asked = true;
  chosen = chosenProfileId ?? chosen;
  started ??= run(chosen);
  return started.catch(() => undefined);
}

/**
 * Before an action: a start that could not fetch its code runs again first and is waited for, so no action runs on
 * a data layer that never read this device's data. Throws the start's typed error when its code still does not come.
 */
export async function startBeforeAction(): Promise<void> {
  if (!asked || !missedStart) return;
  void startDataLayer();
  await started;
}

export function dataLayerStarted(): boolean {
  return asked;
}

/** Resolves once the data layer starts, or after `ms` while a new device is still choosing its body. */
export function dataLayerOrAfter(ms: number): Promise<void> {
  return Promise.race([starting, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}
