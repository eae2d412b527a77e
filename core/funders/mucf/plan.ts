import type { SourcePlan, SourceRequest } from '../../sources/types.ts';

/** A GET request (endpoints as documented in ../shared/sources/NOTES.md; `npm run live-check` checks them live). */
const get = (url: string, accept = 'text/html'): SourceRequest => ({ url, method: 'GET', accept });

export const plan: SourcePlan = {
  hosts: ['www.mucf.se'],
  requests: () =>
    [
      'ungdomsutbyte-0',
      'projekt-att-oka-ungas-delaktighet',
      'smaskaliga-partnerskap',
      'kompetensutveckling-dig-som-jobbar-med-unga-0',
    ].map((slug) => get(`https://www.mucf.se/bidrag/${slug}`)),
};
