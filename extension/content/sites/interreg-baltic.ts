import type { Site } from './site.ts';

/** interreg-baltic.eu (WordPress): news and call posts; call pages under /news-YYYY/ or /call/. */
export const interregBaltic: Site = {
  id: 'interreg-baltic',
  hosts: ['interreg-baltic.eu', 'www.interreg-baltic.eu'],
  list: { item: 'article.post, .news-list__item', title: '.entry-title, h2, h3' },
  detail: { root: 'main article, main', title: 'h1' },
};
