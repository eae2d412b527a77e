import type { CallStatus } from '../../core/model/call.ts';
import type { Bilingual } from '../../core/model/profile.ts';

/** Band names come from core, so the app, extension and digest say the same. */
export { BAND_LABEL as BAND_LABELS } from '../../core/match/band-labels.ts';

export const CALL_STATUS_LABELS: Record<CallStatus, Bilingual> = {
  forthcoming: { sv: 'Kommande', en: 'Forthcoming' },
  open: { sv: 'Öppen', en: 'Open' },
  'closing-soon': { sv: 'Stänger snart', en: 'Closing soon' },
  closed: { sv: 'Stängd', en: 'Closed' },
};
