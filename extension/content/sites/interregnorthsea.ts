import type { Site } from './site.ts';

/** interregnorthsea.eu (Drupal): news teasers under /our-news, call pages under /calls-for-applications. */
export const interregNorthSea: Site = {
  id: 'interregnorthsea',
  hosts: ['www.interregnorthsea.eu', 'interregnorthsea.eu'],
  list: { item: '.views-row .node--view-mode-teaser, article.node--view-mode-teaser', title: 'h2, h3' },
  detail: { root: 'main', title: 'h1' },
};
