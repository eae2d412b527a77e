import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../cli/store-file.ts';

/** When each team's digest last went out (DATA/digest-state.json). */
export class DigestState {
  private readonly file: string;
  constructor(dataDir: string) {
    this.file = join(dataDir, 'digest-state.json');
  }
  private read(): Record<string, string> {
    if (!existsSync(this.file)) return {};
    try {
      const raw = JSON.parse(readFileSync(this.file, 'utf8')) as { lastSent?: Record<string, unknown> };
      return Object.fromEntries(
        Object.entries(raw.lastSent ?? {}).filter(([, v]) => typeof v === 'string' && !Number.isNaN(Date.parse(v))),
      ) as Record<string, string>;
    } catch {
      // A broken state file only means a digest may go out once more.
      return {};
    }
  }
  lastSent(team: string): Date | undefined {
    const v = this.read()[team];
    return v ? new Date(v) : undefined;
  }
  markSent(team: string, at: Date): void {
    const all = this.read();
    all[team] = at.toISOString();
    writeFileAtomic(this.file, `${JSON.stringify({ lastSent: all }, null, 2)}\n`);
  }
}

/** Weekday (0 = Sunday) and hour of `at` on the wall clock of `timeZone`. */
export function wallClock(at: Date, timeZone: string): { weekday: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const wd = parts.find((p) => p.type === 'weekday')?.value ?? 'Mon';
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  return { weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(wd), hour };
}

/** Due when it is the digest's weekday, at or after its hour, and the last one went out over six days ago. */
export function digestDue(
  now: Date,
  last: Date | undefined,
  when: { weekday: number; hour: number; timeZone: string },
): boolean {
  const w = wallClock(now, when.timeZone);
  if (w.weekday !== when.weekday || w.hour < when.hour) return false;
  return !last || now.getTime() - last.getTime() > 6 * 86_400_000;
}
