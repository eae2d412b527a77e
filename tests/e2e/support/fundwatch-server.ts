import { type ChildProcess, type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** How the tests run `fundwatch`: node with tsx on the CLI's sources, from the repository root. */
const CLI = ['--import', 'tsx', 'cli/main.ts'];

/** `fundwatch <args>` run to its end: exit code (status), stdout and stderr. */
export function runFundwatch(args: string[], timeoutMs?: number): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs });
}

/** `fundwatch serve` arguments for a server that fetches nothing: no network, no fetch at start, none on a schedule. */
export const NO_FETCH = ['--offline', '--no-fetch-at-start', '--fetch-every', 'off'];

/** What `fundwatch team create` prints. */
export interface CreatedTeam {
  team: string;
  token: string;
  invite: string;
  name: string;
  sync: string;
}

/** `fundwatch team create` as an IT admin runs it on a server's data folder; throws with its stderr if it fails. */
export function createTeam(dataDir: string, name?: string, origin?: string): CreatedTeam {
  const r = runFundwatch([
    ...['team', 'create', '--data', dataDir],
    ...(name === undefined ? [] : ['--name', name]),
    ...(origin === undefined ? [] : ['--origin', origin]),
  ]);
  if (r.status !== 0) throw new Error(`fundwatch team create exited with ${r.status}:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

export interface FundwatchServer {
  url: string;
  port: number;
  dataDir: string;
  /** Everything the process wrote to stdout and stderr so far. */
  log(): string;
  proc: ChildProcess;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL (kill -9): no shutdown code runs. */
  kill9(): Promise<void>;
}

export interface StartOptions {
  /** Data folder (default: a fresh temp folder). */
  dataDir?: string;
  args?: string[];
  env?: Record<string, string>;
  /** Fixed port, e.g. to restart on the same address; default 0 (free port). */
  port?: number;
}

/** A real `fundwatch serve` process on 127.0.0.1 and a free port, as `npm start` runs it. */
export async function startFundwatch(opts: StartOptions = {}): Promise<FundwatchServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'fundwatch-e2e-'));
  const proc = spawn(
    process.execPath,
    [...CLI, 'serve', '--host', '127.0.0.1', '--port', String(opts.port ?? 0), '--data', dataDir, ...(opts.args ?? [])],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production', ...opts.env } },
  );
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`fundwatch serve did not start in 90 s:\n${out}`));
    }, 90_000);
    const check = () => {
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout?.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fundwatch serve exited (${code}) before listening:\n${out}`));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(signal);
    await exited;
  };
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    log: () => out,
    proc,
    stop: () => end('SIGTERM'),
    kill9: () => end('SIGKILL'),
  };
}
