import type { Funder } from '../funder.ts';
import type { FunderSite } from '../site.ts';
import site from './site.json' with { type: 'json' };

/** erasmus-plus: a site the extension reads (pages only); its calls come to the app through other sources. */
export const funder: Funder = { site: site as FunderSite };
