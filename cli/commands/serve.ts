import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../core/model/errors.ts';
import { getSource } from '../../core/sources/registry.ts';
import { ListenError, PortInUseError, startServer } from '../../server/app.ts';
import { defaultConfig, parseDuration, parsePort, parsePositiveInt, type ServerConfig } from '../../server/config.ts';
import { StoreLockedError } from '../../server/sync-store.ts';
import { parseFlags } from '../args.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from '../io.ts';

function options(args: string[]) {
  return parseFlags(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
    offline: { type: 'boolean' },
    'fetch-every': { type: 'string' },
    'no-fetch-at-start': { type: 'boolean' },
    sources: { type: 'string' },
    'no-open-teams': { type: 'boolean' },
    'public-origin': { type: 'string' },
    'trust-proxy': { type: 'boolean' },
    'no-app': { type: 'boolean' },
    'app-dir': { type: 'string' },
    'max-message-bytes': { type: 'string' },
    'max-doc-bytes': { type: 'string' },
    'max-conns-per-ip': { type: 'string' },
    'max-conns-per-team': { type: 'string' },
    'max-conns': { type: 'string' },
    smtp: { type: 'string' },
    'mail-from': { type: 'string' },
    'push-contact': { type: 'string' },
    'digest-day': { type: 'string' },
    'digest-hour': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
}

const HELP = `usage: fundwatch serve [options]      (npm start -- [options])

  --port P              port (default 4173; 0 picks a free one and prints it)
  --host H              address to listen on (default 127.0.0.1; 0.0.0.0 behind a proxy)
  --data DIR            data folder: calls, teams, sync documents, keys (default ./data)
  --offline             fetch from the recorded fixtures instead of the funders' sites
  --fetch-every 6h      how often to fetch the funders (e.g. 30m, 6h, 1d; off = only at start)
  --no-fetch-at-start   do not fetch at start (serve the stored calls until the first scheduled fetch)
  --sources a,b         fetch only these sources
  --no-open-teams       the app may not create teams (then: fundwatch team create)
  --public-origin URL   the address users reach the app at (invite and unsubscribe links)
  --trust-proxy         take the client address and origin from X-Forwarded-* (behind a reverse proxy)
  --no-app              serve only the API and sync, not the app
  --app-dir DIR         serve the app's build from DIR (made elsewhere with npm run build:pwa; default dist/pwa,
                        rebuilt at start when the sources are newer)
  --smtp URL            the organisation's SMTP relay for the weekly e-mail (smtp://relay:25, smtps://…:465);
                        also FUNDWATCH_SMTP_URL or DATA/config.json {"smtp":{"url","from"}}; none = no e-mail
  --mail-from ADDR      sender of the weekly e-mail (FUNDWATCH_MAIL_FROM)
  --push-contact URI    VAPID contact for push services (mailto:… or https://…)
  --digest-day 1        weekday of the weekly digest (0 Sunday … 6 Saturday; default 1, Monday)
  --digest-hour 7       hour of the weekly digest, Swedish time (default 7)
  --max-message-bytes N, --max-conns-per-ip N, --max-conns-per-team N, --max-conns N   sync limits
  --max-doc-bytes N     largest a team's document may grow by clients' updates (default 64 MiB)
`;

export function configFromArgs(args: string[], cwd: string): ServerConfig | undefined {
  const v = options(args);
  if (v.help) return undefined;
  const c = defaultConfig(cwd);
  if (v.port !== undefined) c.port = parsePort(v.port);
  if (v.host !== undefined) c.host = v.host;
  if (v.data !== undefined) c.dataDir = resolve(cwd, v.data);
  c.offline = Boolean(v.offline);
  if (v['fetch-every'] !== undefined) c.fetchEveryMs = parseDuration(v['fetch-every'], 'fetch-every');
  if (v['no-fetch-at-start']) c.fetchAtStart = false;
  if (v.sources) {
    c.sources = v.sources
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const id of c.sources) getSource(id);
  }
  if (v['no-open-teams']) c.openTeams = false;
  if (v['public-origin'] !== undefined) {
    try {
      c.publicOrigin = new URL(v['public-origin']).origin;
    } catch {
      throw new InputError('expected an address like https://fundwatch.kommun.se', {}, 'public-origin');
    }
  }
  if (v['trust-proxy']) c.trustProxy = true;
  if (v['no-app']) c.serveApp = false;
  if (v['app-dir'] !== undefined) {
    c.appDir = resolve(cwd, v['app-dir']);
    if (!existsSync(join(c.appDir, 'index.html')))
      throw new InputError(`no index.html in ${c.appDir}: expected the app's build folder`, {}, 'app-dir');
  }
  if (v['max-message-bytes']) c.limits.maxMessageBytes = parsePositiveInt(v['max-message-bytes'], 'max-message-bytes');
  if (v['max-doc-bytes']) c.limits.maxDocBytes = parsePositiveInt(v['max-doc-bytes'], 'max-doc-bytes');
  if (v['max-conns-per-ip']) c.limits.maxConnsPerIp = parsePositiveInt(v['max-conns-per-ip'], 'max-conns-per-ip');
  if (v['max-conns-per-team'])
    c.limits.maxConnsPerTeam = parsePositiveInt(v['max-conns-per-team'], 'max-conns-per-team');
  if (v['max-conns']) c.limits.maxConnsTotal = parsePositiveInt(v['max-conns'], 'max-conns');
  if (v.smtp !== undefined) c.smtp = v.smtp;
  if (v['mail-from'] !== undefined) c.mailFrom = v['mail-from'];
  if (v['push-contact'] !== undefined) {
    if (!/^(mailto:|https:\/\/)/.test(v['push-contact']))
      throw new InputError('expected mailto:… or https://…', {}, 'push-contact');
    c.pushContact = v['push-contact'];
  }
  if (v['digest-day'] !== undefined) {
    const d = Number(v['digest-day']);
    if (!/^[0-6]$/.test(v['digest-day'])) throw new InputError('expected 0 (Sunday) to 6 (Saturday)', {}, 'digest-day');
    c.digest.weekday = d;
  }
  if (v['digest-hour'] !== undefined) {
    if (!/^([01]?\d|2[0-3])$/.test(v['digest-hour'])) throw new InputError('expected an hour 0–23', {}, 'digest-hour');
    c.digest.hour = Number(v['digest-hour']);
  }
  return c;
}

