import areas from '../../core/data/programme-areas.json' with { type: 'json' };

/** Who publishes on each funder host, the programme area its calls belong to, and its home time zone. */
export interface HostInfo {
  funder: string;
  programme?: string;
  programmeArea?: string;
  zone: string;
}

const HOSTS: Record<string, HostInfo> = {
  'vinnova.se': { funder: 'Vinnova', zone: 'Europe/Stockholm' },
  'ec.europa.eu': { funder: 'European Commission', zone: 'Europe/Brussels' },
  'erasmus-plus.ec.europa.eu': { funder: 'European Commission', programme: 'Erasmus+', zone: 'Europe/Brussels' },
  'utbyten.se': { funder: 'UHR', programme: 'Erasmus+', zone: 'Europe/Brussels' },
  'mucf.se': { funder: 'MUCF', programme: 'Erasmus+', zone: 'Europe/Brussels' },
  'icld.se': { funder: 'ICLD', programme: 'Kommunala partnerskap', zone: 'Europe/Stockholm' },
  'interreg-baltic.eu': {
    funder: 'Interreg Baltic Sea Region',
    programmeArea: 'interreg-baltic-sea-region',
    zone: 'Europe/Stockholm',
  },
  'centralbaltic.eu': {
    funder: 'Interreg Central Baltic',
    programmeArea: 'interreg-central-baltic',
    zone: 'Europe/Helsinki',
  },
  'southbaltic.eu': { funder: 'Interreg South Baltic', programmeArea: 'interreg-south-baltic', zone: 'Europe/Warsaw' },
  'interregaurora.eu': { funder: 'Interreg Aurora', programmeArea: 'interreg-aurora', zone: 'Europe/Stockholm' },
  'interregnorthsea.eu': {
    funder: 'Interreg North Sea',
    programmeArea: 'interreg-north-sea',
    zone: 'Europe/Copenhagen',
  },
  'interreg-oks.eu': {
    funder: 'Interreg Öresund-Kattegat-Skagerrak',
    programmeArea: 'interreg-oks',
    zone: 'Europe/Stockholm',
  },
  'interreg.no': { funder: 'Interreg', zone: 'Europe/Oslo' },
  'euro-access.eu': { funder: 'Euro-Access', zone: 'Europe/Brussels' },
};

export function hostInfo(hostname: string): HostInfo | undefined {
  const bare = hostname.replace(/^www\./, '');
  return HOSTS[bare];
}

interface AreaData {
  id: string;
  name: string;
  aliases?: string[];
}

/** Every programme's name and aliases, lower-cased once; long ones only (short aliases match by accident). */
const AREA_NAMES = (areas as { areas: AreaData[] }).areas.flatMap((area) =>
  [area.name, ...(area.aliases ?? [])]
    .filter((alias) => alias.length > 6)
    .map((alias) => ({ id: area.id, name: area.name, alias: alias.toLowerCase() })),
);

/** Aggregators and calendars list many programmes: name the area from the call's own text (first named wins). */
export function areaFromText(text: string): { id: string; name: string } | undefined {
  const lower = text.toLowerCase();
  let best: { id: string; name: string; at: number } | undefined;
  for (const { id, name, alias } of AREA_NAMES) {
    const at = lower.indexOf(alias);
    if (at !== -1 && (!best || at < best.at)) best = { id, name, at };
  }
  return best && { id: best.id, name: best.name };
}
