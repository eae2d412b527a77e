import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../core/model/errors.ts';
import { normaliseSnapshot, type Snapshot } from '../core/store/snapshot.ts';

/**
 * Writes a file so a reader never sees half of it: write a temp file beside it, then rename (atomic on one
 * file system). A crash leaves the old file whole.
 */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, text, 'utf8');
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Reads a snapshot through its one gate; a missing file is "no previous snapshot". */
export function readSnapshotFile(path: string, now: Date = new Date()): Snapshot | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  const text = readFileSync(path, 'utf8');
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, { file: path });
  }
  return normaliseSnapshot(raw, { file: path }, now);
}

/** Stable, reviewable JSON: two-space indent and a final newline. */
export function snapshotToJson(s: Snapshot): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

export function writeSnapshotFile(path: string, s: Snapshot): void {
  writeFileAtomic(path, snapshotToJson(s));
}
