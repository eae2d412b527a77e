import { countText, dateText } from '../../core/format/deadline-text.ts';
import type { Deadline, FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import { digestIsEmpty } from '../digest/digest-summary.ts';
import { lang, t } from '../i18n/lang.ts';
import { useAppState } from '../state/store.ts';

interface Line {
  call: FundingCall;
  deadline?: Deadline;
  why?: string;
}

/** Each item opens the call's card in the app (the card links on to the funder's page). */
function Items({ items }: { items: Line[] }) {
  const l = lang();
  return (
    <ul>
      {items.slice(0, 5).map((i) => (
        <li key={i.call.id}>
          <a href={`#/matchningar?call=${encodeURIComponent(i.call.id)}`} dir="auto">
            {i.call.title}
          </a>
          {i.deadline ? ` – ${dateText(i.deadline.date, l)}` : ''}
          {i.why && <span class="meta"> ({i.why})</span>}
        </li>
      ))}
      {items.length > 5 && <li>{t(`…och ${items.length - 5} till`, `…and ${items.length - 5} more`)}</li>}
    </ul>
  );
}

/**
 * "Nytt sedan förra veckan" (core's digest), shown whenever the app opens: one line that opens into the
 * items, collapsed so the calls come first.
 */
export function DigestBanner() {
  const { digest } = useAppState();
  if (!digest || digestIsEmpty(digest)) return null;
  const l = lang();
  const priorities = (m: Match) => [...new Set(m.reasons.map((r) => r.priorityLabel[l]))].slice(0, 2).join(', ');
  const summary = [
    digest.newMatches.length > 0 && countText(digest.newMatches.length, 'newMatch', l),
    digest.changedDeadlines.length > 0 && countText(digest.changedDeadlines.length, 'changedDeadline', l),
    digest.upcoming.length > 0 &&
      t(`${digest.upcoming.length} stänger snart`, `${digest.upcoming.length} closing soon`),
    digest.withdrawn.length > 0 && t(`${digest.withdrawn.length} borttagna`, `${digest.withdrawn.length} withdrawn`),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <details class="digest">
      <summary>
        <strong>{t('Nytt sedan förra veckan:', 'New since last week:')}</strong>&nbsp;
        <span class="digest-sum">{summary}</span>
      </summary>
      {digest.newMatches.length > 0 && (
        <>
          <h3>{t(`Nya matchningar (${digest.newMatches.length})`, `New matches (${digest.newMatches.length})`)}</h3>
          <Items items={digest.newMatches.map((m) => ({ call: m.call, why: priorities(m.match) }))} />
        </>
      )}
      {digest.changedDeadlines.length > 0 && (
        <>
          <h3>{t('Flyttade sista ansökningsdagar', 'Moved deadlines')}</h3>
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
              <li key={w.callId} dir="auto">
                {w.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
