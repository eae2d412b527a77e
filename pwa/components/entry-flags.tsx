import { deadlineWhen } from '../../core/format/deadline-text.ts';
import type { Deadline } from '../../core/model/call.ts';
import { lastDeadlineMove } from '../db/entities/deadline-move.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';
import { WATCH_STATUS_LABELS } from '../db/entities/watch-status.ts';
import { formatDate, lang, t } from '../i18n/lang.ts';

/** The moved deadlines as core tells them: "15 jan. 2027 kl. 16.00", converted to Swedish time when elsewhere. */
function deadlineDates(ds: readonly Deadline[]): string {
  return ds.map((d) => deadlineWhen(d, lang())).join(', ') || '–';
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
