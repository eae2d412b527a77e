import { AREA_BY_ID } from '../../core/data/index.ts';
import { areaNamedIn } from '../../core/match/signals.ts';
import { PROGRAMME as AURORA } from '../../core/sources/interreg-aurora.ts';
import { PROGRAMME as BSR } from '../../core/sources/interreg-bsr.ts';
import { PROGRAMME as CENTRAL_BALTIC } from '../../core/sources/interreg-central-baltic.ts';
import { PROGRAMME as NORTH_SEA } from '../../core/sources/interreg-north-sea.ts';
import { PROGRAMME as OKS } from '../../core/sources/interreg-oks.ts';
import { PROGRAMME as SOUTH_BALTIC } from '../../core/sources/interreg-south-baltic.ts';
import type { Programme } from '../../core/sources/lib/interreg.ts';

/** Who publishes on each funder host, the programme area its calls belong to, and its home time zone. */
export interface HostInfo {
  funder: string;
  programme?: string;
  programmeArea?: string;
  zone: string;
}

/** A programme's own site: funder, area and zone as its source parser knows them (one place to change). */
function programmeHost(p: Programme): HostInfo {
  return { funder: p.funder, programmeArea: p.area, zone: p.zone };
}

const HOSTS: Record<string, HostInfo> = {
  'vinnova.se': { funder: 'Vinnova', zone: 'Europe/Stockholm' },
  'ec.europa.eu': { funder: 'European Commission', zone: 'Europe/Brussels' },
  'erasmus-plus.ec.europa.eu': { funder: 'European Commission', programme: 'Erasmus+', zone: 'Europe/Brussels' },
  'utbyten.se': { funder: 'UHR', programme: 'Erasmus+', zone: 'Europe/Brussels' },
  'mucf.se': { funder: 'MUCF', programme: 'Erasmus+', zone: 'Europe/Brussels' },
  'icld.se': { funder: 'ICLD', programme: 'Kommunala partnerskap', zone: 'Europe/Stockholm' },
  'interreg-baltic.eu': programmeHost(BSR),
  'centralbaltic.eu': programmeHost(CENTRAL_BALTIC),
  'southbaltic.eu': programmeHost(SOUTH_BALTIC),
  'interregaurora.eu': programmeHost(AURORA),
  'interregnorthsea.eu': programmeHost(NORTH_SEA),
  'interreg-oks.eu': programmeHost(OKS),
  'interreg.no': { funder: 'Interreg', zone: 'Europe/Oslo' },
  'euro-access.eu': { funder: 'Euro-Access', zone: 'Europe/Brussels' },
};

export function hostInfo(hostname: string): HostInfo | undefined {
  const bare = hostname.replace(/^www\./, '');
  return HOSTS[bare];
}

/** Aggregators and calendars list many programmes: name the area from the call's own text, as the engine does. */
export function areaFromText(text: string): { id: string; name: string } | undefined {
  const id = areaNamedIn(text);
  const area = id ? AREA_BY_ID.get(id) : undefined;
  return area && { id: area.id, name: area.name };
}
