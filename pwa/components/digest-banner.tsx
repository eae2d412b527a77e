import { type DigestItem, digestIsEmpty } from '../digest/compute-digest.ts';
import { formatDate, t } from '../i18n/lang.ts';
import { getState, setState, useAppState } from '../state/store.ts';

function Items({ items }: { items: DigestItem[] }) {
  return (
    <ul>
      {items.slice(0, 5).map((i) => (
        <li key={i.callId}>
          {i.title}
          {i.deadline ? ` – ${formatDate(i.deadline)}` : ''}
          {i.reasons.length ? ` (${i.reasons.join(', ')})` : ''}
        </li>
      ))}
      {items.length > 5 && <li>{t(`…och ${items.length - 5} till`, `…and ${items.length - 5} more`)}</li>}
    </ul>
  );
}

/** "Nytt sedan förra veckan", shown whenever the app opens (the notification is only a bonus). */
export function DigestBanner() {
  const { digest, digestDismissed } = useAppState();
  if (!digest || digestDismissed || digestIsEmpty(digest)) return null;
  return (
    <aside class="digest" aria-labelledby="digest-h">
      <h2 id="digest-h">{t('Nytt sedan förra veckan', 'New since last week')}</h2>
      {digest.newMatches.length > 0 && (
        <>
          <h3>{t(`Nya matchningar (${digest.newMatches.length})`, `New matches (${digest.newMatches.length})`)}</h3>
          <Items items={digest.newMatches} />
        </>
      )}
      {digest.movedDeadlines.length > 0 && (
        <>
          <h3>{t('Ändrade deadlines', 'Moved deadlines')}</h3>
          <Items items={digest.movedDeadlines} />
        </>
      )}
      {digest.closingSoon.length > 0 && (
        <>
          <h3>{t('Stänger snart', 'Closing soon')}</h3>
          <Items items={digest.closingSoon} />
        </>
      )}
      <button type="button" onClick={() => setState({ digestDismissed: !getState().digestDismissed })}>
        {t('Dölj', 'Hide')}
      </button>
    </aside>
  );
}
