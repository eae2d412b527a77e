import type { Site } from './site.ts';

/** icld.se (WordPress): news posts, and the standing municipal-partnership pages. */
export const icld: Site = {
  id: 'icld',
  hosts: ['icld.se', 'www.icld.se'],
  list: { item: 'article.post, article.type-post', title: '.entry-title' },
  detail: { root: 'main', title: 'h1' },
};
