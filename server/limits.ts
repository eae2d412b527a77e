import type { SyncLimits } from './config.ts';

export type LimitRefusal = { status: number; reason: string } | undefined;

/** Live sync connections per client address, per team and in total; a flood hits a ceiling, others go on. */
export class ConnectionLimits {
  private perIp = new Map<string, number>();
  private perTeam = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: SyncLimits) {}

  /** Refusal for a new connection, or undefined when it may open (then call `opened`). */
  check(ip: string, team: string): LimitRefusal {
    if (this.total >= this.limits.maxConnsTotal) return { status: 503, reason: 'server connection limit' };
    if ((this.perIp.get(ip) ?? 0) >= this.limits.maxConnsPerIp)
      return { status: 429, reason: 'too many connections from this address' };
    if ((this.perTeam.get(team) ?? 0) >= this.limits.maxConnsPerTeam)
      return { status: 429, reason: 'too many connections to this team' };
    return undefined;
  }

  opened(ip: string, team: string): () => void {
    this.total++;
    this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1);
    this.perTeam.set(team, (this.perTeam.get(team) ?? 0) + 1);
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      this.total--;
      dec(this.perIp, ip);
      dec(this.perTeam, team);
    };
  }

  counts(): { total: number; teams: number } {
    return { total: this.total, teams: this.perTeam.size };
  }
}

function dec(map: Map<string, number>, key: string) {
  const n = (map.get(key) ?? 1) - 1;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}

/**
 * At most `perMinute` log lines per key (client address) and minute, then one line saying how many were
 * dropped: a flood must not fill the disk through the log.
 */
export function throttledLog(perMinute: number): (key: string, write: (suppressed: number) => void) => void {
  const windows = new Map<string, { start: number; count: number; dropped: number }>();
  return (key, write) => {
    const now = Date.now();
    let w = windows.get(key);
    if (!w || now - w.start > 60_000) {
      if (w?.dropped) write(w.dropped);
      w = { start: now, count: 0, dropped: 0 };
      windows.set(key, w);
      if (windows.size > 10_000) windows.clear();
    }
    if (w.count++ < perMinute) write(0);
    else w.dropped++;
  };
}
