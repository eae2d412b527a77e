/**
 * The eligibility probe (tests/fixtures/eligibility-probe): per part, the yes/no judgements of its writers and how
 * many the engine gets wrong — a blocker on a body that may apply (false blocker), or none on a body that may not
 * (missed blocker). `--show` lists them with the writer's reason.
 *
 *   node --import tsx bench/eligibility-probe.ts [--show]        (npm run eval:probe)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forEachCallInText } from '../cli/read-calls.ts';
import { analyseCall, score } from '../core/match/index.ts';
import type { FundingCall } from '../core/model/call.ts';
import { SEED_PROFILES } from '../core/profile/seeds.ts';
import { REPO } from './lib/corpus.ts';

type Answer = 'yes' | 'no' | 'unclear';
type Truth = Record<string, Answer | string> & { why: string };

const DIR = join(REPO, 'tests', 'fixtures', 'eligibility-probe');
const NOW = new Date('2026-12-01T10:00:00Z');
const show = process.argv.includes('--show');

let all = { n: 0, falseBlockers: 0, missed: 0 };
for (const file of readdirSync(DIR)
  .filter((f) => /^calls-.*\.jsonl$/.test(f))
  .sort()) {
  const truth = new Map<string, Truth>();
  const lines = readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const { truth: t, ...call } = JSON.parse(l) as { id: string; truth: Truth };
      truth.set(call.id, t);
      return JSON.stringify(call);
    });
  const calls: FundingCall[] = [];
  forEachCallInText(lines.join('\n'), file, (c) => calls.push(c), { now: NOW });
  const part = { n: 0, falseBlockers: 0, missed: 0 };
  for (const call of calls) {
    const t = truth.get(call.id);
    const analysed = analyseCall(call);
    for (const p of SEED_PROFILES) {
      const want = t?.[p.id];
      if (want !== 'yes' && want !== 'no') continue;
      part.n++;
      const m = score(analysed, p, { now: NOW });
      const blocked = m.blockers.length > 0;
      if (want === 'yes' && blocked) {
        part.falseBlockers++;
        if (show) console.log(`  false blocker ${call.id} ${p.id}: ${m.blockers[0].text.sv}\n    (${t?.why})`);
      } else if (want === 'no' && !blocked) {
        part.missed++;
        if (show)
          console.log(`  missed blocker ${call.id} ${p.id}: ${m.eligibility.applicantText.sv}\n    (${t?.why})`);
      }
    }
  }
  console.log(
    `${file.padEnd(16)} judgements ${part.n}  false blockers ${part.falseBlockers}  missed blockers ${part.missed}`,
  );
  all = { n: all.n + part.n, falseBlockers: all.falseBlockers + part.falseBlockers, missed: all.missed + part.missed };
}
console.log(`all              judgements ${all.n}  false blockers ${all.falseBlockers}  missed blockers ${all.missed}`);
