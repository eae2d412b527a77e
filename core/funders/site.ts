import type { Programme, ProgrammeArea } from '../sources/lib/interreg.ts';

/**
 * One funder's own websites as data (core/funders/<id>/site.json, checked by tests/unit/funders): who
 * publishes there, the programme area and zone of its calls, the hosts the extension runs on, the page hints
 * its content script starts from, and the recorded pages that test them. Everything host-shaped in the
 * extension (manifest host permissions and content-script matches, the site list, the host table) is made
 * from these files.
 */
export interface PageHints {
  /** CSS selectors of a listing's items and their titles (hints: the general detector reads every page too). */
  list?: { item: string; title: string };
  /** A call's own page: its content root and title; `path` is a regular expression on the URL path. */
  detail?: { root: string; title: string; path?: string };
}

export interface FunderSite {
  /** The funder's one id, also its source id and its folder name. */
  id: string;
  name: string;
  /** The funder as users know it ("Interreg South Baltic", "Vinnova"). */
  funder: string;
  programme?: string;
  /** Programme area id of core/data/programme-areas.json, when every call of the site belongs to one. */
  programmeArea?: string;
  /** IANA zone for times the funder gives without one. */
  zone: string;
  countries?: string[];
  /** Hosts of the funder's site (with and without www where both answer); https only. */
  hosts: string[];
  /** Only under this path (the EU portal shares ec.europa.eu with the rest of the Commission). */
  pathPrefix?: string;
  pageHints?: PageHints;
  /** Recorded pages of this site under tests/fixtures/pages/ (each with an .expected.json sidecar). */
  pageFixtures: string[];
}

/** An Interreg programme's definition for its parser, from its site file. */
export function programmeOf(site: FunderSite): Programme {
  if (!site.programmeArea) throw new Error(`${site.id}: site.json has no programmeArea`);
  return {
    sourceId: site.id,
    area: site.programmeArea as ProgrammeArea,
    funder: site.funder,
    zone: site.zone,
    countries: site.countries ?? [],
  };
}

/** The https match pattern(s) of a site: its hosts, under its path prefix. */
export function matchPatterns(site: FunderSite): string[] {
  return site.hosts.map((h) => `https://${h}${site.pathPrefix ?? '/'}*`);
}
