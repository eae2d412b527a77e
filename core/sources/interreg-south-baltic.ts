import { callPageSource } from './lib/call-page.ts';
import type { Programme } from './lib/interreg.ts';

/** Interreg South Baltic (southbaltic.eu): the call-for-proposals page, one call per section. The secretariat is in Gdańsk, so unzoned times are Polish time. */
export const id = 'interreg-south-baltic';

export const PROGRAMME: Programme = {
  sourceId: id,
  area: 'interreg-south-baltic',
  funder: 'Interreg South Baltic',
  zone: 'Europe/Warsaw',
  countries: ['Sweden', 'Denmark', 'Germany', 'Poland', 'Lithuania'],
};

export const source = callPageSource(PROGRAMME, ['.journal-content-article', 'main', '#content']);
