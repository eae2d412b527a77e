import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../model/errors.ts';
import type { SourceInput } from '../types.ts';

/** Responses larger than this are refused: no funder page is anywhere near it, so it is an error or an attack. */
export const MAX_BODY_CHARS = 20_000_000;

export function checkBody(input: SourceInput, sourceId: string): void {
  if (input.body.length > MAX_BODY_CHARS) {
    throw new InputError(`${sourceId}: response is ${input.body.length} characters, over the limit`, {
      file: input.url,
    });
  }
  if (input.body.trim() === '') throw new InputError(`${sourceId}: empty response`, { file: input.url });
}

/** Line and column of a character offset, so errors point into the saved file. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i + 1;
    }
  }
  return { line, col: offset - last + 1 };
}

/**
 * Where JSON.parse stopped: newer engines say "at position N"; Node 20 often gives only a snippet of the
 * text around the bad token, which is found again in the body.
 */
export function jsonErrorOffset(body: string, msg: string): number | undefined {
  const pos = /position (\d+)/.exec(msg);
  if (pos) return Number(pos[1]);
  if (/unexpected end of JSON input/i.test(msg)) return body.length;
  const m =
    /Unexpected (?:token|non-whitespace character)[^,]*?'?(.)?'?, (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(
      msg,
    );
  if (!m) return undefined;
  const at = body.indexOf(m[2]);
  if (at < 0) return undefined;
  const inCtx = m[1] ? m[2].indexOf(m[1]) : 0;
  return at + Math.max(0, inCtx);
}

export function readJson(input: SourceInput, sourceId: string): unknown {
  checkBody(input, sourceId);
  try {
    return JSON.parse(input.body);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(input.body, msg);
    const at = offset !== undefined ? lineCol(input.body, offset) : undefined;
    throw new InputError(
      `${sourceId}: invalid JSON (${msg.replace(/\s+/g, ' ')})`,
      at ? { file: input.url, line: at.line, position: `column ${at.col}` } : { file: input.url },
    );
  }
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  cdataPropName: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'category',
});

export function readXml(input: SourceInput, sourceId: string): Record<string, unknown> {
  checkBody(input, sourceId);
  const valid = XMLValidator.validate(input.body);
  if (valid !== true) {
    // fast-xml-parser reports unclosed tags as a JSON list; say it in words.
    let msg = valid.err.msg;
    const open = /^Invalid '(\[[\s\S]*\])' found/.exec(msg);
    if (open) {
      try {
        msg = `unclosed tags at end of input: ${(JSON.parse(open[1]) as string[]).map((t) => `<${t}>`).join(' ')}`;
      } catch {
        // keep the parser's wording
      }
    }
    throw new InputError(`${sourceId}: malformed XML (${msg})`, {
      file: input.url,
      line: valid.err.line,
      position: `column ${valid.err.col}`,
    });
  }
  return xml.parse(input.body) as Record<string, unknown>;
}

export function fetchedDate(input: SourceInput): Date {
  const t = Date.parse(input.fetchedAt);
  if (Number.isNaN(t)) throw new InputError('fetchedAt is not an ISO instant', { file: input.url }, 'fetchedAt');
  return new Date(t);
}

export function asArray<T>(v: T | T[] | undefined | null): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Text of an XML node that may be a plain string, a number or an object with #text. */
export function xmlText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (typeof v === 'object' && '#text' in (v as Record<string, unknown>))
    return xmlText((v as Record<string, unknown>)['#text']);
  return '';
}
