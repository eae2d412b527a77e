import type { Funder } from '../funder.ts';
import type { FunderSite } from '../site.ts';
import { source } from './parser.ts';
import { plan } from './plan.ts';
import site from './site.json' with { type: 'json' };

export const funder: Funder = { site: site as FunderSite, source, plan };
