import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InputError } from '../core/model/errors.ts';
import { handleCalls } from './api-calls.ts';
import { createTeam } from './api-teams.ts';
import { APP_DIR, appBuildStale, buildApp } from './app-build.ts';
import { CallsStore, type FetchOutcome } from './calls.ts';
import type { ServerConfig } from './config.ts';
import { HttpError, sendError, sendJson } from './http-util.ts';
import { createLogger, type Logger } from './log.ts';
import { schedule } from './scheduler.ts';
import { appHandler } from './static.ts';
import { attachSync } from './sync.ts';
import { SyncStore } from './sync-store.ts';
import { TeamRegistry } from './teams.ts';

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  calls: CallsStore;
  teams: TeamRegistry;
  store: SyncStore;
  /** Runs a fetch now (as the schedule would) and resolves when it is stored. */
  fetchNow(): Promise<FetchOutcome>;
  close(): Promise<void>;
}

export class PortInUseError extends Error {}

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
  if (config.serveApp) {
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
    onFetched: deps.onFetched,
  });

  let sync: ReturnType<typeof attachSync> | undefined;
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
        }),
    },
    { method: 'GET', path: /^\/api\/calls$/, handler: (req, res) => handleCalls(calls, req, res) },
    {
      method: 'POST',
      path: /^\/api\/teams$/,
      handler: (req, res) => createTeam(req, res, { teams, log, ...config }),
    },
    ...(deps.extraRoutes ?? []),
  ];
  const app = config.serveApp ? appHandler(APP_DIR) : undefined;

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
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(`port ${config.port} on ${config.host} is already in use`)
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
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${hostForUrl}:${port}/`;

  const fetchTask = () => calls.refresh();
  const scheduler = schedule(fetchTask, config.fetchEveryMs, config.fetchAtStart);

  return {
    url,
    port,
    server,
    calls,
    teams,
    store,
    fetchNow: () => calls.refresh(),
    async close() {
      scheduler.stop();
      sync?.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await scheduler.idle();
      await store.close();
    },
  };
}
