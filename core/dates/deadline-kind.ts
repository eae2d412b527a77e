import type { DeadlineKind } from '../model/call.ts';

/** Words that name a step of a multi-step call; checked in order, so the more specific wins. */
const KIND_WORDS: [RegExp, DeadlineKind][] = [
  [/project idea|projektid[eé]|idea form|\bPIF\b|concept note|projektskiss|pre-?proposal/i, 'project-idea'],
  [/expressions? of interest|\bEoI\b|intresseanmälan|anmäla intresse/i, 'expression-of-interest'],
  [/step 2|second step|2nd step|stage 2|second stage|steg 2|andra steget|full proposal/i, 'step-2'],
  [/cut-?off/i, 'cut-off'],
  [/full applications?|fullständig ansökan|main application|application|ansökan|ansökningar/i, 'application'],
];

/** The kind a phrase names explicitly, or undefined when it names no step. */
export function namedKind(text: string): DeadlineKind | undefined {
  for (const [re, kind] of KIND_WORDS) if (re.test(text)) return kind;
  return undefined;
}

/** The deadline kind a phrase (e.g. the words before a date) names; "application" when it names none. */
export function kindFromText(text: string): DeadlineKind {
  return namedKind(text) ?? 'application';
}
