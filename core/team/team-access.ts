/**
 * Whether a team's server accepts a team id and token, asked over HTTP: GET <server>/api/teams/<team> with
 * `Authorization: Bearer <token>`. A browser cannot read why a WebSocket upgrade was refused, so without this a
 * mistyped, cut or stale invite shows "connecting" for ever. Only the server's own typed refusals count; offline,
 * no answer, or a server without this endpoint is 'unknown' (the device joins or keeps trying as before).
 * The app and the extension both ask through this; each brings its own fetch (core does no I/O).
 */
export type TeamAccess = 'ok' | 'bad-token' | 'unknown-team' | 'unknown';

/** The least of a fetch this needs: the status and the JSON body. */
export type TeamAccessGet = (
  url: string,
  init: { headers: Record<string, string>; cache: 'no-store' },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export async function askTeamAccess(
  get: TeamAccessGet,
  server: string,
  team: string,
  token: string,
): Promise<TeamAccess> {
  try {
    const res = await get(`${server.replace(/\/+$/, '')}/api/teams/${encodeURIComponent(team)}`, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    if (res.ok) return 'ok';
    if (res.status !== 401 && res.status !== 404) return 'unknown';
    const error = ((await res.json()) as { error?: unknown } | null)?.error;
    return error === 'bad-token' || error === 'unknown-team' ? error : 'unknown';
  } catch {
    return 'unknown';
  }
}
