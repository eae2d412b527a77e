import type { Site } from './site.ts';

/** interreg-oks.eu (SiteVision, Swedish): news archive items and "För er som vill ansöka". */
export const interregOks: Site = {
  id: 'interreg-oks',
  hosts: ['www.interreg-oks.eu', 'interreg-oks.eu'],
  list: { item: '.sv-channel-item, li.news-item', title: 'h2, h3, .sv-channel-item__title' },
  detail: { root: 'main, #svid12_content', title: 'h1' },
};
