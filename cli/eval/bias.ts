import { AREA_BY_ID, PROGRAMME_BY_ID } from '../../core/data/index.ts';
import { isNearArea } from '../../core/match/eligibility.ts';
import type { CallSignals } from '../../core/match/signals.ts';
import type { Match } from '../../core/model/match.ts';

/**
 * Systematic bias of the ranking by funder family and by eligibility situation: for each body, the engine's score
 * of a call minus the mean score of that body's calls of the same grade (its residual). A family whose relevant
 * calls sit below the others of their grade is ranked low as a family, whatever its texts say; the residual of
 * each score part (content, area, applicant, each boost, blockers) says which part puts it there.
 */

/** Grades are means of two graders (0, ½, 1 … 3): a half falls to the grade below (½ is not yet marginal). */
export const GRADE_BUCKETS = ['0', '1', '2', '3'] as const;
export const bucketOf = (grade: number): number => Math.max(0, Math.min(3, Math.floor(grade + 1e-9)));

/** The parts a score is the sum of, as the match states them. */
export const PARTS = [
  'content',
  'area',
  'applicant',
  'programme',
  'geography',
  'funder',
  'partners',
  'domestic',
  'companies',
  'sea',
  'blockers',
] as const;
export type PartName = (typeof PARTS)[number];

const BOOST_PART: Record<string, PartName> = {
  'programme-priorities': 'programme',
  'geographic-focus': 'geography',
  'preferred-funder': 'funder',
  'partner-country': 'partners',
  'domestic-scope': 'domestic',
  'company-call': 'companies',
  'work-abroad': 'companies',
  'sea-call': 'sea',
};

export function partsOf(m: Match): Record<PartName, number> {
  const out = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<PartName, number>;
  for (const r of m.reasons) out.content += r.points;
  out.area = m.eligibility.areaPoints;
  out.applicant = m.eligibility.applicantPoints;
  for (const b of m.boosts) out[BOOST_PART[b.kind] ?? 'content'] += b.points;
  for (const b of m.blockers) out.blockers += b.points;
  return out;
}

/** A funder family (by the programme data the engine reads the call with) and, within it, the programme. */
export interface Family {
  family: string;
  programme: string;
}

const rootOf = (id: string): string => {
  let p = PROGRAMME_BY_ID.get(id);
  while (p?.parent && PROGRAMME_BY_ID.has(p.parent)) p = PROGRAMME_BY_ID.get(p.parent);
  return p?.name ?? id;
};

export function familyOf(s: CallSignals): Family {
  const areaId = s.areaId ?? s.textArea?.areaId;
  const area = areaId ? AREA_BY_ID.get(areaId) : undefined;
  if (area && areaId) {
    if (/^(?:erdf|jtf)-/.test(areaId)) return { family: 'Swedish regional ERDF/JTF', programme: area.name };
    if (/^(?:region|lansstyrelsen)-/.test(areaId))
      return { family: "A region's or länsstyrelse's own", programme: area.name };
    return area.lan.length > 0
      ? { family: 'Interreg & co. with a Swedish area', programme: area.name }
      : { family: 'Interreg & co. without Swedish län', programme: area.name };
  }
  if (s.textArea) return { family: 'Län named in the text', programme: s.textArea.said };
  const p = s.programmeId ? PROGRAMME_BY_ID.get(s.programmeId) : undefined;
  if (!p) return { family: 'No programme recognised', programme: '–' };
  const programme = rootOf(p.id);
  switch (p.geography) {
    case 'eu-wide':
      return { family: 'EU-wide programme', programme };
    case 'sweden':
      return { family: 'National (Sweden)', programme };
    case 'nordic-baltic':
    case 'nordic':
      return { family: 'Nordic-Baltic', programme };
    case 'non-eu':
      return { family: 'Outside the EU', programme };
    default:
      return { family: 'Programme area', programme };
  }
}

