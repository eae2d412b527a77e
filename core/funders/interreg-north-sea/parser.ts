import { callPageSource } from '../../sources/lib/call-page.ts';
import type { Programme } from '../../sources/lib/interreg.ts';
import { programmeOf } from '../site.ts';
import site from './site.json' with { type: 'json' };

/** Interreg North Sea (interregnorthsea.eu): the calls page and news items announcing calls. The secretariat is in Viborg. */
export const id: string = site.id;

/** Funder, programme area, zone and countries come from the funder's one definition (site.json). */
export const PROGRAMME: Programme = programmeOf(site);

export const source = callPageSource(PROGRAMME, ['.field--name-body', 'article', 'main']);
