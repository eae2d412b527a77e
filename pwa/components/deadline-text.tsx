import type { FundingCall } from '../../core/model/call.ts';
import { deadlineInstant } from '../../core/model/deadline-time.ts';
import { nextDeadline } from '../../core/model/status.ts';
import { formatDateTime, lang, t } from '../i18n/lang.ts';
import { CALL_STATUS_LABELS } from './labels.ts';

/** "Öppen · deadline 12 mars 2026 17:00" — the next deadline in Swedish time, with the call's status. */
export function DeadlineText({ call, now }: { call: FundingCall; now: Date }) {
  const next = nextDeadline(call, now);
  const status = call.status ?? 'open';
  return (
    <span class={`deadline status-${status}`}>
      <span class="chip">{CALL_STATUS_LABELS[status][lang()]}</span>{' '}
      {next ? (
        <time dateTime={deadlineInstant(next).toISOString()}>
          {t('Deadline', 'Deadline')} {formatDateTime(deadlineInstant(next))}
        </time>
      ) : call.fuzzyDate ? (
        <span>{call.fuzzyDate}</span>
      ) : call.opens ? (
        <span>
          {t('Öppnar', 'Opens')} {call.opens}
        </span>
      ) : null}
    </span>
  );
}
