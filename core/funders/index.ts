import { funder as erasmusPlus } from './erasmus-plus/index.ts';
import { funder as euFt } from './eu-ft/index.ts';
import { funder as euroAccess } from './euro-access/index.ts';
import type { Funder } from './funder.ts';
import { funder as icld } from './icld/index.ts';
import { funder as interregAurora } from './interreg-aurora/index.ts';
import { funder as interregBsr } from './interreg-bsr/index.ts';
import { funder as interregCentralBaltic } from './interreg-central-baltic/index.ts';
import { funder as interregNo } from './interreg-no/index.ts';
import { funder as interregNorthSea } from './interreg-north-sea/index.ts';
import { funder as interregOks } from './interreg-oks/index.ts';
import { funder as interregSouthBaltic } from './interreg-south-baltic/index.ts';
import { funder as mucf } from './mucf/index.ts';
import { funder as uhr } from './uhr/index.ts';
import { funder as vinnova } from './vinnova/index.ts';

/**
 * Every funder, one folder each (core/funders/<id>/: site.json, and parser.ts and plan.ts when it has a
 * source). Adding a funder: a folder named by its id, an entry here, recorded pages and source fixtures;
 * tests/unit/funders/funders.test.ts says what is missing. The source registry, the extension's manifest
 * hosts, content-script matches, site list and host table are all made from this list.
 */
export const FUNDERS: readonly Funder[] = [
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
];
