import type { Site } from './site.ts';

/** Funding & Tenders portal (an Angular app, rendered late): search result cards and topic pages. */
export const euPortal: Site = {
  id: 'eu-portal',
  hosts: ['ec.europa.eu'],
  pathPrefix: '/info/funding-tenders/',
  list: { item: 'sedia-result-card, eui-card.sedia-result-card', title: '.eui-card-header__title, a' },
  detail: { root: 'app-topic-details, sedia-topic-details', title: 'h1, h2', path: /topic-details/ },
};
