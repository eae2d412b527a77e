import { resolve } from 'node:path';
import { InputError } from '../core/model/errors.ts';

/** Everything one server process is started with; flags map 1:1 (see `fundwatch serve --help`). */
export interface ServerConfig {
  host: string;
  /** 0 picks a free port; the actual one is printed. */
  port: number;
  /** Absolute path of the data folder (calls, teams, sync documents, keys). */
  dataDir: string;
  offline: boolean;
  /** Milliseconds between scheduled fetches; 0 = fetch only at start. */
  fetchEveryMs: number;
  /** Fetch at start (default true). */
  fetchAtStart: boolean;
  /** Limit the fetch to these sources (default: all). */
  sources?: string[];
  /** POST /api/teams from the app (a kommun's IT may switch it off: --no-open-teams). */
  openTeams: boolean;
  /** The app's public origin, used in invite and unsubscribe links (default: http://host:port). */
  publicOrigin?: string;
  /** Serve dist/pwa, rebuilding it when the sources are newer (default true). */
  serveApp: boolean;
  /** Serve the app's build from this folder instead (made elsewhere: served as it is, never rebuilt here). */
  appDir?: string;
  limits: SyncLimits;
  /** Trust X-Forwarded-For / -Proto / -Host from the reverse proxy in front. */
  trustProxy: boolean;
  /** SMTP relay (smtp://…) and sender; else from the environment or DATA/config.json; none = no e-mail. */
  smtp?: string;
  mailFrom?: string;
  /** VAPID contact (mailto: or https:) the push services may use to reach the operator. */
  pushContact?: string;
  /** When the weekly digest goes out (day 0–6, Sunday 0; hour in the server's zone). */
  digest: { weekday: number; hour: number; timeZone: string };
}

export interface SyncLimits {
  maxMessageBytes: number;
  /** A team document's size (its stored state plus the updates since loaded) no client update may take it over. */
  maxDocBytes: number;
  maxConnsPerIp: number;
  maxConnsPerTeam: number;
  maxConnsTotal: number;
}

export const DEFAULT_LIMITS: SyncLimits = {
  maxMessageBytes: 4 * 1024 * 1024,
  maxDocBytes: 64 * 1024 * 1024,
  maxConnsPerIp: 100,
  maxConnsPerTeam: 100,
  maxConnsTotal: 2000,
};

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "6h", "30m", "90s", "1d", "500ms"; "0" or "off" disables. */
export function parseDuration(text: string, field: string): number {
  const t = text.trim().toLowerCase();
  if (t === '0' || t === 'off') return 0;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(t);
  if (!m) throw new InputError(`expected a duration like 6h, 30m or 90s (got "${text}")`, {}, field);
  return Math.round(Number(m[1]) * UNITS[m[2]]);
}

export function parsePort(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new InputError(`expected a port 0–65535 (got "${text}")`, {}, 'port');
  return n;
}

export function parsePositiveInt(text: string, field: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1) throw new InputError(`expected a positive whole number (got "${text}")`, {}, field);
  return n;
}

export function defaultConfig(cwd: string): ServerConfig {
  return {
    host: '127.0.0.1',
    port: 4173,
    dataDir: resolve(cwd, 'data'),
    offline: false,
    fetchEveryMs: 6 * 3_600_000,
    fetchAtStart: true,
    openTeams: true,
    serveApp: true,
    limits: { ...DEFAULT_LIMITS },
    trustProxy: false,
    digest: { weekday: 1, hour: 7, timeZone: 'Europe/Stockholm' },
  };
}
