import type { SourcePlan, SourceRequest } from '../../sources/types.ts';

/** A GET request (endpoints as documented in ../shared/sources/NOTES.md; `npm run live-check` checks them live). */
const get = (url: string, accept = 'text/html'): SourceRequest => ({ url, method: 'GET', accept });

export const plan: SourcePlan = {
  hosts: ['www.interregnorthsea.eu'],
  requests: () => [get('https://www.interregnorthsea.eu/calls-for-applications')],
};
