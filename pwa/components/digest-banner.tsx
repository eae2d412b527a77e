import type { Deadline, FundingCall } from '../../core/model/call.ts';
import { deadlineInstant } from '../../core/model/deadline-time.ts';
import type { Match } from '../../core/model/match.ts';
import { digestIsEmpty } from '../digest/digest-summary.ts';
import { formatDate, lang, t } from '../i18n/lang.ts';
import { getState, setState, useAppState } from '../state/store.ts';

interface Line {
  call: FundingCall;
  deadline?: Deadline;
  why?: string;
}

function Items({ items }: { items: Line[] }) {
  return (
    <ul>
      {items.slice(0, 5).map((i) => (
        <li key={i.call.id}>
          {i.call.title}
          {i.deadline ? ` – ${formatDate(deadlineInstant(i.deadline))}` : ''}
          {i.why && <span class="meta"> ({i.why})</span>}
        </li>
      ))}
      {items.length > 5 && <li>{t(`…och ${items.length - 5} till`, `…and ${items.length - 5} more`)}</li>}
    </ul>
  );
}

/** "Nytt sedan förra veckan" (core's digest), shown whenever the app opens; the notification is only a bonus. */
export function DigestBanner() {
  const { digest, digestDismissed } = useAppState();
  if (!digest || digestDismissed || digestIsEmpty(digest)) return null;
  const l = lang();
  const priorities = (m: Match) => [...new Set(m.reasons.map((r) => r.priorityLabel[l]))].slice(0, 2).join(', ');
  return (
    <aside class="digest" aria-labelledby="digest-h">
      <h2 id="digest-h">{t('Nytt sedan förra veckan', 'New since last week')}</h2>
      {digest.newMatches.length > 0 && (
        <>
          <h3>{t(`Nya matchningar (${digest.newMatches.length})`, `New matches (${digest.newMatches.length})`)}</h3>
          <Items items={digest.newMatches.map((m) => ({ call: m.call, why: priorities(m.match) }))} />
        </>
      )}
      {digest.changedDeadlines.length > 0 && (
        <>
          <h3>{t('Ändrade deadlines', 'Moved deadlines')}</h3>
          <Items items={digest.changedDeadlines.map((c) => ({ call: c.call, deadline: c.after[0] }))} />
        </>
      )}
      {digest.upcoming.length > 0 && (
        <>
          <h3>{t('Stänger snart', 'Closing soon')}</h3>
          <Items
            items={digest.upcoming.map((u) => ({
              call: u.call,
              deadline: u.deadline,
              why: u.watched ? t('bevakad', 'watched') : undefined,
            }))}
          />
        </>
      )}
      {digest.withdrawn.length > 0 && (
        <>
          <h3>{t('Borttagna av finansiären', 'Withdrawn by the funder')}</h3>
          <ul>
            {digest.withdrawn.slice(0, 5).map((w) => (
              <li key={w.callId}>{w.title}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={() => setState({ digestDismissed: !getState().digestDismissed })}>
        {t('Dölj', 'Hide')}
      </button>
    </aside>
  );
}
