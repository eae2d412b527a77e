import { groupReasons, type ReasonLike } from '../match/reason-groups.ts';
import type { ReasonLines } from '../model/saved-match.ts';
import { foldMinor } from './minor-reasons.ts';
import { formatPoints } from './points.ts';

export type FigureLang = 'sv' | 'en';

/** A priority as a short list has room for: its name and its figure. */
export interface PriorityFigure {
  priorityId: string;
  /** The priority's name in the reader's language. */
  label: string;
  /** "+22,2 p" / "+22.2 p". */
  figure: string;
}

/**
 * The priorities a one-line summary has room for (the extension's popup and digest list), most points first, with
 * the figures the full explanation gives them (core's grouping and rounding): a minor priority (minor-reasons.ts) is
 * left to the full explanation. `gross` is what a minor share is measured against: the match's positive figures when
 * known (grossPoints), else the reasons' own.
 */
export function priorityFigures(
  reasons: readonly ReasonLike[],
  lang: FigureLang,
  max: number,
  gross?: number,
): PriorityFigure[] {
  const groups = groupReasons(reasons, lang);
  const { shown } = foldMinor(groups, gross ?? groups.reduce((t, g) => t + Math.max(0, g.points), 0));
  return shown
    .slice(0, max)
    .map((g) => ({ priorityId: g.priorityId, label: g.label[lang], figure: formatPoints(g.points, lang) }));
}

/** "Hållbar utveckling +22,2 p". */
export function priorityFigureText(f: PriorityFigure): string {
  return `${f.label} ${f.figure}`;
}

/**
 * The lines an older extension kept instead of structured reasons, in the reader's language: shown as they were
 * until the call is scored again. Undefined when the match has structured reasons (they are told instead).
 */
export function legacyLines(
  saved: { reasons: readonly unknown[]; lines?: ReasonLines },
  lang: FigureLang,
): string[] | undefined {
  return saved.reasons.length === 0 && saved.lines?.[lang].length ? saved.lines[lang] : undefined;
}
