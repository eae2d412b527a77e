import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { FundingCall } from '../core/model/call.ts';
import { InputError } from '../core/model/errors.ts';
import { normaliseCall } from '../core/model/normalise-call.ts';

/** A file the user named: missing, a directory or unreadable is their input to fix, named as they gave it. */
export function readUserFile(path: string, shown = path, maxBytes?: 0): string {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new InputError('file not found', { file: shown });
  }
  if (isDir) throw new InputError('is a directory, expected a file', { file: shown });
  try {
    if (maxBytes === 0) {
      closeSync(openSync(path, 'r'));
      return '';
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: shown });
  }
}

export interface ReadCallsOptions {
  now?: Date;
  /** How to name the file in errors (the path as the user gave it). */
  shown?: string;
  /** Called for a repeated id (the first call with it is kept). */
  onDuplicate?: (id: string, where: string) => void;
}

/**
 * Calls from a .jsonl file (one call per line) or a .json file (an array, or an object with `calls`), each
 * through the one normalising gate and handed to `each` as soon as it is read, so a caller can analyse and
 * drop the raw text call by call. Errors name the file, the line and the field; a file with no calls is an error.
 * Returns the number of calls handed on.
 */
export function forEachCall(path: string, each: (call: FundingCall) => void, opts: ReadCallsOptions = {}): number {
  const shown = opts.shown ?? path;
  const now = opts.now ?? new Date();
  readUserFile(path, shown, 0);
  const seen = new Set<string>();
  let count = 0;
  const take = (raw: unknown, loc: { file: string; line?: number; position?: string }) => {
    const call = normaliseCall(raw, loc, now);
    if (seen.has(call.id)) {
      opts.onDuplicate?.(call.id, loc.line !== undefined ? `line ${loc.line}` : (loc.position ?? ''));
      return;
    }
    seen.add(call.id);
    count++;
    each(call);
  };
  const lineOf = (body: string, line: number) => {
    if (!body.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch (error) {
      throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, {
        file: shown,
        line,
      });
    }
    take(raw, { file: shown, line });
  };
  const head = readHead(path);
  const trimmed = head.trimStart();
  const jsonlName = path.endsWith('.jsonl') || path.endsWith('.ndjson');
  if (jsonlName || !(trimmed.startsWith('[') || trimmed.startsWith('{'))) {
    // JSON Lines are read in blocks, never as one string: 100,000 calls are 120 MB of text.
    forEachLine(path, lineOf);
  } else {
    const text = readUserFile(path, shown);
    if (trimmed.startsWith('{') && !looksLikeSingleJson(text)) {
      let line = 0;
      for (const body of text.split('\n')) lineOf(body.endsWith('\r') ? body.slice(0, -1) : body, ++line);
    } else {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, {
          file: shown,
        });
      }
      const list = Array.isArray(raw) ? raw : (raw as { calls?: unknown }).calls;
      if (!Array.isArray(list))
        throw new InputError('expected an array of calls or an object with "calls"', { file: shown });
      list.forEach((c, i) => {
        take(c, { file: shown, position: `call ${i + 1}` });
      });
    }
  }
  if (count === 0) throw new InputError('no calls in the file', { file: shown });
  return count;
}

/** Every call of a file (see forEachCall), duplicates dropped. */
export function readCallsFile(
  path: string,
  now: Date = new Date(),
  opts: Omit<ReadCallsOptions, 'now'> = {},
): FundingCall[] {
  const out: FundingCall[] = [];
  forEachCall(path, (c) => out.push(c), { ...opts, now });
  return out;
}

/** The first few KB of a file, to tell JSON Lines from one JSON document. */
function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return new TextDecoder().decode(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/** Each line of a file (without its line break) with its 1-based number, read in 1 MB blocks. */
function forEachLine(path: string, each: (line: string, n: number) => void): void {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  const decoder = new TextDecoder();
  let rest = '';
  let line = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      const text = rest + (n > 0 ? decoder.decode(buf.subarray(0, n), { stream: true }) : decoder.decode());
      let from = 0;
      for (let to = text.indexOf('\n'); to >= 0; to = text.indexOf('\n', from)) {
        each(text.slice(from, to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to), ++line);
        from = to + 1;
      }
      rest = text.slice(from);
      if (n === 0) break;
    }
    if (rest) each(rest.endsWith('\r') ? rest.slice(0, -1) : rest, ++line);
  } finally {
    closeSync(fd);
  }
}

function looksLikeSingleJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
