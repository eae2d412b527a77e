import { callPageSource } from '../../sources/lib/call-page.ts';
import type { Programme } from '../../sources/lib/interreg.ts';
import { programmeOf } from '../site.ts';
import site from './site.json' with { type: 'json' };

/** Interreg South Baltic (southbaltic.eu): the call-for-proposals page, one call per section. The secretariat is in Gdańsk, so unzoned times are Polish time. */
export const id: string = site.id;

/** Funder, programme area, zone and countries come from the funder's one definition (site.json). */
export const PROGRAMME: Programme = programmeOf(site);

export const source = callPageSource(PROGRAMME, ['.journal-content-article', 'main', '#content']);
