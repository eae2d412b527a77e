import { errorText } from '../i18n/error-text.ts';
import { t } from '../i18n/lang.ts';
import type * as Actions from './actions.ts';
import { actions, codeMissing, notifyCodeMissing, startBeforeAction } from './start.ts';

type AsyncKeys = {
  [P in keyof typeof Actions]: (typeof Actions)[P] extends (...args: never[]) => Promise<unknown> ? P : never;
}[keyof typeof Actions];

/** What the views call: each action loads the data layer's code (pwa/state/start.ts) when first used. */
function lazy<K extends AsyncKeys>(name: K): (typeof Actions)[K] {
  const call = async (...args: unknown[]) => {
    let fn: (...a: unknown[]) => Promise<unknown>;
    try {
      await startBeforeAction();
      fn = (await actions())[name] as typeof fn;
    } catch (error) {
      // The code did not come: nothing was done, and the view that called goes no further (no "Sparat.").
      if (codeMissing(error))
        notifyCodeMissing(
          t(
            `Inget ändrades: ${errorText(error, 'sv')}. Försök igen.`,
            `Nothing was changed: ${errorText(error, 'en')}. Try again.`,
          ),
        );
      throw error;
    }
    return fn(...args);
  };
  return call as unknown as (typeof Actions)[K];
}

export const refreshCalls = lazy('refreshCalls');
export const watch = lazy('watch');
export const stopWatching = lazy('stopWatching');
export const changeStatus = lazy('changeStatus');
export const edit = lazy('edit');
export const setLanguage = lazy('setLanguage');
export const setFeedUrl = lazy('setFeedUrl');
export const setNotifications = lazy('setNotifications');
export const activateProfile = lazy('activateProfile');
export const storeProfile = lazy('storeProfile');
export const resetProfile = lazy('resetProfile');
export const saveBackupFile = lazy('saveBackupFile');
export const restoreFromText = lazy('restoreFromText');
export const importExtensionFromText = lazy('importExtensionFromText');
export const acceptShare = lazy('acceptShare');
export const dismissShare = lazy('dismissShare');
export const comment = lazy('comment');
export const archiveEntry = lazy('archiveEntry');
export const restoreEntry = lazy('restoreEntry');
export const hideCall = lazy('hideCall');
export const unhideCall = lazy('unhideCall');
export const createTeam = lazy('createTeam');
export const joinTeam = lazy('joinTeam');
export const leaveTeam = lazy('leaveTeam');
