import { resolve } from 'node:path';
import { analyseCall, prepareProfile, rank } from '../../core/match/index.ts';
import { InputError } from '../../core/model/errors.ts';
import { parseFlags } from '../args.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_OK } from '../io.ts';
import { loadProfileArg } from '../load-profile.ts';
import { readCallsFile } from '../read-calls.ts';

function options(args: string[]) {
  return parseFlags(args, { profile: { type: 'string' }, calls: { type: 'string' }, 'open-only': { type: 'boolean' } });
}

/** `score --profile <id|path.json> --calls <file.jsonl|file.json> [--open-only]`: JSON Lines, best first. */
export const run: Command = async (args: string[], io: CliIo) => {
  const values = options(args);
  if (!values.profile) throw new InputError('missing --profile <id|path.json>', {}, 'profile');
  if (!values.calls) throw new InputError('missing --calls <file.jsonl|file.json>', {}, 'calls');
  // Read and validate everything before printing anything: bad input must leave stdout empty.
  const profile = prepareProfile(loadProfileArg(values.profile, io.cwd));
  const calls = readCallsFile(resolve(io.cwd, values.calls)).map(analyseCall);
  const lines = rank(calls, profile, { openOnly: values['open-only'] }).map(({ match }) =>
    JSON.stringify({
      id: match.callId,
      score: match.score,
      band: match.band,
      reasons: match.reasons,
      blockers: match.blockers,
    }),
  );
  if (lines.length) io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
};
