import { getDb } from '../db/open.ts';
import { localRepository, type WatchRepository } from '../db/repository.ts';

let repo: WatchRepository | undefined;
let pending: Promise<unknown> = Promise.resolve();

/**
 * Where writes go: this device's tables (solo) or the team document (when a team is set). Waits while the team is
 * being opened, so a write made during start-up (a hand-over, a quick tap) goes to the team, not to a table the
 * team's mirror is about to replace.
 */
export async function repository(): Promise<WatchRepository> {
  await pending.catch(() => undefined);
  repo ??= localRepository(getDb());
  return repo;
}

export function setRepository(next: WatchRepository): void {
  repo = next;
}

/** Holds writes until `opening` settles (the team session being opened). */
export function holdWritesUntil(opening: Promise<unknown>): void {
  pending = opening;
}
