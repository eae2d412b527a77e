import type { Site } from './site.ts';

/** interregaurora.eu (WordPress): call posts on "Calls for applications". */
export const interregAurora: Site = {
  id: 'interregaurora',
  hosts: ['www.interregaurora.eu', 'interregaurora.eu'],
  list: { item: 'article.call, article.post', title: '.entry-title, h2, h3' },
  detail: { root: 'main', title: 'h1' },
};
