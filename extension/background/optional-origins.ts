import { FUNDER_API_ORIGINS } from '../api-origins.ts';
import type { Settings } from '../messages.ts';
import { originPattern } from '../shared/normalise-origin.ts';
import { readSettings } from './settings.ts';
import { readTeamConfig } from './team/active-doc.ts';
import type { TeamConfig } from './team/team-config.ts';

/**
 * The optional host permissions (origin patterns) a feature still needs: every site the user added, the calls feed's
 * origin, the joined team's server, and the funders' data APIs (those belong to their checkbox in the options, which
 * alone gives them back). Each feature is asked from its stored state, so one origin used by two stays while either
 * needs it.
 */
export function originsInUse(
  settings: Pick<Settings, 'addedSites' | 'feedUrl'>,
  team: Pick<TeamConfig, 'server'> | undefined,
): Set<string> {
  const needed = [
    ...settings.addedSites.map(originPattern),
    originPattern(settings.feedUrl),
    team && originPattern(team.server),
    ...FUNDER_API_ORIGINS,
  ];
  return new Set(needed.filter((p): p is string => p !== undefined));
}

/**
 * Gives back the host permission of origins a feature stopped using (a site removed, a team left or another server
 * joined, another feed set) unless another feature still needs them. Call it after the change is stored. Resolves to
 * the patterns given back.
 */
export async function releaseOrigins(patterns: readonly (string | undefined)[]): Promise<string[]> {
  const [settings, team] = await Promise.all([readSettings(), readTeamConfig()]);
  const used = originsInUse(settings, team);
  const free = [...new Set(patterns)].filter((p): p is string => p !== undefined && !used.has(p));
  // One at a time: Chrome refuses a whole request when one origin in it is a required (manifest) permission.
  for (const origin of free) await chrome.permissions.remove({ origins: [origin] }).catch(() => false);
  return free;
}
