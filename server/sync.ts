import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import * as wsUtils from '@y/websocket-server/utils';
import * as decoding from 'lib0/decoding';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { isTeamId } from '../core/team/invite.ts';
import type { SyncLimits } from './config.ts';
import { clientIp } from './http-util.ts';
import { ConnectionLimits, throttledLog } from './limits.ts';
import type { Logger } from './log.ts';
import type { SyncStore } from './sync-store.ts';
import type { TeamRegistry } from './teams.ts';

/** y-websocket message types (y-protocols): the only ones a client may send. */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;
/** Messages a client may have waiting (being written) before it counts as flooding. */
const MAX_QUEUED = 256;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * What @y/websocket-server's setupWSConnection sees instead of the socket: the same surface (send, close, ping,
 * readyState, message/close/pong events), with messages passed on only after they were checked and, for
 * document updates, written to disk. So every update any client could have seen survives a kill -9.
 */
class CheckedConnection extends EventEmitter {
  binaryType = 'arraybuffer';
  constructor(private readonly ws: WebSocket) {
    super();
    ws.on('close', () => this.emit('close'));
    ws.on('pong', () => this.emit('pong'));
  }
  get readyState() {
    return this.ws.readyState;
  }
  send(m: Uint8Array, opts: object, cb?: (err?: Error) => void) {
    this.ws.send(m, opts, cb);
  }
  close(code?: number, reason?: string) {
    this.ws.close(code, reason);
  }
  ping() {
    this.ws.ping();
  }
}

type Checked = { ok: true; update?: Uint8Array } | { ok: false; reason: string };

/** Reads the envelope of one client message; a document update is also test-applied to a scratch document. */
export function checkMessage(data: Uint8Array): Checked {
  try {
    const d = decoding.createDecoder(data);
    const type = decoding.readVarUint(d);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(d);
      if (step === SYNC_STEP1) {
        // The server answers with the diff against this state vector: a bad one would throw there.
        Y.decodeStateVector(decoding.readVarUint8Array(d));
        return { ok: true };
      }
      if (step === SYNC_STEP2 || step === SYNC_UPDATE) {
        const update = decoding.readVarUint8Array(d);
        // A stored update that cannot be applied would make the team's document unloadable: refuse it here.
        const scratch = new Y.Doc({ gc: false });
        try {
          Y.applyUpdate(scratch, update);
        } finally {
          scratch.destroy();
        }
        return { ok: true, update };
      }
      return { ok: false, reason: `unknown sync step ${step}` };
    }
    if (type === MESSAGE_AWARENESS) {
      checkAwarenessUpdate(decoding.readVarUint8Array(d));
      return { ok: true };
    }
    if (type === MESSAGE_QUERY_AWARENESS) return { ok: true };
    return { ok: false, reason: `unknown message type ${type}` };
  } catch (error) {
    return { ok: false, reason: `malformed message (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Reads an awareness update as y-protocols' applyAwarenessUpdate will (client id, clock, JSON state per entry), so
 * a malformed one is refused here instead of throwing inside @y/websocket-server, which would only print a stack
 * trace and keep the sender connected.
 */
function checkAwarenessUpdate(update: Uint8Array): void {
  const d = decoding.createDecoder(update);
  const count = decoding.readVarUint(d);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(d);
    decoding.readVarUint(d);
    JSON.parse(decoding.readVarString(d));
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export interface SyncOptions {
  teams: TeamRegistry;
  store: SyncStore;
  limits: SyncLimits;
  log: Logger;
  trustProxy: boolean;
}

/**
 * `ws://HOST:PORT/sync/<team>?token=<secret>`: the standard y-websocket protocol (@y/websocket-server), with
 * the team's token checked before the upgrade (401/404), connection ceilings per address, team and server
 * (429/503), a maximum message size, and every refusal logged without the token.
 */
export function attachSync(server: Server, opts: SyncOptions): { connections(): number; close(): void } {
  const { teams, store, log } = opts;
  const limits = new ConnectionLimits(opts.limits);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.limits.maxMessageBytes,
    perMessageDeflate: false,
  });
  const logRefusal = throttledLog(20);

  const refuse = (socket: Duplex, status: number, reason: string, ip: string, team?: string) => {
    logRefusal(ip, (suppressed) =>
      suppressed
        ? log('sync', 'refusals suppressed', { ip, count: suppressed })
        : log('sync', `refused ${status}: ${reason}`, { ip, team }),
    );
    if (socket.writable) {
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
      );
    }
    socket.destroy();
  };

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => {});
    const ip = clientIp(req, opts.trustProxy);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = /^\/sync\/([^/]+)\/?$/.exec(url.pathname);
    if (!m) return refuse(socket, 404, 'not a sync address (expected /sync/<team>)', ip);
    let team: string;
    try {
      team = decodeURIComponent(m[1]);
    } catch {
      return refuse(socket, 400, 'malformed team id', ip);
    }
    if (!isTeamId(team)) return refuse(socket, 404, 'unknown team', ip);
    let check: ReturnType<TeamRegistry['check']>;
    try {
      check = teams.check(team, url.searchParams.get('token'));
    } catch (error) {
      log('sync', 'team registry unreadable', { error: error instanceof Error ? error.message : String(error) });
      return refuse(socket, 500, 'team registry unreadable', ip, team);
    }
    if (check === 'unknown-team') return refuse(socket, 404, 'unknown team', ip, team);
    if (check === 'bad-token') return refuse(socket, 401, 'wrong or missing token', ip, team);
    const over = limits.check(ip, team);
    if (over) return refuse(socket, over.status, over.reason, ip, team);
    const release = limits.opened(ip, team);
    socket.once('close', release);
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', release);
      connect(ws, req, team, ip);
    });
  });

  const connect = (ws: WebSocket, req: IncomingMessage, team: string, ip: string) => {
    const conn = new CheckedConnection(ws);
    store.clientOrigins.add(conn);
    let queued = 0;
    let failed = false;
    const fail = (code: number, reason: string) => {
      if (failed) return;
      failed = true;
      log('sync', `closed connection: ${reason}`, { ip, team, code });
      ws.close(code, reason.slice(0, 120));
      // A client that ignores the close handshake is dropped.
      setTimeout(() => ws.terminate(), 2000).unref();
    };
    ws.on('error', (error) => fail(1009, `socket error (${error.message})`));
    // Messages wait in order until the document is loaded and each update is on disk.
    let chain: Promise<void> = store.doc(team).then(
      () => {
        if (ws.readyState !== WebSocket.OPEN) return;
        wsUtils.setupWSConnection(conn as unknown as WebSocket, req, { docName: team });
      },
      (error: unknown) => fail(1011, `could not load the team document (${String(error)})`),
    );
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (failed) return;
      if (!isBinary) return fail(1003, 'text message (y-websocket speaks binary)');
      if (++queued > MAX_QUEUED) return fail(1008, 'too many messages waiting');
      const bytes = toBytes(data);
      chain = chain.then(async () => {
        queued--;
        if (failed || ws.readyState !== WebSocket.OPEN) return;
        const checked = checkMessage(bytes);
        if (!checked.ok) return fail(1007, checked.reason);
        if (checked.update && !store.admit(team, checked.update.byteLength, opts.limits.maxDocBytes))
          return fail(1009, `team document would grow over --max-doc-bytes ${opts.limits.maxDocBytes}: update refused`);
        if (checked.update && !(await store.storeClientUpdate(team, checked.update)))
          return fail(1011, 'could not store the update');
        conn.emit('message', bytes);
      });
    });
  };

  return {
    connections: () => limits.counts().total,
    close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
