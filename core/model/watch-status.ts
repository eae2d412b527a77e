import type { Bilingual } from './profile.ts';

/** A watched call's path: Bevakas → Förbereds → Ansökt → Beviljad / Avslag / Avstår. */
export const WATCH_STATUSES = ['bevakas', 'forbereds', 'ansokt', 'beviljad', 'avslag', 'avstar'] as const;
export type WatchStatus = (typeof WATCH_STATUSES)[number];

export const WATCH_STATUS_LABELS: Record<WatchStatus, Bilingual> = {
  bevakas: { sv: 'Bevakas', en: 'Watching' },
  forbereds: { sv: 'Förbereds', en: 'Preparing' },
  ansokt: { sv: 'Ansökt', en: 'Applied' },
  beviljad: { sv: 'Beviljad', en: 'Granted' },
  avslag: { sv: 'Avslag', en: 'Rejected' },
  avstar: { sv: 'Avstår', en: 'Declined' },
};

/** Where a call can go next; the end states can be reopened to "Bevakas" when a decision is reversed. */
export const NEXT_STATUSES: Record<WatchStatus, WatchStatus[]> = {
  bevakas: ['forbereds', 'avstar'],
  forbereds: ['ansokt', 'avstar', 'bevakas'],
  ansokt: ['beviljad', 'avslag'],
  beviljad: [],
  avslag: ['bevakas'],
  avstar: ['bevakas'],
};
