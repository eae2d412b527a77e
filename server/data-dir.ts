import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../core/model/errors.ts';

/** Why a data folder cannot be used: the code a caller can act on; the message says it in words. */
export type DataFolderProblem = 'not-a-folder' | 'no-permission' | 'read-only';

/**
 * The --data folder (calls, teams, sync documents, keys) cannot be used: bad input the user fixes, so the CLI prints
 * one line naming the path and why and exits 2, instead of a system error such as "ENOTDIR" as an internal error.
 */
export class DataFolderError extends InputError {
  constructor(
    readonly path: string,
    readonly problem: DataFolderProblem,
    detail: string,
  ) {
    super(`cannot use ${path} as the data folder: ${detail}`, {}, '--data');
    this.name = 'DataFolderError';
  }
}

/** The nearest existing path at or above `path` (what stands in the way when it cannot be created). */
function nearestExisting(path: string): string {
  let p = path;
  for (;;) {
    try {
      statSync(p);
      return p;
    } catch {
      const up = dirname(p);
      if (up === p) return p;
      p = up;
    }
  }
}

/** Creates the data folder if needed and checks it can be written; a problem is a DataFolderError. */
export function ensureDataDir(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
    accessSync(path, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const blocker = nearestExisting(path);
    if (code === 'ENOTDIR' || code === 'EEXIST' || !statSync(blocker).isDirectory())
      throw new DataFolderError(
        path,
        'not-a-folder',
        blocker === path ? 'it is a file, not a folder' : `${blocker} is a file, not a folder`,
      );
    if (code === 'EACCES' || code === 'EPERM')
      throw new DataFolderError(
        path,
        'no-permission',
        blocker === path ? 'no permission to write in it' : `no permission to create it in ${blocker}`,
      );
    if (code === 'EROFS') throw new DataFolderError(path, 'read-only', 'it is on a read-only file system');
    throw error;
  }
}
