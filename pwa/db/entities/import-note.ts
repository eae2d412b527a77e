import type { Bilingual } from '../../../core/model/profile.ts';

/**
 * The decision-log line an entry imported from the browser extension starts with. Stored in Swedish (the log is
 * the organisation's record); shown in the user's language.
 */
export const IMPORTED_NOTE: Bilingual = {
  sv: 'Importerad från webbläsartillägget',
  en: 'Imported from the browser extension',
};
