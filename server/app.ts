import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InputError } from '../core/model/errors.ts';
import { handleCalls } from './api-calls.ts';
import { FirstView } from './api-first-view.ts';
import { addPush, type MembersApiOptions, removePush, sendDigestNow, subscribe, unsubscribe } from './api-members.ts';
import { createTeam, teamInfo, teamInfoPreflight } from './api-teams.ts';
import { APP_DIR, appBuildStale, buildApp } from './app-build.ts';
import { CallsStore, type FetchOutcome } from './calls.ts';
import type { ServerConfig } from './config.ts';
import { DigestService } from './digest-service.ts';
import { HttpError, sendError, sendJson } from './http-util.ts';
import { createLogger, type Logger } from './log.ts';
import { readMailSettings } from './mail-config.ts';
import { loadVapidKeys, PushSender } from './push.ts';
import { schedule } from './scheduler.ts';
import { writeServerAddress } from './server-address.ts';
import { appHandler } from './static.ts';
import { attachSync } from './sync.ts';
import { loadedTeams, SyncStore } from './sync-store.ts';
import { loadTeamCore, type TeamCore } from './team-core.ts';
import { TeamRegistry } from './teams.ts';

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  calls: CallsStore;
  teams: TeamRegistry;
  store: SyncStore;
  digests: DigestService;
  /** Runs a fetch now (as the schedule would) and resolves when it is stored. */
  fetchNow(): Promise<FetchOutcome>;
  close(): Promise<void>;
}

export class PortInUseError extends Error {}
/** --host or --port that cannot be listened on (unknown name, an address not on this machine, no permission). */
export class ListenError extends Error {}

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void> | void;
interface Route {
  method: string;
  path: RegExp;
  handler: Handler;
}

/**
 * One process: the app (static build), the call feed (/api/calls, fetched on a schedule), teams and their
 * y-websocket sync (/sync/<team>), and the weekly digest by mail and push.
 */
