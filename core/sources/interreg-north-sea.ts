import { callPageSource } from './lib/call-page.ts';
import type { Programme } from './lib/interreg.ts';

/** Interreg North Sea (interregnorthsea.eu): the calls page and news items announcing calls. The secretariat is in Viborg. */
export const id = 'interreg-north-sea';

export const PROGRAMME: Programme = {
  sourceId: id,
  area: 'interreg-north-sea',
  funder: 'Interreg North Sea',
  zone: 'Europe/Copenhagen',
  countries: ['Belgium', 'Denmark', 'Germany', 'Netherlands', 'Norway', 'Sweden'],
};

export const source = callPageSource(PROGRAMME, ['.field--name-body', 'article', 'main']);
