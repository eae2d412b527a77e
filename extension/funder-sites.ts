import { matchPatterns } from '../core/funders/site.ts';
import { FUNDER_SITES } from '../core/funders/sites.ts';

/**
 * The funders' own sites, where content scripts mark calls: made from core/funders/<id>/site.json (https
 * only, with and without www where the funder serves both). Nothing else: user-added sites are optional
 * permissions requested one at a time.
 */
export const FUNDER_MATCHES: string[] = FUNDER_SITES.flatMap(matchPatterns);

/** The bare host names of FUNDER_MATCHES (for tests that point them at a local server). */
export function funderHosts(): string[] {
  return [...new Set(FUNDER_MATCHES.map((m) => m.split('/')[2]))];
}
