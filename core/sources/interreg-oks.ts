import { callPageSource } from './lib/call-page.ts';
import type { Programme } from './lib/interreg.ts';

/** Interreg Öresund-Kattegat-Skagerrak (interreg-oks.eu, SiteVision): the apply page and news items, in Swedish. */
export const id = 'interreg-oks';

export const PROGRAMME: Programme = {
  sourceId: id,
  area: 'interreg-oks',
  funder: 'Interreg Öresund-Kattegat-Skagerrak',
  zone: 'Europe/Stockholm',
  countries: ['Sweden', 'Denmark', 'Norway'],
};

export const source = callPageSource(PROGRAMME, ['.sv-text-portlet-content', '#Mittspalt', 'main']);
