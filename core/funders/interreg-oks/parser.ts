import { callPageSource } from '../../sources/lib/call-page.ts';
import type { Programme } from '../../sources/lib/interreg.ts';
import { programmeOf } from '../site.ts';
import site from './site.json' with { type: 'json' };

/** Interreg Öresund-Kattegat-Skagerrak (interreg-oks.eu, SiteVision): the apply page and news items, in Swedish. */
export const id: string = site.id;

/** Funder, programme area, zone and countries come from the funder's one definition (site.json). */
export const PROGRAMME: Programme = programmeOf(site);

export const source = callPageSource(PROGRAMME, ['.sv-text-portlet-content', '#Mittspalt', 'main']);