export const SITUATIONS = [
  'inside an area drawn around part of Sweden',
  'inside an area covering all Sweden',
  'open EU-wide, nationally or by country list',
  'outside the area',
  'country list excludes Sweden',
  'no area or geography found',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Where the body stands by the engine's area verdict (eligibility.ts judges it; this only names the case). */
export function situationOf(m: Match, s: CallSignals): Situation {
  if (m.blockers.some((b) => b.kind === 'country-not-eligible')) return 'country list excludes Sweden';
  if (m.blockers.some((b) => b.kind === 'outside-programme-area')) return 'outside the area';
  if (m.eligibility.area === 'eligible') {
    // The order of eligibility.ts's judgeArea: a programme area, then län the text names, then open geography.
    const area = s.areaId ? AREA_BY_ID.get(s.areaId) : undefined;
    if (area)
      return isNearArea(area.lan) ? 'inside an area drawn around part of Sweden' : 'inside an area covering all Sweden';
    if (s.textArea) return 'inside an area drawn around part of Sweden';
    return 'open EU-wide, nationally or by country list';
  }
  return 'no area or geography found';
}

export const APPLICANT_SITUATIONS = [
  'named: public bodies only',
  'named among other kinds',
  'open to any organisation',
  'eligible by programme data',
  'unknown: the call says nothing',
  'unknown: what it says leaves doubt',
  'not eligible',
] as const;
export type ApplicantSituation = (typeof APPLICANT_SITUATIONS)[number];

const PUBLIC_CLASSES = new Set(['municipal', 'region', 'public', 'school']);

/** Where the body stands by the engine's applicant verdict, and whether the call names only public bodies. */
export function applicantSituationOf(m: Match, s: CallSignals): ApplicantSituation {
  const e = m.eligibility;
  if (e.applicant === 'not-eligible') return 'not eligible';
  if (e.applicant === 'unknown')
    return s.saysWho ? 'unknown: what it says leaves doubt' : 'unknown: the call says nothing';
  if (e.applicantFrom === 'programme-data') return 'eligible by programme data';
  const named = s.listed.size > 0 ? s.listed : s.targeted;
  if (named.size === 0) return s.openToAll ? 'open to any organisation' : 'named among other kinds';
  return [...named].every((c) => PUBLIC_CLASSES.has(c)) && !s.openEnded && !s.openToAll
    ? 'named: public bodies only'
    : 'named among other kinds';
}

/** How much the call says: a listing's line, a short paragraph, a page. */
export function lengthOf(words: number): string {
  return words <= 40
    ? 'up to 40 words'
    : words <= 80
      ? '41–80 words'
      : words <= 160
        ? '81–160 words'
        : 'over 160 words';
}

export interface Observation {
  set: string;
  kind: string;
  body: string;
  callId: string;
  grade: number;
  score: number;
  family: Family;
  situation: Situation;
  applicant: ApplicantSituation;
  /** Title and summary length, as lengthOf() names it. */
  length: string;
  parts: Record<PartName, number>;
}

export interface WithResidual extends Observation {
  /** Score minus the mean score of this body's calls of the same grade bucket (same set and profile kind). */
  residual: number;
  /** The residual in grades: divided by the points one grade is worth for this body (least-squares slope). */
  residualGrades: number;
  partResidual: Record<PartName, number>;
}

const keyOf = (o: Observation) => `${o.set}\u0000${o.kind}\u0000${o.body}`;

/** Residuals against each (set, kind, body, grade bucket)'s mean, per part too. */
export function residuals(obs: readonly Observation[]): WithResidual[] {
  const groups = new Map<string, Observation[]>();
  for (const o of obs) {
    const k = keyOf(o);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(o);
  }
  const out: WithResidual[] = [];
  for (const list of groups.values()) {
    const slope = slopeOf(list);
    const cell = new Map<number, { n: number; score: number; parts: Record<PartName, number> }>();
    for (const o of list) {
      const b = bucketOf(o.grade);
      const c = cell.get(b) ?? { n: 0, score: 0, parts: Object.fromEntries(PARTS.map((p) => [p, 0])) };
      c.n++;
      c.score += o.score;
      for (const p of PARTS) c.parts[p] += o.parts[p];
      cell.set(b, c as { n: number; score: number; parts: Record<PartName, number> });
    }
    for (const o of list) {
      const c = cell.get(bucketOf(o.grade))!;
      const residual = o.score - c.score / c.n;
      const partResidual = Object.fromEntries(PARTS.map((p) => [p, o.parts[p] - c.parts[p] / c.n])) as Record<
        PartName,
        number
      >;
      out.push({ ...o, residual, residualGrades: slope > 0 ? residual / slope : Number.NaN, partResidual });
    }
  }
  return out;
}

/** Points per grade: the least-squares slope of score on grade over one body's calls. */
function slopeOf(list: readonly Observation[]): number {
  const n = list.length;
  if (n < 2) return 0;
  const mg = list.reduce((t, o) => t + o.grade, 0) / n;
  const ms = list.reduce((t, o) => t + o.score, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const o of list) {
    sxy += (o.grade - mg) * (o.score - ms);
    sxx += (o.grade - mg) ** 2;
  }
  return sxx > 0 ? sxy / sxx : 0;
}

/** Pairs a body's ranking gets wrong (a grade apart or more, the better call scored lower), by family. */
export function discordant(rows: readonly WithResidual[], group: (r: WithResidual) => string) {
  const byBody = new Map<string, WithResidual[]>();
  for (const r of rows) {
    const k = keyOf(r);
    if (!byBody.has(k)) byBody.set(k, []);
    byBody.get(k)!.push(r);
  }
  const low = new Map<string, number>();
  const high = new Map<string, number>();
  let total = 0;
  for (const list of byBody.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a.grade - b.grade < 1 || a.score >= b.score) continue;
        total++;
        low.set(group(a), (low.get(group(a)) ?? 0) + 1);
        high.set(group(b), (high.get(group(b)) ?? 0) + 1);
      }
    }
  }
  return { low, high, total };
}

