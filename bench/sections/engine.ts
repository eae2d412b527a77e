/**
 * Engine figures: analyse throughput (target ≥ 20,000 calls/s), ranking 10,000 analysed calls for one
 * prepared profile (target ≤ 50 ms), memory, and a MiniSearch BM25 baseline on the same calls.
 * The calls are synthetic: sentences recombined from lexicon terms and call-like templates (not eval data).
 */
import { availableParallelism, loadavg } from 'node:os';
import MiniSearch from 'minisearch';
import { LEXICON, PROGRAMME_AREAS } from '../../core/data/index.ts';
import { analyseCall, explain, prepareProfile, rank } from '../../core/match/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { getSeedProfile } from '../../core/profile/seeds.ts';

const N = 10_000;

/** Small deterministic PRNG so every run measures the same calls. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SV = [
  'Utlysningen vänder sig till {who} som vill arbeta med {a} och {b}.',
  'Projekten ska bidra till {a} i samverkan med partner i andra länder.',
  'Stöd ges till insatser inom {a}, {b} och {c}.',
  'Ansökan ska visa hur projektet stärker {a} på lokal och regional nivå.',
  'Vem kan söka? {who} kan söka bidrag för förstudier och genomförandeprojekt.',
];
const EN = [
  'The call supports {who} working on {a} and {b}.',
  'Projects should contribute to {a} through cooperation with partners across borders.',
  'Funding is available for actions on {a}, {b} and {c}.',
  'Applicants must show how the project strengthens {a} at local and regional level.',
  'Who can apply? {who} may apply for pilot and implementation projects.',
];
const WHO = {
  sv: ['kommuner', 'regioner', 'ideella föreningar', 'företag', 'universitet'],
  en: ['municipalities', 'regions', 'NGOs', 'SMEs', 'universities'],
};

export function syntheticCalls(n: number, seed = 7): FundingCall[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const funders = [
    'Vinnova',
    'ICLD',
    'Tillväxtverket',
    'European Commission',
    ...PROGRAMME_AREAS.areas.map((a) => a.name),
  ];
  const calls: FundingCall[] = [];
  for (let i = 0; i < n; i++) {
    const lang = r() < 0.5 ? 'sv' : 'en';
    const term = () => pick(pick(LEXICON.concepts).terms[lang]);
    const sentences = Array.from({ length: 4 + Math.floor(r() * 4) }, () =>
      pick(lang === 'sv' ? SV : EN)
        .replace('{who}', pick(WHO[lang]))
        .replace('{a}', term())
        .replace('{b}', term())
        .replace('{c}', term()),
    );
    const funder = pick(funders);
    calls.push({
      id: `bench:${i}`,
      source: 'bench',
      funder,
      programme: `${funder} 2021-2027`,
      title: `${lang === 'sv' ? 'Utlysning' : 'Call'}: ${term()} ${lang === 'sv' ? 'och' : 'and'} ${term()}`,
      summary: sentences.join(' '),
      url: `https://example.org/${i}`,
      language: lang,
      deadlines: [{ date: '2026-12-01', timeZone: 'Europe/Stockholm', kind: 'application' }],
      themes: [term(), term()],
    });
  }
  return calls;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (t: number) => `${t.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const calls = syntheticCalls(N);
  const profile = getSeedProfile('karlskrona')!;
  const before = process.memoryUsage().heapUsed;

  // Warm the stem and compound caches on other calls, as a long-running store would be.
  syntheticCalls(2_000, 99).forEach(analyseCall);
  let t = 0;
  let analysed = calls.map(analyseCall);
  const heapAfter = process.memoryUsage().heapUsed;
  // Three timed passes (the machine is shared: one pass can be hit by another process); median reported.
  const analyseRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    analysed = calls.map(analyseCall);
    analyseRuns.push(performance.now() - t);
  }
  analyseRuns.sort((a, b) => a - b);
  const analyseMs = analyseRuns[1];

  const prepared = prepareProfile(profile);
  rank(analysed, prepared, { now: new Date('2026-01-01') });
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    rank(analysed, prepared, { now: new Date('2026-01-01') });
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  // What a user sees: the best 20 explained (reasons, deadline note, sentences in both languages), timed apart
  // from the ranking. The first pass also pays one-off start-up (time-zone data), so the median of three is given.
  const topRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const top = rank(analysed, prepared, { now: new Date('2026-01-01') }).slice(0, 20);
    t = performance.now();
    for (const r of top) {
      explain(r.match, 'sv');
      explain(r.match, 'en');
    }
    topRuns.push(performance.now() - t);
  }
  const topMs = topRuns.sort((a, b) => a - b)[1];

  const query = profile.priorities.map((p) => `${p.label.sv} ${p.label.en}`).join(' ');
  t = performance.now();
  const mini = new MiniSearch<FundingCall>({ fields: ['title', 'summary'], storeFields: ['id'] });
  mini.addAll(calls);
  const indexMs = performance.now() - t;
  t = performance.now();
  const hits = mini.search(query, { combineWith: 'OR' });
  const queryMs = performance.now() - t;

  console.log(`synthetic calls: ${N} (recombined lexicon terms, Swedish and English)`);
  // Timings on a shared machine mean little without the load they were taken under.
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);
  const rate = (t: number) => Math.round(N / (t / 1000)).toLocaleString('en');
  console.log(
    `analyse ${N} calls: median ${ms(analyseMs)} → ${rate(analyseMs)} calls/s, best ${rate(analyseRuns[0])} calls/s (target ≥ 20,000)`,
  );
  console.log(
    `rank ${N} analysed calls, one prepared profile: median ${ms(runs[2])}, best ${ms(runs[0])} (target ≤ 50 ms)`,
  );
  console.log(`explain the best 20 after ranking (reasons, deadline notes, sv + en): median ${ms(topMs)}`);
  console.log(
    `heap for ${N} analysed calls: ${mb(heapAfter - before)}; heap now ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`,
  );
  console.log(`MiniSearch BM25 baseline: index ${ms(indexMs)}, one query ${ms(queryMs)} (${hits.length} hits)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
