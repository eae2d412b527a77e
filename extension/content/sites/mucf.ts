import type { Site } from './site.ts';

/** mucf.se (Drupal): the /bidrag listing rows and grant pages with "Ansökningstider". */
export const mucf: Site = {
  id: 'mucf',
  hosts: ['www.mucf.se', 'mucf.se'],
  list: { item: '.view-content > .views-row', title: 'h2, h3' },
  detail: { root: 'main', title: 'h1', path: /^\/(?:bidrag|node)\// },
};