/** `fundwatch serve` (= `npm start`): runs until SIGINT/SIGTERM. */
export const run: Command = async (args: string[], io: CliIo) => {
  const config = configFromArgs(args, io.cwd);
  if (!config) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(config);
  } catch (error) {
    if (error instanceof PortInUseError) {
      io.stderr(`fundwatch serve: ${error.message} (choose another with --port, or --port 0 for a free one)\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof ListenError) {
      io.stderr(`fundwatch serve: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof StoreLockedError) {
      io.stderr(`fundwatch serve: ${error.message}: ${config.dataDir}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  io.stdout(
    `Fundwatch körs på ${running.url}  (Fundwatch is running at ${running.url})\n` +
      `data: ${config.dataDir}${config.offline ? ' · offline (recorded fixtures)' : ''}\n` +
      `team sync: ${running.url.replace(/^http/, 'ws')}sync/<team>?token=<token>  (fundwatch team create --data ${config.dataDir})\n` +
      'Avsluta med Ctrl+C.\n',
  );
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      running.close().then(resolveStop, resolveStop);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stdout('Fundwatch stopped.\n');
  // A funder request still waiting for its timeout must not keep a stopped server's process alive.
  setTimeout(() => process.exit(process.exitCode ?? EXIT_OK), 1000).unref();
  return EXIT_OK;
};
