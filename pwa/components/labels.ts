import type { CallStatus } from '../../core/model/call.ts';
import type { Band } from '../../core/model/match.ts';
import type { Bilingual } from '../../core/model/profile.ts';

export const BAND_LABELS: Record<Band, Bilingual> = {
  strong: { sv: 'Stark', en: 'Strong' },
  relevant: { sv: 'Relevant', en: 'Relevant' },
  weak: { sv: 'Svag', en: 'Weak' },
  none: { sv: 'Ingen träff', en: 'No match' },
};

export const CALL_STATUS_LABELS: Record<CallStatus, Bilingual> = {
  forthcoming: { sv: 'Kommande', en: 'Forthcoming' },
  open: { sv: 'Öppen', en: 'Open' },
  'closing-soon': { sv: 'Stänger snart', en: 'Closing soon' },
  closed: { sv: 'Stängd', en: 'Closed' },
};
