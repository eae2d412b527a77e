import type { Site } from './site.ts';

/** southbaltic.eu (Liferay): asset-publisher abstracts on the news/calls pages; "/-/<slug>" articles. */
export const southBaltic: Site = {
  id: 'southbaltic',
  hosts: ['southbaltic.eu', 'www.southbaltic.eu'],
  list: { item: '.asset-abstract', title: '.asset-title' },
  detail: { root: '.journal-content-article, main', title: 'h1' },
};
