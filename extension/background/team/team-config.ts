import { z } from 'zod';
import { isTeamId } from '../../../core/team/invite.ts';

/**
 * The team this browser is joined to (options page: server address + invite link). Stored whole in
 * chrome.storage.local under `team`; read through normaliseTeamConfig, so a damaged record means "no team", never a
 * crash. The token is the team's secret: it stays in the extension's own storage and is sent only to `server`.
 */
export interface TeamConfig {
  /** Where the Fundwatch server serves the app and /sync (an origin, or origin + path behind a proxy). */
  server: string;
  team: string;
  token: string;
  /** The team's display name from the invite (text, never markup). */
  name: string;
  /** The name this person's decisions are logged under. */
  who: string;
  joinedAt: string;
  /** Set once the extension's own watchlist and profile have been brought into the team document. */
  merged: boolean;
}

/**
 * The server may be plain http only on this computer (127.0.0.1, localhost): anything else carries the team's token
 * and its watchlist over the network and must be https (TLS at the organisation's reverse proxy).
 */
export function checkServerAddress(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new Error(`Ogiltig serveradress / invalid server address: ${raw.slice(0, 200)}`);
  }
  const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) {
    throw new Error('Serveradressen måste börja med https:// (http bara för 127.0.0.1) / the server must use https');
  }
  if (u.username || u.password || u.search) throw new Error('Serveradressen ska vara en ren adress / a plain address');
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

const ConfigSchema = z.object({
  server: z.string().transform((s, ctx) => {
    try {
      return checkServerAddress(s);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'bad server' });
      return z.NEVER;
    }
  }),
  team: z.string().refine(isTeamId),
  token: z.string().refine(isTeamId),
  name: z.string().max(120).catch(''),
  who: z.string().max(200).catch(''),
  joinedAt: z.string().catch(''),
  merged: z.boolean().catch(false),
});

export function normaliseTeamConfig(raw: unknown): TeamConfig | undefined {
  const parsed = ConfigSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** What the options page may show: everything but the token. */
export type TeamStatusView = Omit<TeamConfig, 'token'> & { connected: boolean; synced: boolean; pending: boolean };
