import type { Settings } from '../messages.ts';

export const DEFAULT_PWA_URL = 'http://localhost:4173/';
export const DEFAULT_PROFILE_ID = 'karlskrona';

export const DEFAULT_SETTINGS: Settings = {
  lang: 'sv',
  pwaUrl: DEFAULT_PWA_URL,
  notifications: { enabled: true, minBand: 'relevant', maxListed: 3 },
  addedSites: [],
  feedUrl: '',
};
