import type { FundingCall } from '../model/call.ts';

const DAY = 86_400_000;

function days(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

/**
 * Drops a discovery source's call (interreg.no) when the programme's own source lists the same call: same
 * programme area and every discovery deadline within a day or two of one of the programme call's deadlines
 * (interreg.no's dates are editorial and often a day early). The programme's page is the authority.
 */
export function dropDiscoveryDuplicates(calls: readonly FundingCall[], discovery: ReadonlySet<string>): FundingCall[] {
  const own = calls.filter((c) => !discovery.has(c.source) && c.programmeArea);
  return calls.filter((c) => {
    if (!discovery.has(c.source) || !c.programmeArea || c.deadlines.length === 0) return true;
    return !own.some(
      (o) =>
        o.programmeArea === c.programmeArea &&
        c.deadlines.every((d) => o.deadlines.some((od) => Math.abs(days(od.date) - days(d.date)) <= 2)),
    );
  });
}
