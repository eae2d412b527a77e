import type { Digest } from '../../core/digest/build.ts';
import type { DigestRun } from '../db/entities/digest-run.ts';

export function digestIsEmpty(d: Digest): boolean {
  return d.newMatches.length + d.changedDeadlines.length + d.upcoming.length + d.withdrawn.length === 0;
}

/** What a digest run records, so the next one can say "since". */
export function runOf(d: Digest, trigger: DigestRun['trigger'], notified: boolean): Omit<DigestRun, 'id'> {
  return {
    at: d.generatedAt,
    trigger,
    profileId: d.profile.id,
    newCallIds: d.newMatches.map((m) => m.call.id),
    movedCallIds: d.changedDeadlines.map((m) => m.call.id),
    closingCallIds: d.upcoming.map((m) => m.call.id),
    notified,
  };
}
