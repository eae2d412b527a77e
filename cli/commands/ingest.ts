import { resolve } from 'node:path';
import { formatLocated, InputError } from '../../core/model/errors.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { getPlan, getSource, parseResponses } from '../../core/sources/registry.ts';
import { instantFlag, parseFlags } from '../args.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_OK } from '../io.ts';
import { readUserFile } from '../read-calls.ts';

function options(args: string[]) {
  return parseFlags(args, {
    source: { type: 'string' },
    file: { type: 'string' },
    url: { type: 'string' },
    'fetched-at': { type: 'string' },
    'content-type': { type: 'string' },
  });
}

/**
 * `ingest --source <id> --file <saved response> [--url <where it came from>] [--fetched-at ISO]`: parses one
 * saved response (API JSON, feed, page HTML or iCal) and prints the calls as JSON Lines. A bad file is one
 * error naming the source, the file and the position; nothing is printed to stdout.
 */
export const run: Command = async (args: string[], io: CliIo) => {
  const v = options(args);
  if (!v.source) throw new InputError('missing --source <id>', {}, 'source');
  if (!v.file) throw new InputError('missing --file <saved response>', {}, 'file');
  const source = getSource(v.source);
  const path = resolve(io.cwd, v.file);
  const body = readUserFile(path, v.file);
  const fetchedAt = (v['fetched-at'] ? instantFlag(v['fetched-at'], 'fetched-at') : new Date()).toISOString();
  // Without --url, a single-request source's own endpoint is assumed, else the file's address.
  const plan = getPlan(source.id);
  const planned = plan.requests(new Date(fetchedAt));
  const url = v.url ?? (planned.length === 1 ? planned[0].url : `file://${path}`);
  const input = {
    body,
    url,
    ...(v['content-type'] ? { contentType: v['content-type'] } : {}),
    fetchedAt,
  };
  let lines: string[];
  try {
    const now = new Date(fetchedAt);
    lines = parseResponses(source, [input]).map((c) =>
      JSON.stringify(normaliseCall(c, { file: v.file, position: c.id }, now)),
    );
  } catch (error) {
    if (error instanceof InputError) {
      // Name the saved file (not the URL it stands for) and keep the line/position the parser found.
      const { file: _ignored, ...where } = error.location;
      const prefix = formatLocated('', error.location, error.field);
      const bare = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      const inner = bare.startsWith(`${source.id}: `) ? bare.slice(source.id.length + 2) : bare;
      throw new InputError(`source ${source.id}: ${inner}`, { file: v.file, ...where }, error.field);
    }
    throw new InputError(`source ${source.id}: ${error instanceof Error ? error.message : String(error)}`, {
      file: v.file,
    });
  }
  if (lines.length) io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
};
