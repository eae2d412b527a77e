import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildInvite } from '../core/team/invite.ts';
import { clientIp, HttpError, readJson, requestOrigin, sendJson } from './http-util.ts';
import type { Logger } from './log.ts';
import type { TeamRegistry } from './teams.ts';

export interface TeamsApiOptions {
  teams: TeamRegistry;
  openTeams: boolean;
  trustProxy: boolean;
  /** Origin for invite links when set (the public address behind a proxy). */
  publicOrigin?: string;
  log: Logger;
}

/** The public origin links should use: the configured one, else the one the request came to. */
export function appOrigin(req: IncomingMessage, opts: { publicOrigin?: string; trustProxy: boolean }): string {
  return opts.publicOrigin ?? requestOrigin(req, opts.trustProxy);
}

/**
 * Only the app itself may create teams: a browser sends Origin on POST, and it must be ours. Requests without
 * Origin (curl, scripts on the server) are allowed; the JSON content type forces a CORS preflight elsewhere.
 */
export function assertSameOrigin(req: IncomingMessage, opts: { publicOrigin?: string; trustProxy: boolean }) {
  const origin = req.headers.origin;
  if (!origin) return;
  const ours = new Set([requestOrigin(req, opts.trustProxy), ...(opts.publicOrigin ? [opts.publicOrigin] : [])]);
  if (!ours.has(origin)) throw new HttpError(403, 'cross-origin', 'teams can only be created from the app itself');
}

/** The team token from `Authorization: Bearer <token>`, checked against the registry (401/404). */
export function authoriseTeam(req: IncomingMessage, teams: TeamRegistry, team: string): void {
  const auth = req.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
  const check = teams.check(team, token);
  if (check === 'unknown-team') throw new HttpError(404, 'unknown-team', 'unknown team');
  if (check === 'bad-token') throw new HttpError(401, 'bad-token', 'wrong or missing team token');
}

/**
 * Any origin may read this answer (CORS): the browser extension asks from its own origin before it joins, and may
 * not yet hold a permission for the server. It tells nothing a token's holder cannot already learn by opening the
 * team's WebSocket, which no browser restricts by origin; every other route stays same-origin.
 */
const TEAM_INFO_CORS = { 'access-control-allow-origin': '*' };

/**
 * GET /api/teams/<team> (team token) → {team, name}. A browser cannot read why a WebSocket upgrade was refused, so
 * the app and the extension ask here before joining: a mistyped or cut invite is told (401 bad-token, 404
 * unknown-team) instead of the device showing "connecting" for ever.
 */
export function teamInfo(req: IncomingMessage, res: ServerResponse, teams: TeamRegistry, team: string): void {
  for (const [name, value] of Object.entries(TEAM_INFO_CORS)) res.setHeader(name, value);
  authoriseTeam(req, teams, team);
  sendJson(res, 200, { team, name: teams.get(team)?.name ?? '' });
}

/** The preflight of that GET from another origin: the Authorization header is the one it needs allowed. */
export function teamInfoPreflight(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(204, {
    ...TEAM_INFO_CORS,
    'access-control-allow-methods': 'GET',
    'access-control-allow-headers': 'authorization',
    'access-control-max-age': '600',
  });
  res.end();
}

/** Teams one client address may create per hour: enough for people, not for filling the disk. */
export const TEAMS_PER_HOUR = 20;
const created = new Map<string, number[]>();

function rateLimit(ip: string, now = Date.now()): void {
  const recent = (created.get(ip) ?? []).filter((t) => now - t < 3_600_000);
  if (recent.length >= TEAMS_PER_HOUR)
    throw new HttpError(429, 'too-many-teams', 'too many new teams from this address; try later');
  recent.push(now);
  created.set(ip, recent);
  if (created.size > 10_000) created.clear();
}

/** POST /api/teams {name} → {team, token, invite}. */
export async function createTeam(req: IncomingMessage, res: ServerResponse, opts: TeamsApiOptions): Promise<void> {
  if (!opts.openTeams)
    throw new HttpError(403, 'teams-closed', 'team creation from the app is switched off on this server');
  assertSameOrigin(req, opts);
  const ip = clientIp(req, opts.trustProxy);
  try {
    rateLimit(ip);
  } catch (error) {
    opts.log('teams', 'refused 429: team creation rate', { ip });
    throw error;
  }
  const body = await readJson(req);
  // No body, or {} names the team by default; a list, a number or a string is not {name} and creates nothing.
  if (body !== null && (typeof body !== 'object' || Array.isArray(body)))
    throw new HttpError(400, 'bad-input', 'expected a JSON object {"name": …}');
  const created = await opts.teams.create((body as { name?: unknown } | null)?.name);
  const invite = buildInvite({ appOrigin: appOrigin(req, opts), ...created });
  opts.log('teams', 'team created from the app', { team: created.team });
  sendJson(res, 201, { team: created.team, token: created.token, name: created.name, invite });
}
