import { resolve } from 'node:path';
import { analyseCall, bandOf, prepareProfile, rank } from '../../core/match/index.ts';
import { InputError } from '../../core/model/errors.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';
import { instantFlag, parseFlags } from '../args.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_OK } from '../io.ts';
import { loadProfileArg } from '../load-profile.ts';
import { forEachCall } from '../read-calls.ts';

function options(args: string[]) {
  return parseFlags(args, {
    profile: { type: 'string' },
    calls: { type: 'string' },
    'open-only': { type: 'boolean' },
    explain: { type: 'string' },
    format: { type: 'string' },
    now: { type: 'string' },
  });
}

type Format = 'full' | 'compact';

/** Everything the match says, as stored: reasons with their labels, eligibility, boosts and blockers. */
function fullLine(m: Match): string {
  return JSON.stringify({
    id: m.callId,
    score: m.score,
    band: m.band,
    reasons: m.reasons,
    eligibility: m.eligibility,
    boosts: m.boosts,
    blockers: m.blockers,
  });
}

/** The same without the labels the header line states once (priority and concept labels). */
function compactLine(m: Match): string {
  return JSON.stringify({
    id: m.callId,
    score: m.score,
    band: m.band,
    reasons: m.reasons.map((r) => ({
      priorityId: r.priorityId,
      ...(r.conceptId ? { conceptId: r.conceptId } : {}),
      evidence: r.evidence,
      points: r.points,
    })),
    eligibility: m.eligibility,
    boosts: m.boosts,
    blockers: m.blockers,
  });
}

function header(profile: Profile, format: Format, explained: number, total: number): string {
  return JSON.stringify({
    header: {
      format,
      profile: profile.id,
      calls: total,
      explained,
      priorities: Object.fromEntries(profile.priorities.map((p) => [p.id, p.label])),
    },
  });
}

/** Writes a block, waiting for the reader when the io can say (a slow pipe must not fill the heap). */
async function write(io: CliIo, text: string): Promise<void> {
  if (io.write) await io.write(text);
  else io.stdout(text);
}

/** Output in blocks of this many characters: one write per block, not per line. */
const BLOCK = 1 << 16;

/**
 * `score --profile <id|path.json> --calls <file> [--open-only] [--explain N] [--format full|compact] [--now ISO]`:
 * JSON Lines, best first. Every call is read, validated once and analysed as it is read (the raw text is not
 * kept); the ranking is then written line by line. The best N (default: all) are explained; the rest are
 * `{id, score, band}`. `--format compact` states the priority labels once in a first header line.
 */
export const run: Command = async (args: string[], io: CliIo) => {
  const v = options(args);
  if (!v.profile) throw new InputError('missing --profile <id|path.json>', {}, 'profile');
  if (!v.calls) throw new InputError('missing --calls <file.jsonl|file.json>', {}, 'calls');
  const format = (v.format ?? 'full') as Format;
  if (format !== 'full' && format !== 'compact') throw new InputError('expected full or compact', {}, 'format');
  let explainN = Number.POSITIVE_INFINITY;
  if (v.explain !== undefined) {
    if (!/^\d+$/.test(v.explain)) throw new InputError('expected a whole number of calls to explain', {}, 'explain');
    explainN = Number(v.explain);
  }
  const now = v.now ? instantFlag(v.now, 'now') : new Date();
  // Read and validate everything before printing anything: bad input must leave stdout empty.
  const profile = loadProfileArg(v.profile, io.cwd);
  const prepared = prepareProfile(profile);
  const analysed: ReturnType<typeof analyseCall>[] = [];
  const duplicates: string[] = [];
  forEachCall(resolve(io.cwd, v.calls), (call) => analysed.push(analyseCall(call)), {
    now,
    shown: v.calls,
    onDuplicate: (id, where) => duplicates.push(`${id} (${where})`),
  });
  if (duplicates.length) {
    const shown = duplicates.slice(0, 5).join(', ');
    io.stderr(
      `fundwatch score: ${duplicates.length} repeated call id(s) scored once (the first kept): ${shown}${duplicates.length > 5 ? ', …' : ''}\n`,
    );
  }
  const ranked = rank(analysed, prepared, { openOnly: v['open-only'], now });
  analysed.length = 0;
  const explained = Math.min(explainN, ranked.length);
  let block = format === 'compact' ? `${header(profile, format, explained, ranked.length)}\n` : '';
  const line = format === 'compact' ? compactLine : fullLine;
  for (let i = 0; i < ranked.length; i++) {
    const r = ranked[i];
    if (i < explainN) block += `${line(r.match)}\n`;
    else {
      // Unexplained: the score and band come from the same arithmetic, without building reasons.
      block += `${JSON.stringify({ id: r.call.id, score: r.score, band: bandOf(r.score) })}\n`;
    }
    // Let the explained match go once written (100,000 of them would not fit in a small heap).
    ranked[i] = undefined as never;
    if (block.length >= BLOCK) {
      await write(io, block);
      block = '';
    }
  }
  if (block) await write(io, block);
  return EXIT_OK;
};
