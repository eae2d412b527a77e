/**
 * The priorities a call's programme had in the call's own period. Programmes change their priorities between
 * periods: a call of the data's period has the programme's `priorities`; a call of an earlier period those of that
 * period where programmes.json holds them (`periods`, from the period's programme documents). Where the data holds
 * no priorities of the call's period, today's are returned marked as another period's (`ofCallPeriod: false`):
 * only those the call's own text names may then be read in.
 */
import { PROGRAMME_BY_ID } from '../data/index.ts';
import type { Programme } from '../data/schemas.ts';
import type { CallSignals } from './signals.ts';

export interface HeldPriorities {
  /** The programme's name in the priorities' period ("Interreg Baltic Sea Region 2014–2020"). */
  name: string;
  priorities: Programme['priorities'];
  /** The priorities are of the call's own period (else the data's, of another period than the call's). */
  ofCallPeriod: boolean;
}

const cache = new WeakMap<CallSignals, HeldPriorities | null>();

/** The priorities of the call's programme in the call's period, if its programme is known. */
export function callPriorities(signals: CallSignals): HeldPriorities | undefined {
  const hit = cache.get(signals);
  if (hit !== undefined) return hit ?? undefined;
  const programme = signals.programmeId ? PROGRAMME_BY_ID.get(signals.programmeId) : undefined;
  const period = signals.otherPeriod;
  const then = period ? programme?.periods?.find((x) => x.period === period) : undefined;
  const out = then ? { name: then.name, priorities: then.priorities, ofCallPeriod: true } : dataPriorities(signals);
  cache.set(signals, out ?? null);
  return out;
}

/** The priorities of the data's own period (`ofCallPeriod` false when the call is of another period). */
export function dataPriorities(signals: CallSignals): HeldPriorities | undefined {
  const programme = signals.programmeId ? PROGRAMME_BY_ID.get(signals.programmeId) : undefined;
  if (!programme) return undefined;
  return { name: programme.name, priorities: programme.priorities, ofCallPeriod: signals.otherPeriod === undefined };
}
