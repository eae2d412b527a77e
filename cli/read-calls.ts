import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { FundingCall } from '../core/model/call.ts';
import { InputError } from '../core/model/errors.ts';
import { normaliseCall } from '../core/model/normalise-call.ts';

// A file the user names may be a pipe or a FIFO (`--calls <(zcat calls.jsonl.gz)`): each is opened once and read
// front to back, never at a position nor by its size, which a pipe has not; a second open would find it drained.

/** Opens a file the user named: missing, a directory or unreadable is their input to fix, named as they gave it. */
function openUserFile(path: string, shown: string): number {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new InputError('file not found', { file: shown });
  }
  if (isDir) throw new InputError('is a directory, expected a file', { file: shown });
  try {
    return openSync(path, 'r');
  } catch (error) {
    throw cannotRead(error, shown);
  }
}

function cannotRead(error: unknown, shown: string): InputError {
  return new InputError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: shown });
}

/** The bytes of a file the user named (see openUserFile). */
export function readUserBytes(path: string, shown = path): Buffer {
  const fd = openUserFile(path, shown);
  try {
    // From an fd, readFileSync reads to the end in order, whatever the file's reported size.
    return readFileSync(fd);
  } catch (error) {
    throw cannotRead(error, shown);
  } finally {
    closeSync(fd);
  }
}

/** The text of a file the user named (see openUserFile), without a byte order mark, as a browser decodes it. */
export function readUserFile(path: string, shown = path): string {
  return new TextDecoder().decode(readUserBytes(path, shown));
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
  const fd = openUserFile(path, shown);
  try {
    return forEachCallIn(fileChunks(fd, shown), path, each, { ...opts, shown });
  } finally {
    closeSync(fd);
  }
}

/** Calls from text already read (see forEachCall); `name` tells JSON Lines by its extension. */
export function forEachCallInText(
  text: string,
  name: string,
  each: (call: FundingCall) => void,
  opts: ReadCallsOptions = {},
): number {
  return forEachCallIn([text], name, each, { ...opts, shown: opts.shown ?? name });
}

function forEachCallIn(
  chunks: Iterable<string>,
  name: string,
  each: (call: FundingCall) => void,
  opts: ReadCallsOptions & { shown: string },
): number {
  const { shown } = opts;
  const now = opts.now ?? new Date();
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
  // The first character that is not white space tells JSON Lines from one JSON document.
  const rest = chunks[Symbol.iterator]();
  let head = '';
  while (!head.trimStart()) {
    const next = rest.next();
    if (next.done) break;
    head += next.value;
  }
  const all = (function* () {
    yield head;
    for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
  })();
  const trimmed = head.trimStart();
  const jsonlName = name.endsWith('.jsonl') || name.endsWith('.ndjson');
  if (jsonlName || !(trimmed.startsWith('[') || trimmed.startsWith('{'))) {
    // JSON Lines are read in blocks, never as one string: 100,000 calls are 120 MB of text.
    forEachLine(all, lineOf);
  } else {
    const text = [...all].join('');
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

/** A file's text in 1 MB blocks, read in order from where the fd stands (a pipe has no other way). */
function* fileChunks(fd: number, shown: string): Generator<string> {
  const buf = Buffer.allocUnsafe(1 << 20);
  const decoder = new TextDecoder();
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (error) {
      throw cannotRead(error, shown);
    }
    if (n === 0) break;
    yield decoder.decode(buf.subarray(0, n), { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** Each line of a text given in blocks (without its line break) with its 1-based number. */
function forEachLine(chunks: Iterable<string>, each: (line: string, n: number) => void): void {
  let rest = '';
  let line = 0;
  for (const chunk of chunks) {
    const text = rest + chunk;
    let from = 0;
    for (let to = text.indexOf('\n'); to >= 0; to = text.indexOf('\n', from)) {
      each(text.slice(from, to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to), ++line);
      from = to + 1;
    }
    rest = text.slice(from);
  }
  if (rest) each(rest.endsWith('\r') ? rest.slice(0, -1) : rest, ++line);
}

function looksLikeSingleJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
