import type { SourcePlan, SourceRequest } from '../../sources/types.ts';

/** A GET request (endpoints as documented in ../shared/sources/NOTES.md; `npm run live-check` checks them live). */
const get = (url: string, accept = 'text/html'): SourceRequest => ({ url, method: 'GET', accept });

/** Vinnova: rounds, calls and programmes changed in the last two years (a few MB at most). */
export const plan: SourcePlan = {
  hosts: ['data.vinnova.se', 'www.vinnova.se'],
  requests(now) {
    const since = new Date(now.getTime() - 2 * 365 * 86_400_000).toISOString().slice(0, 10);
    return ['ansokningsomgangar', 'utlysningar', 'program'].map((kind) =>
      get(`https://data.vinnova.se/api/${kind}/${since}`, 'application/json'),
    );
  },
};
