import type { Site } from './site.ts';

/** utbyten.se (UHR, SiteVision): grant cards on "Sök bidrag", programme pages with the Ansökningsperiod box. */
export const utbyten: Site = {
  id: 'utbyten',
  hosts: ['www.utbyten.se', 'utbyten.se'],
  list: { item: '.sv-channel-item, li.grant-card', title: 'h2, h3' },
  detail: { root: 'main', title: 'h1' },
};
