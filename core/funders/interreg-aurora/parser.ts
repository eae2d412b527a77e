import { callPageSource } from '../../sources/lib/call-page.ts';
import type { Programme } from '../../sources/lib/interreg.ts';
import { programmeOf } from '../site.ts';
import site from './site.json' with { type: 'json' };

/** Interreg Aurora (interregaurora.eu): the calls-for-applications page, one call per section. The managing authority is in Umeå. */
export const id: string = site.id;

/** Funder, programme area, zone and countries come from the funder's one definition (site.json). */
export const PROGRAMME: Programme = programmeOf(site);

export const source = callPageSource(PROGRAMME, ['.page__content', 'article', 'main']);
