/**
 * Every released held-out set at once (issue 12): per set, the eval command's mean nDCG@10 for the built-in profiles
 * and for the profiles drafted from the documents, and its explanation audit's labelled and true claims; then the
 * sums. A set still blind (a BLIND file in its folder) is left out, as `npm run tune` leaves it. Each set runs in its
 * own `fundwatch eval` process (lib/eval-runs.ts), so the figures are exactly what `npm run eval:heldoutN` prints.
 *
 *   node --import tsx bench/released-sets.ts        (npm run eval:released)
 */
import { releasedHeldoutSets } from '../cli/eval/relevance-set.ts';
import { evalOutputs } from './lib/eval-runs.ts';

interface SetFigures {
  name: string;
  built: number;
  docs: number;
  labelled: number;
  truthful: number;
  unlabelled: number;
}

const sets = releasedHeldoutSets();

/** The eval command's two "mean" lines (built-in, then documents) and its audit counts. */
function parse(name: string, out: string): SetFigures {
  const means = [...out.matchAll(/^ {2}mean\s+([0-9.]+)/gm)].map((m) => Number(m[1]));
  const audit = /labelled (\d+), true (\d+)/.exec(out);
  const unlabelled = /unlabelled new claims: (\d+)/.exec(out);
  if (means.length < 2) throw new Error(`${name}: the eval command printed no nDCG means`);
  return {
    name,
    built: means[0],
    docs: means[1],
    labelled: Number(audit?.[1] ?? 0),
    truthful: Number(audit?.[2] ?? 0),
    unlabelled: Number(unlabelled?.[1] ?? 0),
  };
}

const outputs = await evalOutputs(sets.map((s) => s.dir));
const figures: SetFigures[] = outputs.map((out, i) => parse(sets[i].name, out));

const f3 = (x: number) => x.toFixed(3);
console.log('set            built   docs    claims true/labelled (unlabelled)');
for (const f of figures)
  console.log(
    `${f.name.padEnd(14)} ${f3(f.built)}   ${f3(f.docs)}   ${f.truthful}/${f.labelled}${f.unlabelled ? ` (${f.unlabelled})` : ''}`,
  );
const sum = (k: 'built' | 'docs' | 'labelled' | 'truthful' | 'unlabelled') => figures.reduce((t, f) => t + f[k], 0);
console.log(
  `sum of ${figures.length} sets  ${f3(sum('built'))}  ${f3(sum('docs'))}  ${sum('truthful')}/${sum('labelled')}` +
    (sum('unlabelled') ? ` (${sum('unlabelled')} unlabelled)` : ''),
);
