import { deadlineInfo } from '../../core/match/deadline.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { lang } from '../i18n/lang.ts';
import { CALL_STATUS_LABELS } from './labels.ts';

/**
 * The call's status and its deadline note, told by core (the same words as the extension, CLI and digest):
 * "Öppen · Sista ansökningsdag 15 jan. 2027 kl. 16.00 (om 46 dagar)".
 */
export function DeadlineText({ call, now }: { call: FundingCall; now: Date }) {
  const info = deadlineInfo(call, now);
  const status = info.status === 'undated' ? 'forthcoming' : info.status;
  const l = lang();
  return (
    <span class={`deadline status-${status}`}>
      <span class="chip">{CALL_STATUS_LABELS[status][l]}</span>{' '}
      <span>{info.status === 'closed' ? info.text[l].replace(/^(Stängd|Closed) – /, '') : info.text[l]}</span>
    </span>
  );
}
