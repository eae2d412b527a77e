import type { Site } from './site.ts';

/** interreg.no: the calendar of every programme's calls (The Events Calendar list view). */
export const interregNo: Site = {
  id: 'interreg-no',
  hosts: ['www.interreg.no', 'interreg.no'],
  list: { item: '.tribe-events-calendar-list__event', title: '.tribe-events-calendar-list__event-title' },
  detail: { root: 'main', title: 'h1' },
};
