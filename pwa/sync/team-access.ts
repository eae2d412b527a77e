import { askTeamAccess, type TeamAccess } from '../../core/team/team-access.ts';

export type { TeamAccess };

/**
 * Whether the team's server accepts this team id and token (core/team/team-access.ts); no answer in 5 s counts as
 * unknown. No sync code here: joining asks it too.
 */
export function teamAccess(appOrigin: string, team: string, token: string): Promise<TeamAccess> {
  return askTeamAccess(
    (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(5000) }),
    appOrigin,
    team,
    token,
  );
}