const sign = (x: number, digits = 1) =>
  Number.isNaN(x) ? '   n/a' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`.padStart(6);
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((t, x) => t + x, 0) / xs.length : Number.NaN);
const finite = (xs: readonly number[]) => xs.filter((x) => Number.isFinite(x));

/** One row per group: mean residual (points) per grade bucket with its count, and over all in points and grades. */
export function residualTable(
  title: string,
  rows: readonly WithResidual[],
  group: (r: WithResidual) => string,
): string {
  const groups = new Map<string, WithResidual[]>();
  for (const r of rows) {
    const g = group(r);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(r);
  }
  const width = Math.max(24, ...[...groups.keys()].map((g) => g.length)) + 1;
  const head = `  ${'group'.padEnd(width)}${GRADE_BUCKETS.map((b) => `grade ${b}`.padStart(13)).join('')}   all: pts  grades    n`;
  const lines = [...groups]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([g, list]) => {
      const cells = GRADE_BUCKETS.map((_, b) => {
        const xs = list.filter((r) => bucketOf(r.grade) === b).map((r) => r.residual);
        return xs.length ? `${sign(mean(xs))} (${String(xs.length).padStart(3)})` : ''.padStart(12);
      });
      const all = mean(list.map((r) => r.residual));
      const grades = mean(finite(list.map((r) => r.residualGrades)));
      return `  ${g.padEnd(width)}${cells.map((c) => c.padStart(13)).join('')}   ${sign(all)}  ${sign(grades, 2)} ${String(list.length).padStart(4)}`;
    });
  return `${title}\n${head}\n${lines.join('\n')}\n`;
}

/** Which parts of the score put a group off its grade: mean part residual (points), relevant and not relevant. */
export function partTable(title: string, rows: readonly WithResidual[], group: (r: WithResidual) => string): string {
  const groups = new Map<string, WithResidual[]>();
  for (const r of rows) {
    const g = group(r);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(r);
  }
  const width = Math.max(24, ...[...groups.keys()].map((g) => g.length)) + 12;
  const head = `  ${'group'.padEnd(width)}${PARTS.map((p) => p.slice(0, 8).padStart(9)).join('')}`;
  const lines: string[] = [];
  for (const [g, list] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const [name, keep] of [
      ['graded 2–3', (r: WithResidual) => r.grade >= 2],
      ['graded 0–½', (r: WithResidual) => r.grade < 1],
    ] as const) {
      const sub = list.filter(keep);
      if (sub.length === 0) continue;
      const cells = PARTS.map((p) => sign(mean(sub.map((r) => r.partResidual[p]))).padStart(9));
      lines.push(`  ${`${g} · ${name} (${sub.length})`.padEnd(width)}${cells.join('')}`);
    }
  }
  return `${title}\n${head}\n${lines.join('\n')}\n`;
}

export function discordantTable(title: string, rows: readonly WithResidual[], group: (r: WithResidual) => string) {
  const { low, high, total } = discordant(rows, group);
  const names = [...new Set([...low.keys(), ...high.keys()])].sort();
  const width = Math.max(24, ...names.map((g) => g.length)) + 1;
  const pct = (x: number) => `${((100 * x) / (total || 1)).toFixed(1)} %`.padStart(9);
  const lines = names.map(
    (g) =>
      `  ${g.padEnd(width)}${String(low.get(g) ?? 0).padStart(8)}${pct(low.get(g) ?? 0)}${String(high.get(g) ?? 0).padStart(8)}${pct(high.get(g) ?? 0)}`,
  );
  return `${title} (${total} pairs a grade or more apart in the wrong order)\n  ${'group'.padEnd(width)}  as the better call (too low)   as the worse call (too high)\n${lines.join('\n')}\n`;
}

/** The calls furthest off their grade, for reading: the worst `n` each way. */
export function outliers(rows: readonly WithResidual[], n: number): string {
  const sorted = [...rows].sort((a, b) => a.residual - b.residual);
  const line = (r: WithResidual) =>
    `  ${sign(r.residual)}  ${r.set}/${r.kind}/${r.body} grade ${r.grade} score ${r.score}  ${r.callId}  [${r.family.programme}; ${r.situation}]`;
  return `Furthest below their grade\n${sorted.slice(0, n).map(line).join('\n')}\nFurthest above their grade\n${sorted
    .slice(-n)
    .reverse()
    .map(line)
    .join('\n')}\n`;
}
