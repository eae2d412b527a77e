import { centralBaltic } from './centralbaltic.ts';
import { erasmusPlus } from './erasmus-plus.ts';
import { euPortal } from './eu-portal.ts';
import { icld } from './icld.ts';
import { interregBaltic } from './interreg-baltic.ts';
import { interregNo } from './interreg-no.ts';
import { interregOks } from './interreg-oks.ts';
import { interregAurora } from './interregaurora.ts';
import { interregNorthSea } from './interregnorthsea.ts';
import { mucf } from './mucf.ts';
import type { Site } from './site.ts';
import { southBaltic } from './southbaltic.ts';
import { utbyten } from './utbyten.ts';
import { vinnova } from './vinnova.ts';

/** Known layouts, one file each. euro-access.eu and user-added sites have none: the general detector reads them. */
export const SITES: readonly Site[] = [
  vinnova,
  euPortal,
  erasmusPlus,
  utbyten,
  mucf,
  icld,
  interregBaltic,
  centralBaltic,
  southBaltic,
  interregAurora,
  interregNorthSea,
  interregOks,
  interregNo,
];

export function siteFor(host: string, path: string): Site | undefined {
  return SITES.find((s) => s.hosts.includes(host) && (!s.pathPrefix || path.startsWith(s.pathPrefix)));
}
