import { callPageSource } from './lib/call-page.ts';
import type { Programme } from './lib/interreg.ts';

/** Interreg Aurora (interregaurora.eu): the calls-for-applications page, one call per section. The managing authority is in Umeå. */
export const id = 'interreg-aurora';

export const PROGRAMME: Programme = {
  sourceId: id,
  area: 'interreg-aurora',
  funder: 'Interreg Aurora',
  zone: 'Europe/Stockholm',
  countries: ['Sweden', 'Finland', 'Norway'],
};

export const source = callPageSource(PROGRAMME, ['.page__content', 'article', 'main']);
