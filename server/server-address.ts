import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * DATA/server.json: the address the server last listened on (and its public origin, if set). `fundwatch team
 * create --data DIR` reads it, so the invite it prints opens the running app, also with `--port 0` or
 * `--public-origin`, instead of a default port nobody listens on.
 */
export interface ServerAddress {
  /** Where users open the app: the public origin, else the address it listens on. */
  appOrigin: string;
  pid: number;
  startedAt: string;
}

const FILE = 'server.json';

export function writeServerAddress(dataDir: string, address: ServerAddress): void {
  const path = join(dataDir, FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(address, null, 2)}\n`);
  renameSync(tmp, path);
}

/** The last recorded address, or undefined when none is readable (no server started on this folder yet). */
export function readServerAddress(dataDir: string): ServerAddress | undefined {
  try {
    const raw = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as Partial<ServerAddress>;
    if (typeof raw.appOrigin !== 'string' || !/^https?:\/\//.test(raw.appOrigin)) return undefined;
    return {
      appOrigin: raw.appOrigin,
      pid: typeof raw.pid === 'number' ? raw.pid : 0,
      startedAt: typeof raw.startedAt === 'string' ? raw.startedAt : '',
    };
  } catch {
    return undefined;
  }
}
