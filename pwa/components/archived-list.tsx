import { formatDate, t } from '../i18n/lang.ts';
import { restoreEntry } from '../state/commands.ts';
import { useAppState } from '../state/store.ts';

/**
 * Calls taken off the watchlist: archived, never deleted (in a team, for everyone). Each keeps its status, notes and
 * log and can be put back.
 */
export function ArchivedList() {
  const { archived } = useAppState();
  if (archived.length === 0) return null;
  return (
    <details class="archived" data-testid="archived">
      <summary>
        {t('Arkiverade', 'Archived')} ({archived.length})
      </summary>
      <ul>
        {archived.map((e) => {
          const line = [...e.log].reverse().find((l) => l.kind === 'archived');
          return (
            <li key={e.callId} data-call-id={e.callId}>
              <span>{e.call.title}</span>
              {line && (
                <span class="meta">
                  {' '}
                  · {formatDate(line.at)}
                  {line.who ? ` · ${line.who}` : ''}
                  {line.why ? `: ${line.why}` : ''}
                </span>
              )}{' '}
              <button type="button" onClick={() => restoreEntry(e.callId)}>
                {t('Återställ', 'Restore')}
                <span class="sr-only">: {e.call.title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
