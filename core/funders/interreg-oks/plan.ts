import type { SourcePlan, SourceRequest } from '../../sources/types.ts';

/** A GET request (endpoints as documented in ../shared/sources/NOTES.md; `npm run live-check` checks them live). */
const get = (url: string, accept = 'text/html'): SourceRequest => ({ url, method: 'GET', accept });

export const plan: SourcePlan = {
  hosts: ['interreg-oks.eu'],
  requests: () => [get('https://interreg-oks.eu/forersomvillansoka.488.html')],
};
