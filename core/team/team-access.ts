/**
 * Whether a team's server accepts a team id and token, asked over HTTP: GET <server>/api/teams/<team> with
 * `Authorization: Bearer <token>`. A browser cannot read why a WebSocket upgrade was refused, so without this a
 * mistyped, cut or stale invite shows "connecting" for ever. Only the server's own typed refusals count; offline,
 * no answer within the timeout, or a server without this endpoint is 'unknown' (the device joins or keeps trying as
 * before). The app and the extension both ask through this; each brings its own fetch (core does no I/O).
 */
export type TeamAccess = 'ok' | 'bad-token' | 'unknown-team' | 'unknown';

/** The server's refusals: the device needs a new invite link. */
export type TeamRefusal = Extract<TeamAccess, 'bad-token' | 'unknown-team'>;

export function isTeamRefusal(access: unknown): access is TeamRefusal {
  return access === 'bad-token' || access === 'unknown-team';
}

/** The least of a fetch this needs: the status and the JSON body. */
export type TeamAccessGet = (
  url: string,
  init: { headers: Record<string, string>; cache: 'no-store' },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** How long a join or a reconnect waits for the answer before it goes on as if there were none. */
export const TEAM_ACCESS_TIMEOUT_MS = 5000;

/** The platform's timer (browsers, workers and Node all have one; core's lib has neither DOM nor Node types). */
const timers = globalThis as unknown as {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
};

async function ask(get: TeamAccessGet, server: string, team: string, token: string): Promise<TeamAccess> {
  try {
    const res = await get(`${server.replace(/\/+$/, '')}/api/teams/${encodeURIComponent(team)}`, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    if (res.ok) return 'ok';
    if (res.status !== 401 && res.status !== 404) return 'unknown';
    const error = ((await res.json()) as { error?: unknown } | null)?.error;
    return isTeamRefusal(error) ? error : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The server's answer, or 'unknown' when it has not come (status and body) within `timeoutMs`. */
export async function askTeamAccess(
  get: TeamAccessGet,
  server: string,
  team: string,
  token: string,
  timeoutMs = TEAM_ACCESS_TIMEOUT_MS,
): Promise<TeamAccess> {
  let timer: unknown;
  const late = new Promise<TeamAccess>((resolve) => {
    timer = timers.setTimeout(() => resolve('unknown'), timeoutMs);
  });
  try {
    return await Promise.race([ask(get, server, team, token), late]);
  } finally {
    timers.clearTimeout(timer);
  }
}
