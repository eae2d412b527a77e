import type { Site } from './site.ts';

/** centralbaltic.eu: the call calendar is an HTML table (one call per row); events for single calls. */
export const centralBaltic: Site = {
  id: 'centralbaltic',
  hosts: ['centralbaltic.eu', 'www.centralbaltic.eu'],
  list: { item: 'table.call-calendar tbody tr, .tribe-events-calendar-list__event', title: 'td:first-child, h3' },
  detail: { root: 'main', title: 'h1' },
};
