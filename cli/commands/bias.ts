import { existsSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyse } from '../../core/match/analyse.ts';
import { analyseCall, rank } from '../../core/match/index.ts';
import { InputError } from '../../core/model/errors.ts';
import type { Profile } from '../../core/model/profile.ts';
import { buildProfileFromText } from '../../core/profile/from-document.ts';
import { SEED_PROFILES } from '../../core/profile/seeds.ts';
import { parseFlags } from '../args.ts';
import {
  applicantSituationOf,
  discordantTable,
  familyOf,
  lengthOf,
  type Observation,
  outliers,
  partsOf,
  partTable,
  residuals,
  residualTable,
  situationOf,
  type WithResidual,
} from '../eval/bias.ts';
import { readLabels, readSeedDocs, seedsDirFor, sharedDir } from '../eval/relevance-set.ts';
import { type CliIo, type Command, EXIT_OK } from '../io.ts';
import { readCallsFile } from '../read-calls.ts';

/** Every body's score of every call of one set, for the built-in profiles and those drafted from the documents. */
function observe(dir: string, seedsFlag: string | undefined, cwd: string): Observation[] {
  const calls = readCallsFile(join(dir, 'calls.jsonl'));
  const labels = readLabels(join(dir, 'labels.jsonl'));
  const docs = readSeedDocs(seedsDirFor(dir, seedsFlag ? resolve(cwd, seedsFlag) : undefined));
  const analysed = calls.map(analyseCall);
  const signals = new Map(calls.map((c) => [c.id, analyse(c).signals]));
  const set = basename(dir);
  const out: Observation[] = [];
  for (const [body, grades] of labels) {
    const seed = SEED_PROFILES.find((p) => p.id === body);
    if (!seed) continue;
    const doc = docs.get(body);
    const profiles: [string, Profile][] = [['built-in', seed]];
    if (doc) profiles.push(['documents', buildProfileFromText(doc)]);
    for (const [kind, profile] of profiles) {
      for (const r of rank(analysed, profile)) {
        const grade = grades.get(r.call.id);
        if (grade === undefined) continue;
        const s = signals.get(r.call.id)!;
        out.push({
          set,
          kind,
          body,
          callId: r.call.id,
          grade,
          score: r.score,
          family: familyOf(s),
          situation: situationOf(r.match, s),
          applicant: applicantSituationOf(r.match, s),
          length: lengthOf(`${r.call.title} ${r.call.summary ?? ''}`.split(/\s+/).filter(Boolean).length),
          parts: partsOf(r.match),
        });
      }
    }
  }
  return out;
}

/**
 * `bias --dir A [--dir B …] [--calls N] [--per-set] [--json FILE]`: where the ranking is systematically off, by funder family,
 * programme and eligibility situation, for each profile kind; which score part puts a family off; the wrongly
 * ordered pairs each family is in; with --calls, the calls furthest off their grade.
 */
export const run: Command = async (args: string[], io: CliIo) => {
  const values = parseFlags(args, {
    dir: { type: 'string', multiple: true },
    seeds: { type: 'string' },
    calls: { type: 'string' },
    'per-set': { type: 'boolean' },
    json: { type: 'string' },
  });
  const dirs = (values.dir ?? [sharedDir('eval', 'calls.jsonl')]).map((d) => resolve(io.cwd, d));
  for (const d of dirs) if (!existsSync(join(d, 'calls.jsonl'))) throw new InputError('no calls.jsonl', { file: d });
  const n = values.calls === undefined ? 0 : Number(values.calls);
  if (!Number.isInteger(n) || n < 0)
    throw new InputError(`expected a whole number, got "${values.calls}"`, {}, '--calls');
  const rows = residuals(dirs.flatMap((d) => observe(d, values.seeds, io.cwd)));
  // Every observation with its residuals, one JSON line each, for questions the tables do not ask.
  if (values.json) writeFileSync(resolve(io.cwd, values.json), rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  io.stdout(
    `Bias by funder family and eligibility: score − mean score of the body's calls of the same grade (points; ` +
      `"grades" divides by the points a grade is worth for that body), ${dirs.map((d) => basename(d)).join(' + ')}\n\n`,
  );
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const scopes: [string, WithResidual[]][] = values['per-set']
    ? kinds.flatMap((k) =>
        dirs.map(
          (d) =>
            [`${k}, ${basename(d)}`, rows.filter((r) => r.kind === k && r.set === basename(d))] as [
              string,
              WithResidual[],
            ],
        ),
      )
    : kinds.map((k) => [k, rows.filter((r) => r.kind === k)]);
  const family = (r: WithResidual) => r.family.family;
  const programme = (r: WithResidual) => `${r.family.family}: ${r.family.programme}`;
  const situation = (r: WithResidual) => r.situation;
  // Calls no body finds any use for: the distractors, as a group of their own in the pair count.
  const useful = new Set(rows.filter((r) => r.grade > 0).map((r) => `${r.set}\u0000${r.callId}`));
  const withDistractors = (r: WithResidual) =>
    useful.has(`${r.set}\u0000${r.callId}`) ? family(r) : 'graded 0 by every body';
  for (const [name, list] of scopes) {
    io.stdout(`=== ${name} profiles ===\n`);
    io.stdout(`${residualTable('By funder family', list, family)}\n`);
    io.stdout(`${residualTable('By programme', list, programme)}\n`);
    io.stdout(`${residualTable('By eligibility situation', list, situation)}\n`);
    io.stdout(`${residualTable('By applicant situation', list, (r) => r.applicant)}\n`);
    io.stdout(`${residualTable('By text length (title and summary)', list, (r) => r.length)}\n`);
    io.stdout(`${partTable('… which part puts a length off its grade', list, (r) => r.length)}\n`);
    io.stdout(`${partTable('Which part puts a family off its grade (mean part residual, points)', list, family)}\n`);
    io.stdout(`${partTable('… and a situation', list, situation)}\n`);
    io.stdout(`${discordantTable('Wrongly ordered pairs by family', list, withDistractors)}\n`);
    if (n > 0) io.stdout(`${outliers(list, n)}\n`);
  }
  return EXIT_OK;
};
