import type { FundingCall } from '../../core/model/call.ts';

export interface RecurringItem {
  call: FundingCall;
  opens: string;
  closes: string;
  /** The funder moves the day a little each year: shown as "omkring". */
  approximate: boolean;
}

/** Recurring windows (ICLD, Erasmus+ national rounds) of the coming months, from core's reference data. */
export async function loadRecurring(now: Date, months = 12): Promise<RecurringItem[]> {
  const { upcomingWindows, windowToCall } = await import('../../core/sources/recurring.ts');
  return upcomingWindows(now, months).map((o) => ({
    call: windowToCall(o, now.toISOString()),
    opens: o.opens,
    closes: o.closes,
    approximate: o.precision !== 'exact',
  }));
}
