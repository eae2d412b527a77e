import { timingShort } from '../../core/format/deadline-text.ts';
import { deadlineInfo } from '../../core/match/deadline.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { announcedPeriod } from '../../core/model/status.ts';
import { lang } from '../i18n/lang.ts';
import { CALL_STATUS_LABELS } from './labels.ts';

/**
 * The call's status and timing, told by core (the same words as the extension, CLI and digest). Short on a
 * card ("Ansökan 14 jan. 2027 kl. 16.00 · 45 dagar kvar"); `full` gives the whole note with the funder's own
 * clock and zone.
 */
export function DeadlineText({ call, now, full = false }: { call: FundingCall; now: Date; full?: boolean }) {
  const info = deadlineInfo(call, now);
  const status = info.status === 'undated' ? 'forthcoming' : info.status;
  const l = lang();
  const text = full
    ? info.status === 'closed'
      ? info.text[l].replace(/^(Stängd|Closed) – /, '')
      : info.text[l]
    : timingShort(info, call, announcedPeriod(call, now), l, now);
  return (
    <span class={`deadline status-${status}`}>
      <span class="chip">{CALL_STATUS_LABELS[status][l]}</span> <span>{text}</span>
    </span>
  );
}
