/**
 * Whether the team's server accepts this team id and token, asked over HTTP (GET /api/teams/<team>). A browser
 * cannot read why a WebSocket upgrade was refused, so without this a mistyped, cut or stale invite shows
 * "Ansluter…" for ever. Only the server's own typed refusals count; offline, no answer in 5 s, or a server
 * without this endpoint is 'unknown' (the device keeps trying as before). No sync code here: joining asks it too.
 */
export type TeamAccess = 'ok' | 'bad-token' | 'unknown-team' | 'unknown';

export async function teamAccess(appOrigin: string, team: string, token: string): Promise<TeamAccess> {
  try {
    const res = await fetch(new URL(`api/teams/${encodeURIComponent(team)}`, `${appOrigin.replace(/\/$/, '')}/`), {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
    if (res.ok) return 'ok';
    if (res.status !== 401 && res.status !== 404) return 'unknown';
    const error = ((await res.json()) as { error?: unknown }).error;
    return error === 'bad-token' || error === 'unknown-team' ? error : 'unknown';
  } catch {
    return 'unknown';
  }
}
