import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explain, rank } from '../../core/match/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { DEFAULT_PROFILE_ID, getSeedProfile } from '../../core/profile/seeds.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_OK } from '../io.ts';
import { readCallsFile } from '../read-calls.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SNAPSHOT = join(REPO_ROOT, 'data', 'snapshot', 'calls.json');
const SAMPLE = join(REPO_ROOT, 'core', 'data', 'sample-calls.json');
const TOP = 10;
const BAND_SV = { strong: 'stark', relevant: 'relevant', weak: 'svag', none: 'ingen' } as const;
function bundledCalls(): { calls: FundingCall[]; from: string } {
  if (existsSync(SNAPSHOT)) {
    const raw = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as { calls?: unknown[] };
    if (Array.isArray(raw.calls)) {
      return {
        calls: raw.calls.map((c, i) => normaliseCall(c, { file: SNAPSHOT, position: `call ${i + 1}` })),
        from: 'data/snapshot/calls.json',
      };
    }
  }
  return { calls: readCallsFile(SAMPLE), from: 'core/data/sample-calls.json' };
}

/** `demo` (what `npm start` runs until the PWA lands): the default profile's ranking, with reasons in Swedish. */
export const run: Command = async (_args: string[], io: CliIo) => {
  const profile = getSeedProfile(DEFAULT_PROFILE_ID)!;
  const { calls, from } = bundledCalls();
  const ranked = rank(calls, profile);
  io.stdout(
    `Fundwatch — ${profile.name}: de ${Math.min(TOP, ranked.length)} bäst matchande av ${calls.length} utlysningar (${from})\n\n`,
  );
  ranked.slice(0, TOP).forEach(({ call, match }, i) => {
    // The deadline note (status and days left, as of now) is the explanation's second line.
    io.stdout(`${i + 1}. [${match.score} ${BAND_SV[match.band]}] ${call.title}\n`);
    io.stdout(`   ${call.funder}${call.programme ? ` – ${call.programme}` : ''}\n`);
    const lines = explain(match, 'sv').slice(1);
    const reasons = lines.filter((l) => l.startsWith('Matchar')).slice(0, 2);
    const rest = lines.filter((l) => !l.startsWith('Matchar'));
    for (const line of [...reasons, ...rest]) io.stdout(`   · ${line}\n`);
    if (call.url) io.stdout(`   ${call.url}\n`);
    io.stdout('\n');
  });
  return EXIT_OK;
};
