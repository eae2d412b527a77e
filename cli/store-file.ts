import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { InputError } from '../core/model/errors.ts';
import { normaliseSnapshot, type Snapshot } from '../core/store/snapshot.ts';

const TEMP_SUFFIX = '.tmp';

function tempPrefix(path: string): string {
  return `.${basename(path)}.`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files a killed writer left beside `path` (`.<name>.<pid>.<time>.tmp`). Without `all`, only those
 * whose process is gone; with `all` (the caller holds the file's lock, so no one else is writing), every one.
 */
export function cleanStaleTemps(path: string, all = false): string[] {
  const dir = dirname(path);
  const prefix = tempPrefix(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!all && (pid === process.pid || (Number.isInteger(pid) && pid > 0 && alive(pid)))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Writes a file so a reader never sees half of it: write a temp file beside it, then rename (atomic on one
 * file system). A crash leaves the old file whole, and the next write removes the crashed run's temp file.
 */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  cleanStaleTemps(path);
  const tmp = join(dirname(path), `${tempPrefix(path)}${process.pid}.${Date.now()}${TEMP_SUFFIX}`);
  try {
    writeFileSync(tmp, text, 'utf8');
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Runs `work` holding the store's lock (`<path>.lock`, proper-lockfile: a directory made atomically, refreshed
 * while held, taken over when a killed run left it stale), so concurrent fetches, the server's schedule and
 * a CLI run read, merge and write one after the other and none loses the other's calls.
 */
export async function withStoreLock<T>(path: string, work: () => Promise<T> | T, shown = path): Promise<T> {
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    mkdirSync(dirname(path), { recursive: true });
    release = await lockStore(path, (error) => {
      compromised = error;
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && USER_PATH_ERRORS.has(code)) throw new InputError(`cannot write here (${code})`, { file: shown });
    throw error;
  }
  try {
    cleanStaleTemps(path, true);
    const result = await work();
    if (compromised) throw compromised;
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}

/** Errors that mean the path the user gave cannot hold the store (their input to fix, exit 2). */
const USER_PATH_ERRORS = new Set(['EISDIR', 'EACCES', 'EPERM', 'ENOTDIR', 'EROFS', 'ENOENT', 'EEXIST']);

function lockStore(path: string, onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
  return lockfile.lock(path, {
    realpath: false,
    stale: 15_000,
    retries: { retries: 600, factor: 1.2, minTimeout: 20, maxTimeout: 250 },
    onCompromised,
  });
}

/**
 * Checks before any fetching that the store can be written where the user said: not a directory, its folder
 * creatable and writable. The path is named as the user gave it.
 */
export function checkStorePath(path: string, shown = path): void {
  try {
    if (existsSync(path) && statSync(path).isDirectory())
      throw new InputError('is a directory, expected a file', { file: shown });
    mkdirSync(dirname(path), { recursive: true });
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write here (${code ?? String(error)})`, { file: shown });
  }
}

/** A path the user named: a directory or an unreadable file is their input to fix, named as they gave it. */
function checkReadable(path: string, shown: string): void {
  const st = statSync(path);
  if (st.isDirectory()) throw new InputError('is a directory, expected a file', { file: shown });
}

/** Reads a snapshot through its one gate; a missing file is "no previous snapshot". */
export function readSnapshotFile(path: string, now: Date = new Date(), shown = path): Snapshot | undefined {
  if (!existsSync(path)) return undefined;
  checkReadable(path, shown);
  let raw: unknown;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: shown });
  }
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, { file: shown });
  }
  return normaliseSnapshot(raw, { file: shown }, now);
}

/** Stable, reviewable JSON: two-space indent and a final newline. */
export function snapshotToJson(s: Snapshot): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

/** Writes a snapshot atomically; a path that cannot be written is an InputError naming the path as given. */
export function writeSnapshotFile(path: string, s: Snapshot, shown = path): void {
  try {
    writeFileAtomic(path, snapshotToJson(s));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && USER_PATH_ERRORS.has(code)) throw new InputError(`cannot write (${code})`, { file: shown });
    throw error;
  }
}
