import { existsSync, readFileSync } from 'node:fs';
import type { FundingCall } from '../core/model/call.ts';
import { InputError } from '../core/model/errors.ts';
import { normaliseCall } from '../core/model/normalise-call.ts';

/**
 * Reads calls from a .jsonl file (one call per line) or a .json file (an array, or an object with `calls`),
 * through the one normalising gate. Errors name the file, the line and the field.
 */
export function readCallsFile(path: string, now: Date = new Date()): FundingCall[] {
  if (!existsSync(path)) throw new InputError('file not found', { file: path });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read file (${error instanceof Error ? error.message : String(error)})`, {
      file: path,
    });
  }
  const trimmed = text.trimStart();
  const asJsonl =
    path.endsWith('.jsonl') || path.endsWith('.ndjson') || !(trimmed.startsWith('[') || trimmed.startsWith('{'));
  if (asJsonl || (trimmed.startsWith('{') && !looksLikeSingleJson(trimmed))) return readJsonl(path, text, now);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, { file: path });
  }
  const list = Array.isArray(raw) ? raw : (raw as { calls?: unknown }).calls;
  if (!Array.isArray(list))
    throw new InputError('expected an array of calls or an object with "calls"', { file: path });
  return list.map((c, i) => normaliseCall(c, { file: path, position: `call ${i + 1}` }, now));
}

function looksLikeSingleJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function readJsonl(path: string, text: string, now: Date): FundingCall[] {
  const out: FundingCall[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, {
        file: path,
        line: i + 1,
      });
    }
    out.push(normaliseCall(raw, { file: path, line: i + 1 }, now));
  });
  return out;
}
