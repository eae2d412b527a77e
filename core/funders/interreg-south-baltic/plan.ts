import type { SourcePlan, SourceRequest } from '../../sources/types.ts';

/** A GET request (endpoints as documented in ../shared/sources/NOTES.md; `npm run live-check` checks them live). */
const get = (url: string, accept = 'text/html'): SourceRequest => ({ url, method: 'GET', accept });

export const plan: SourcePlan = {
  hosts: ['southbaltic.eu'],
  requests: () => [get('https://southbaltic.eu/call-for-proposals1')],
};
