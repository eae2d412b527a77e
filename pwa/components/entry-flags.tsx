import { lastDeadlineMove } from '../db/entities/deadline-move.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';
import { WATCH_STATUS_LABELS } from '../db/entities/watch-status.ts';
import { formatDate, lang, t } from '../i18n/lang.ts';

function deadlineDates(ds: readonly { date: string; time?: string }[]): string {
  return ds.map((d) => formatDate(`${d.date}T12:00:00Z`) + (d.time ? ` ${d.time}` : '')).join(', ') || '–';
}

/**
 * What changed about a watched call that its owner must not miss: the feed moved its deadline ("Ändrad deadline",
 * with the old date), the funder withdrew it, or colleagues made disagreeing decisions at the same time.
 */
export function EntryFlags({ entry }: { entry: WatchEntry }) {
  const moved = lastDeadlineMove(entry);
  const l = lang();
  return (
    <>
      {moved && (
        <span
          class="flag moved"
          data-testid="deadline-moved"
          title={`${deadlineDates(moved.from)} → ${deadlineDates(moved.to)}`}
        >
          {t('Ändrad deadline', 'Deadline changed')}: {t('var', 'was')} {deadlineDates(moved.from)}
        </span>
      )}
      {entry.withdrawnAt && (
        <span class="flag withdrawn" data-testid="withdrawn">
          {t('Finns inte längre hos finansiären', 'No longer listed by the funder')} ({formatDate(entry.withdrawnAt)})
        </span>
      )}
      {entry.concurrent.length > 1 && (
        <span class="flag concurrent" data-testid="concurrent-decisions">
          {t('Samtidiga beslut', 'Concurrent decisions')}:{' '}
          {entry.concurrent.map((d) => `${WATCH_STATUS_LABELS[d.to][l]}${d.who ? ` (${d.who})` : ''}`).join(' / ')}
        </span>
      )}
    </>
  );
}
