import type { Settings } from './settings.ts';

/** Defaults apart from the schema, so the first chunk can show the shell without loading zod. */
export const DEFAULT_SETTINGS: Settings = {
  language: 'sv',
  activeProfileId: 'karlskrona',
  feedUrl: '',
  notifications: false,
};
