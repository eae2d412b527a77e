import { AREA_BY_ID } from '../../core/data/index.ts';
import { FUNDER_SITES } from '../../core/funders/sites.ts';
import { areaNamedIn } from '../../core/match/signals.ts';

/** Who publishes on each funder host, the programme area its calls belong to, and its home time zone. */
export interface HostInfo {
  funder: string;
  programme?: string;
  programmeArea?: string;
  zone: string;
}

/** Made from the funders' site files (core/funders/<id>/site.json): one place to change a funder. */
const HOSTS: Record<string, HostInfo> = Object.fromEntries(
  FUNDER_SITES.flatMap((s) =>
    s.hosts.map((h) => [
      h.replace(/^www\./, ''),
      { funder: s.funder, programme: s.programme, programmeArea: s.programmeArea, zone: s.zone },
    ]),
  ),
);

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
