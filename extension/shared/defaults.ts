import type { Settings } from '../messages.ts';

/** What `npm start` prints: the app and the extension must share one origin, or they keep two empty databases. */
export const DEFAULT_PWA_URL = 'http://127.0.0.1:4173/';
/** The default of earlier versions: a stored copy of it is read as the new default (the user never chose it). */
export const OLD_DEFAULT_PWA_URL = 'http://localhost:4173/';
export const DEFAULT_PROFILE_ID = 'karlskrona';

export const DEFAULT_SETTINGS: Settings = {
  lang: 'sv',
  pwaUrl: DEFAULT_PWA_URL,
  notifications: { enabled: true, minBand: 'relevant', maxListed: 3 },
  addedSites: [],
  feedUrl: '',
};
