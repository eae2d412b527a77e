/**
 * The explanation audit: what the engine tells a user about a call (its top reason, the two eligibility lines,
 * every blocker) as claims, each matched by id to a label a person gave by reading the call's text
 * (tests/audit/explanation-claims.jsonl). Claims are made afresh from the current engine on every run, so the
 * printed share is the current engine's; a claim whose wording changed has a new id and is reported unlabelled.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { type AnalysedCall, rank } from '../../core/match/index.ts';
import { adjustmentLine, applicantLine, areaLine, evidenceWords, SOURCE_MARK } from '../../core/match/provenance.ts';
import { conceptShown } from '../../core/match/reason-groups.ts';
import { InputError } from '../../core/model/errors.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';

export const CLAIM_KINDS = ['top-reason', 'area', 'applicant', 'blocker'] as const;

export const LabelSchema = z.object({
  id: z.string().min(1),
  callId: z.string().min(1),
  profile: z.string().min(1),
  kind: z.enum(CLAIM_KINDS),
  claim: z.string().min(1),
  label: z.boolean(),
  note: z.string().default(''),
});
export type ClaimLabel = z.infer<typeof LabelSchema>;

export interface Claim {
  id: string;
  callId: string;
  profile: string;
  kind: (typeof CLAIM_KINDS)[number];
  claim: string;
}

/** How many of each body's best-ranked calls are audited: what a user reads first. */
export const AUDIT_TOP = 10;
/** Blockers are audited on every call: a false one pushes a call out of sight. */
export const BLOCKER_TOP = Number.POSITIVE_INFINITY;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function claimsOf(match: Match, profile: string, position: number): Claim[] {
  const out: Claim[] = [];
  const add = (kind: Claim['kind'], key: string, claim: string) =>
    out.push({
      id: `${match.callId}/${profile}/${kind}/${squash(key)}`,
      callId: match.callId,
      profile,
      kind,
      claim: squash(claim),
    });
  if (position < AUDIT_TOP) {
    const top = match.reasons[0];
    if (top) {
      // As the user reads them: the call's word in quotes, or programme data said to be programme data.
      const shown = top.evidence.map((e) => evidenceWords(e, 'sv'));
      const words = shown.map((w) => w.text).join(' | ');
      const about = conceptShown(top, 'sv') ?? 'egen term';
      // A claim worded differently is a new claim: a related topic gets its own id, and its own label.
      add(
        'top-reason',
        `${top.priorityId}:${top.conceptId ?? 'term'}${top.related ? '~related' : ''}:${words}`,
        `Matchar "${top.priorityLabel.sv}" (${about}) genom ${top.evidence.map((e, i) => `${shown[i].quoted ? `"${shown[i].text}"` : shown[i].text} [${e.quote}]`).join('; ')}`,
      );
    }
    const area = areaLine(match.eligibility, 'sv');
    add('area', `${match.eligibility.area}:${area}`, `Programområde: ${area}`);
    const applicant = applicantLine(match.eligibility, 'sv');
    add('applicant', `${match.eligibility.applicant}:${applicant}`, `Sökande: ${applicant}`);
  }
  if (position < BLOCKER_TOP) {
    for (const b of match.blockers) {
      const line = adjustmentLine(b, 'sv');
      add('blocker', `${b.kind}:${line}`, `Hinder: ${line}`);
    }
  }
  return out;
}

export function currentClaims(calls: readonly AnalysedCall[], profiles: ReadonlyMap<string, Profile>): Claim[] {
  const out: Claim[] = [];
  for (const [id, profile] of profiles) {
    rank(calls, profile)
      .slice(0, Math.max(AUDIT_TOP, BLOCKER_TOP))
      .forEach((r, i) => {
        out.push(...claimsOf(r.match, id, i));
      });
  }
  return out;
}

export function readLabels(path: string): Map<string, ClaimLabel> {
  const out = new Map<string, ClaimLabel>();
  if (!existsSync(path)) return out;
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new InputError('invalid JSON', { file: path, line: i + 1 });
      }
      const parsed = LabelSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InputError(issue.message, { file: path, line: i + 1 }, issue.path.map(String).join('.'));
      }
      if (out.has(parsed.data.id)) throw new InputError('duplicate claim id', { file: path, line: i + 1 }, 'id');
      out.set(parsed.data.id, parsed.data);
    });
  return out;
}

const MARK = ` (${SOURCE_MARK['programme-data'].sv})`;
/**
 * The id a claim had before its line said where it comes from: a mark of provenance ("(programdata)") adds no
 * assertion about the call, so a label given to the same line without it still holds (a false line stays false).
 * Only eligibility lines and blockers: a reason's evidence changes what it claims when it comes from data.
 */
function unmarked(id: string): string {
  return /\/(area|applicant|blocker)\//.test(id) ? id.split(MARK).join('') : id;
}

export interface AuditResult {
  share?: number;
  report: string;
}

export function runAudit(
  calls: readonly AnalysedCall[],
  profiles: ReadonlyMap<string, Profile>,
  labelsFile: string,
  dumpTo?: string,
  /** A set still blind to the engineers: its counts only, never which claims are false. */
  blind = false,
): AuditResult {
  const claims = currentClaims(calls, profiles);
  const labels = readLabels(labelsFile);
  let labelled = 0;
  let truthful = 0;
  const byKind = new Map<string, { n: number; t: number }>();
  const unlabelled: Claim[] = [];
  const falseOnes: Claim[] = [];
  for (const c of claims) {
    const l = labels.get(c.id) ?? labels.get(unmarked(c.id));
    if (!l) {
      unlabelled.push(c);
      continue;
    }
    labelled++;
    const k = byKind.get(c.kind) ?? { n: 0, t: 0 };
    k.n++;
    if (l.label) {
      truthful++;
      k.t++;
    } else falseOnes.push(c);
    byKind.set(c.kind, k);
  }
  if (dumpTo) {
    writeFileSync(
      dumpTo,
      unlabelled.map((c) => JSON.stringify({ ...c, label: null, note: '' })).join('\n') +
        (unlabelled.length ? '\n' : ''),
    );
  }
  const share = labelled > 0 ? truthful / labelled : undefined;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const kinds = [...byKind].map(([k, v]) => `${k} ${v.t}/${v.n}`).join(', ');
  const lines = [
    `Explanation audit (${labelsFile.replace(/.*\/(tests|shared)\//, '$1/')}): ${claims.length} claims from the current engine (top ${AUDIT_TOP} per body: top reason and eligibility lines; every blocker)`,
    `  labelled ${labelled}, true ${truthful}: ${share === undefined ? 'n/a' : pct(share)} true (${kinds})`,
    `  unlabelled new claims: ${unlabelled.length}${unlabelled.length ? ' (fundwatch eval --audit-dump FILE lists them for labelling)' : ''}`,
  ];
  if (blind) lines.push('  (a blind set: which claims are false is not listed; see its README)');
  else for (const f of falseOnes.slice(0, 20)) lines.push(`  false: ${f.id}`);
  return { share, report: `${lines.join('\n')}\n` };
}