export async function startServer(
  config: ServerConfig,
  deps: { log?: Logger; extraRoutes?: Route[]; onFetched?: (o: FetchOutcome) => Promise<void> } = {},
): Promise<RunningServer> {
  const log = deps.log ?? createLogger();
  if (config.serveApp && !config.appDir) {
    const stale = appBuildStale();
    if (stale) {
      log('app', `${stale}: building the app (vite build --mode pwa)…`);
      buildApp();
    }
  }
  const teams = new TeamRegistry(config.dataDir);
  teams.ids(); // a broken teams.json is reported at start, not on the first sync
  const store = new SyncStore(config.dataDir);
  const calls = new CallsStore({
    dataDir: config.dataDir,
    offline: config.offline,
    sources: config.sources,
    log,
    onFetched: async (outcome) => {
      await followFeed(outcome);
      await deps.onFetched?.(outcome);
    },
  });
  const mail = readMailSettings(config.dataDir, { smtp: config.smtp, mailFrom: config.mailFrom });
  const push = new PushSender(
    loadVapidKeys(config.dataDir),
    config.pushContact ?? (mail ? `mailto:${mail.from.replace(/^.*<([^>]+)>.*$/, '$1')}` : 'mailto:fundwatch@invalid'),
  );
  let core: TeamCore | undefined;
  let digests: DigestService | undefined;
  const members = (): MembersApiOptions => ({ teams, digests: digests!, push, log, ...config });

  /** Watched calls follow the feed: after each fetch, every team document takes the new deadlines and budgets. */
  async function followFeed(outcome: FetchOutcome): Promise<void> {
    if (!core) return;
    const okSources = Object.entries(outcome.snapshot.sources)
      .filter(([, s]) => s.ok)
      .map(([id]) => id);
    const now = new Date();
    for (const team of teams.ids()) {
      // One team's unreadable document must not keep the others on old deadlines.
      try {
        let updated = 0;
        await store.change(team, (doc) => {
          updated = core?.applyFeedToTeam(doc, outcome.snapshot.calls, now, okSources).updated.length ?? 0;
        });
        if (updated) log('feed', 'watched calls updated from the feed', { team, updated });
      } catch (error) {
        log('feed', 'could not update a team from the feed', {
          team,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }

  let sync: ReturnType<typeof attachSync> | undefined;
  const firstView = new FirstView(calls);
  const routes: Route[] = [
    {
      method: 'GET',
      path: /^\/healthz$/,
      handler: (_req, res) =>
        sendJson(res, 200, {
          ok: true,
          calls: calls.current().calls.length,
          fetchedAt: calls.current().generatedAt,
          syncConnections: sync?.connections() ?? 0,
          teamsLoaded: loadedTeams(),
          heapUsedBytes: process.memoryUsage().heapUsed,
          rssBytes: process.memoryUsage().rss,
        }),
    },
    { method: 'GET', path: /^\/api\/calls$/, handler: (req, res) => handleCalls(calls, req, res) },
    { method: 'GET', path: /^\/api\/first-view$/, handler: (req, res) => firstView.handle(req, res) },
    {
      method: 'POST',
      path: /^\/api\/teams$/,
      handler: (req, res) => createTeam(req, res, { teams, log, ...config }),
    },
    {
      method: 'GET',
      path: /^\/api\/teams\/([^/]+)$/,
      handler: (req, res, [t]) => teamInfo(req, res, teams, t),
    },
    { method: 'OPTIONS', path: /^\/api\/teams\/([^/]+)$/, handler: teamInfoPreflight },
    {
      method: 'GET',
      path: /^\/api\/push\/public-key$/,
      handler: (_req, res) => sendJson(res, 200, { publicKey: push.publicKey }),
    },
    {
      method: 'POST',
      path: /^\/api\/teams\/([^/]+)\/subscribers$/,
      handler: (req, res, [t]) => subscribe(req, res, t, members()),
    },
    { method: 'GET', path: /^\/api\/unsubscribe$/, handler: (req, res) => unsubscribe(req, res, members()) },
    { method: 'POST', path: /^\/api\/unsubscribe$/, handler: (req, res) => unsubscribe(req, res, members()) },
    {
      method: 'POST',
      path: /^\/api\/teams\/([^/]+)\/push-subscriptions$/,
      handler: (req, res, [t]) => addPush(req, res, t, members()),
    },
    {
      method: 'DELETE',
      path: /^\/api\/teams\/([^/]+)\/push-subscriptions$/,
      handler: (req, res, [t]) => removePush(req, res, t, members()),
    },
    {
      method: 'POST',
      path: /^\/api\/teams\/([^/]+)\/digest$/,
      handler: (req, res, [t]) => sendDigestNow(req, res, t, members()),
    },
    ...(deps.extraRoutes ?? []),
  ];
  const app = config.serveApp ? appHandler(config.appDir ?? APP_DIR) : undefined;

  let markReady: () => void = () => {};
  const ready = new Promise<void>((r) => {
    markReady = r;
  });
  const server = createServer(async (req, res) => {
    await ready;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    try {
      const onPath = routes.filter((r) => r.path.test(path));
      const route = onPath.find((r) => r.method === method);
      if (route) return void (await route.handler(req, res, route.path.exec(path)?.slice(1) ?? []));
      if (onPath.length) throw new HttpError(405, 'method-not-allowed', `${req.method} not allowed here`);
      if (path.startsWith('/api/')) throw new HttpError(404, 'not-found', 'no such API');
      if (path === '/sync' || path.startsWith('/sync/'))
        throw new HttpError(426, 'upgrade-required', 'the sync address speaks WebSocket (y-websocket)');
      if (!app || (method !== 'GET' && method !== 'HEAD')) throw new HttpError(404, 'not-found', 'not found');
      app(req, res, () => sendError(res, new HttpError(404, 'not-found', 'not found')));
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return sendError(res, error);
      if (error instanceof InputError) return sendError(res, new HttpError(400, 'bad-input', error.message));
      log('http', 'internal error', { path, error: error instanceof Error ? error.message : String(error) });
      sendError(res, new HttpError(500, 'internal', 'internal error'));
    }
  });
  // A slow or half-open client must not hold a connection slot for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const where = `${config.host} port ${config.port}`;
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(`port ${config.port} on ${config.host} is already in use`)
          : error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN'
            ? new ListenError(`cannot listen on ${where}: no such host name (--host)`)
            : error.code === 'EADDRNOTAVAIL'
              ? new ListenError(`cannot listen on ${where}: this machine has no such address (--host)`)
              : error.code === 'EACCES'
                ? new ListenError(`cannot listen on ${where}: permission denied (ports below 1024 need privileges)`)
                : error,
      );
    };
    server.once('error', onError);
    server.listen(config.port, config.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  try {
    await store.open();
    await calls.open();
    core = await loadTeamCore();
    digests = new DigestService({
      dataDir: config.dataDir,
      teams,
      store,
      calls,
      log,
      mail,
      push,
      core,
      when: config.digest,
    });
    if (!mail) log('digest', 'no SMTP relay set (--smtp, FUNDWATCH_SMTP_URL or DATA/config.json): no e-mail is sent');
    markReady();
  } catch (error) {
    await new Promise((r) => server.close(r));
    throw error;
  }
  sync = attachSync(server, {
    teams,
    store,
    limits: config.limits,
    log,
    trustProxy: config.trustProxy,
  });

  const port = (server.address() as AddressInfo).port;
  // Listening on every address: the link to print is this machine's loopback one.
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '::1' : config.host;
  const hostForUrl = shownHost.includes(':') ? `[${shownHost}]` : shownHost;
  const url = `http://${hostForUrl}:${port}/`;

  const fetchTask = () => calls.refresh();
  const scheduler = schedule(fetchTask, config.fetchEveryMs, config.fetchAtStart);
  const origin = config.publicOrigin ?? url.replace(/\/$/, '');
  try {
    writeServerAddress(config.dataDir, { appOrigin: origin, pid: process.pid, startedAt: new Date().toISOString() });
  } catch (error) {
    log('app', 'could not record the address for `team create`', { error: String(error) });
  }
  const weekly = schedule(() => digests!.runDue(new Date(), origin), 15 * 60_000, true);

  return {
    url,
    port,
    server,
    calls,
    teams,
    store,
    digests: digests!,
    fetchNow: () => calls.refresh(),
    async close() {
      scheduler.stop();
      weekly.stop();
      sync?.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      // A fetch or digest in flight is not waited for: its store write is atomic, and a stop must be prompt.
      await store.close();
    },
  };
}
