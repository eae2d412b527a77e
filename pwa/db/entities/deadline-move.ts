import type { LogLine } from './watch-entry.ts';

/** The latest deadline move the feed logged, for "Ändrad deadline" (undefined when the deadline never moved). */
export function lastDeadlineMove(entry: {
  log: readonly LogLine[];
}): Extract<LogLine, { kind: 'deadline-moved' }> | undefined {
  for (let i = entry.log.length - 1; i >= 0; i--) {
    const line = entry.log[i];
    if (line.kind === 'deadline-moved') return line;
  }
  return undefined;
}
