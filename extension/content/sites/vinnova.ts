import type { Site } from './site.ts';

/** vinnova.se: "Hitta finansiering" result cards; call pages under /e/<programme>/<round>-<diarienummer>/. */
export const vinnova: Site = {
  id: 'vinnova',
  hosts: ['www.vinnova.se', 'vinnova.se'],
  list: { item: '.search-result-list > li, article.funding-card', title: 'h2, h3' },
  detail: { root: 'main', title: 'h1', path: /^\/(?:e|en\/e)\// },
};
