import type { SourcePlan, SourceRequest } from '../../sources/types.ts';

/** A GET request (endpoints as documented in ../shared/sources/NOTES.md; `npm run live-check` checks them live). */
const get = (url: string, accept = 'text/html'): SourceRequest => ({ url, method: 'GET', accept });

export const plan: SourcePlan = {
  hosts: ['www.utbyten.se'],
  requests: () =>
    [
      'https://www.utbyten.se/program/erasmus/erasmus-partnerskap/',
      'https://www.utbyten.se/program/erasmus-mobilitet-yrkesutbildning/ansok-om-korttidsprojekt-eller-ackreditering/ansok-om-ett-korttidsprojekt/',
      'https://www.utbyten.se/program/erasmus-mobilitet-skola/for-dig-som-har-projekt-eller-ackreditering/for-dig-som-har-beviljad-ackreditering/',
    ].map((u) => get(u)),
};
