import erasmusPlus from './erasmus-plus/site.json' with { type: 'json' };
import euFt from './eu-ft/site.json' with { type: 'json' };
import euroAccess from './euro-access/site.json' with { type: 'json' };
import icld from './icld/site.json' with { type: 'json' };
import interregAurora from './interreg-aurora/site.json' with { type: 'json' };
import interregBsr from './interreg-bsr/site.json' with { type: 'json' };
import interregCentralBaltic from './interreg-central-baltic/site.json' with { type: 'json' };
import interregNo from './interreg-no/site.json' with { type: 'json' };
import interregNorthSea from './interreg-north-sea/site.json' with { type: 'json' };
import interregOks from './interreg-oks/site.json' with { type: 'json' };
import interregSouthBaltic from './interreg-south-baltic/site.json' with { type: 'json' };
import mucf from './mucf/site.json' with { type: 'json' };
import type { FunderSite } from './site.ts';
import uhr from './uhr/site.json' with { type: 'json' };
import vinnova from './vinnova/site.json' with { type: 'json' };

/**
 * The funders' websites only (no parsers), for the content script, the manifest and the worker's host table:
 * the same files core/funders/index.ts reads, so the two lists cannot differ (a test checks the order too).
 */
export const FUNDER_SITES: readonly FunderSite[] = [
  vinnova,
  euFt,
  erasmusPlus,
  uhr,
  mucf,
  icld,
  interregBsr,
  interregCentralBaltic,
  interregSouthBaltic,
  interregAurora,
  interregNorthSea,
  interregOks,
  interregNo,
  euroAccess,
] as FunderSite[];

/** The site a page belongs to: host and path prefix. */
export function siteForHost(host: string, path = '/'): FunderSite | undefined {
  return FUNDER_SITES.find((s) => s.hosts.includes(host) && (!s.pathPrefix || path.startsWith(s.pathPrefix)));
}
