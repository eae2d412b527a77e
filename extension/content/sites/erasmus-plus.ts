import type { Site } from './site.ts';

/** erasmus-plus.ec.europa.eu (Europa Component Library): content items in listings, ECL page header. */
export const erasmusPlus: Site = {
  id: 'erasmus-plus',
  hosts: ['erasmus-plus.ec.europa.eu'],
  list: { item: 'article.ecl-content-item, .ecl-content-item-block__item', title: '.ecl-content-block__title' },
  detail: { root: 'main', title: 'h1' },
};
