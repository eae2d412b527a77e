import type * as Actions from './actions.ts';

/**
 * What the views call. The data layer (Dexie, zod, the normalisers) sits in its own chunk, loaded right after
 * the shell has painted, which keeps first-load JavaScript small.
 */
let loaded: Promise<typeof Actions> | undefined;
export const actions = (): Promise<typeof Actions> => {
  loaded ??= import('./actions.ts');
  return loaded;
};

type AsyncKeys = {
  [P in keyof typeof Actions]: (typeof Actions)[P] extends (...args: never[]) => Promise<unknown> ? P : never;
}[keyof typeof Actions];

function lazy<K extends AsyncKeys>(name: K): (typeof Actions)[K] {
  const call = async (...args: unknown[]) => {
    const fn = (await actions())[name] as (...a: unknown[]) => Promise<unknown>;
    return fn(...args);
  };
  return call as unknown as (typeof Actions)[K];
}

export const boot = lazy('boot');
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
