import { FUNDER_SITES } from '../../../core/funders/sites.ts';
import type { Site } from './site.ts';

/**
 * Page hints per funder, made from core/funders/<id>/site.json (one id per funder everywhere). Sites without
 * hints (euro-access.eu, user-added sites) are read by the general detector alone, as every page also is.
 */
export const SITES: readonly Site[] = FUNDER_SITES.map((s) => ({
  id: s.id,
  hosts: s.hosts,
  pathPrefix: s.pathPrefix,
  list: s.pageHints?.list,
  detail: s.pageHints?.detail && {
    root: s.pageHints.detail.root,
    title: s.pageHints.detail.title,
    path: s.pageHints.detail.path ? new RegExp(s.pageHints.detail.path) : undefined,
  },
}));

export function siteFor(host: string, path: string): Site | undefined {
  return SITES.find((s) => s.hosts.includes(host) && (!s.pathPrefix || path.startsWith(s.pathPrefix)));
}
