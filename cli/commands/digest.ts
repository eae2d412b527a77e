import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDigest, callsToIcs, digestCalls, renderHtml, renderMarkdown } from '../../core/digest/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { InputError } from '../../core/model/errors.ts';
import { normaliseSnapshot, type Snapshot } from '../../core/store/snapshot.ts';
import { instantFlag, parseFlags } from '../args.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_OK } from '../io.ts';
import { loadProfileArg } from '../load-profile.ts';
import { forEachCallInText, readUserFile } from '../read-calls.ts';

function options(args: string[]) {
  return parseFlags(args, {
    profile: { type: 'string' },
    calls: { type: 'string' },
    since: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    now: { type: 'string' },
    watch: { type: 'string' },
  });
}

/** "7d", "2w", "48h" before now, or an ISO date. */
export function parseSince(text: string, now: Date): Date {
  const rel = /^(\d+)\s*([hdw])$/i.exec(text.trim());
  if (rel) {
    const hours = { h: 1, d: 24, w: 168 }[rel[2].toLowerCase() as 'h' | 'd' | 'w'];
    const since = new Date(now.getTime() - Number(rel[1]) * hours * 3_600_000);
    // Beyond what a Date holds (about 270,000 years): the user's number, not our bug.
    if (Number.isNaN(since.getTime()) || since.getUTCFullYear() < 1000)
      throw new InputError(`"${text}" reaches back before the year 1000`, {}, 'since');
    return since;
  }
  if (!/^\d{4}-/.test(text.trim())) throw new InputError('expected e.g. 7d, 2w, 48h or an ISO date', {}, 'since');
  return instantFlag(text, 'since');
}

function defaultCallsFile(cwd: string): string {
  const live = resolve(cwd, 'data/calls.json');
  return existsSync(live) ? 'data/calls.json' : 'data/snapshot/calls.json';
}

/** A snapshot (with history) or a plain calls file (.json array / .jsonl). */
function readStore(path: string, shown: string, now: Date): { calls: FundingCall[]; snapshot?: Snapshot } {
  const text = readUserFile(path, shown);
  if (/^\s*\{/.test(text) && /"version"\s*:/.test(text.slice(0, 200))) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, { file: shown });
    }
    const snapshot = normaliseSnapshot(raw, { file: shown }, now);
    return { calls: snapshot.calls, snapshot };
  }
  // From the text already read: a pipe or FIFO gives its bytes only once.
  const calls: FundingCall[] = [];
  forEachCallInText(text, path, (c) => calls.push(c), { now, shown });
  return { calls };
}

/** `digest --profile <id|path> [--calls file] [--since 7d] [--format md|html|ics] [--lang sv|en]`. */
export const run: Command = async (args: string[], io: CliIo) => {
  const v = options(args);
  if (!v.profile) throw new InputError('missing --profile <id|path.json>', {}, 'profile');
  const format = v.format ?? 'md';
  if (!['md', 'html', 'ics'].includes(format)) throw new InputError('expected md, html or ics', {}, 'format');
  const lang = v.lang ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') throw new InputError('expected sv or en', {}, 'lang');
  const now = v.now ? instantFlag(v.now, 'now') : new Date();
  const since = parseSince(v.since ?? '7d', now);
  const profile = loadProfileArg(v.profile, io.cwd);
  const file = v.calls ?? defaultCallsFile(io.cwd);
  const { calls, snapshot } = readStore(resolve(io.cwd, file), file, now);
  const watched = v.watch ? v.watch.split(',').map((s) => s.trim()) : [];
  const digest = buildDigest({ calls, snapshot, profile, since, now, watched });
  if (format === 'md') io.stdout(renderMarkdown(digest, lang));
  else if (format === 'html') io.stdout(renderHtml(digest, lang));
  else io.stdout(callsToIcs(digestCalls(digest), { now, lang, from: now }));
  return EXIT_OK;
};
