import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { countText } from '../../core/format/deadline-text.ts';
import { ArchivedList } from '../components/archived-list.tsx';
import { BandBadge } from '../components/band-badge.tsx';
import { DeadlineText } from '../components/deadline-text.tsx';
import { EntryFlags } from '../components/entry-flags.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { WatchEntryEditor } from '../components/watch-entry-editor.tsx';
import { compareDeadlines } from '../db/entities/deadline-order.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';
import { WATCH_STATUS_LABELS, WATCH_STATUSES, type WatchStatus } from '../db/entities/watch-status.ts';
import { brokenRowText } from '../i18n/error-text.ts';
import { lang, t } from '../i18n/lang.ts';
import { useAppState } from '../state/store.ts';

type SortKey = 'deadline' | 'score';
/** Entries rendered per status group before "Visa fler": keeps a 5,000-entry watchlist's first render fast. */
const GROUP_PAGE = 20;

function sortEntries(entries: WatchEntry[], key: SortKey, now: number): WatchEntry[] {
  const byDeadline = (a: WatchEntry, b: WatchEntry) =>
    compareDeadlines(a.lastDeadline, b.lastDeadline, now) || a.call.title.localeCompare(b.call.title);
  return [...entries].sort((a, b) =>
    key === 'score' ? (b.savedMatch?.score ?? -1) - (a.savedMatch?.score ?? -1) || byDeadline(a, b) : byDeadline(a, b),
  );
}

function Group({
  status,
  entries,
  now,
  focus,
}: {
  status: WatchStatus;
  entries: WatchEntry[];
  now: Date;
  focus?: string;
}) {
  const [limit, setLimit] = useState(GROUP_PAGE);
  const [open, setOpen] = useState<string | undefined>(focus);
  const l = lang();
  return (
    <section class="group" aria-labelledby={`g-${status}`}>
      <h3 id={`g-${status}`}>
        {WATCH_STATUS_LABELS[status][l]} <span class="count">({entries.length})</span>
      </h3>
      <ul class="entries">
        {entries.slice(0, limit).map((e) => (
          <li key={e.callId} class="entry" data-call-id={e.callId}>
            <div class="entry-row">
              <div class="entry-main">
                <span class="entry-title clamp" dir="auto">
                  {e.call.title}
                </span>
                {/* Each piece of someone else's text is isolated: a right-to-left override stays inside it. */}
                <span class="meta one-line">
                  <bdi>{e.call.funder}</bdi>
                  {e.owner ? (
                    <>
                      {' · '}
                      {t('Ansvarig', 'Owner')}: <bdi>{e.owner}</bdi>
                    </>
                  ) : null}
                  {e.tags.length ? (
                    <>
                      {' · '}
                      <bdi>{e.tags.join(', ')}</bdi>
                    </>
                  ) : null}
                </span>
                <DeadlineText call={e.call} now={now} />
                <EntryFlags entry={e} />
              </div>
              {e.savedMatch && <BandBadge band={e.savedMatch.band} score={e.savedMatch.score} />}
              <button
                type="button"
                class="toggle"
                aria-expanded={open === e.callId}
                aria-controls={`ed-${e.callId}`}
                onClick={() => setOpen(open === e.callId ? undefined : e.callId)}
              >
                {open === e.callId ? t('Stäng', 'Close') : t('Detaljer', 'Details')}
                <span class="sr-only">: {e.call.title}</span>
              </button>
            </div>
            {open === e.callId && <WatchEntryEditor id={`ed-${e.callId}`} entry={e} />}
          </li>
        ))}
      </ul>
      {entries.length > limit && (
        <button type="button" class="more" onClick={() => setLimit(limit + GROUP_PAGE * 5)}>
          {t(`Visa fler (${entries.length - limit} till)`, `Show more (${entries.length - limit} more)`)}
        </button>
      )}
    </section>
  );
}

export function WatchlistView({ focus }: { focus?: string }) {
  const { watchlist, brokenRows, watchlistComplete } = useAppState();
  const [sort, setSort] = useState<SortKey>('deadline');
  const now = useMemo(() => new Date(), []);
  useLayoutEffect(() => {
    performance.mark('fw:watchlist:commit');
  }, []);
  useEffect(() => {
    // Painted: the bench reads this mark.
    requestAnimationFrame(() => performance.mark('fw:watchlist:painted'));
  }, []);
  useEffect(() => {
    // A call just shared or opened from a notification: bring it into view.
    if (focus)
      document.querySelector(`li.entry[data-call-id="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'center' });
  }, [focus, watchlist.length]);
  const groups = useMemo(() => {
    const sorted = sortEntries(watchlist, sort, now.getTime());
    return WATCH_STATUSES.map((s) => ({ status: s, entries: sorted.filter((e) => e.status === s) })).filter(
      (g) => g.entries.length > 0,
    );
  }, [watchlist, sort, now]);
  return (
    <section aria-labelledby="wl-h">
      <h2 id="wl-h">{t('Bevakning', 'Watchlist')}</h2>
      <div class="toolbar">
        <label>
          {t('Sortera efter', 'Sort by')}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
            <option value="deadline">{t('Deadline', 'Deadline')}</option>
            <option value="score">{t('Poäng', 'Score')}</option>
          </select>
        </label>
        <ExportButtons />
      </div>
      {!watchlistComplete && (
        <p class="muted" aria-busy="true">
          {t('Läser in hela bevakningen…', 'Reading the whole watchlist…')}
        </p>
      )}
      {brokenRows.length > 0 && (
        <details class="error broken-rows">
          <summary>
            {t(
              `${countText(brokenRows.length, 'storedEntry', 'sv')} kunde inte läsas och visas inte (de ligger kvar i databasen).`,
              `${countText(brokenRows.length, 'storedEntry', 'en')} could not be read and are not shown (they stay in the database).`,
            )}
          </summary>
          <ul>
            {brokenRows.map((line) => (
              <li key={line} dir="auto">
                {brokenRowText(line, lang())}
              </li>
            ))}
          </ul>
        </details>
      )}
      {watchlist.length === 0 ? (
        <p class="empty">
          {t(
            'Inget bevakas ännu. Tryck på ”Bevaka” vid en utlysning under Matchningar, eller dela en sida till Fundwatch.',
            'Nothing watched yet. Tap “Watch” on a call under Matches, or share a page to Fundwatch.',
          )}
        </p>
      ) : (
        groups.map((g) => <Group key={g.status} status={g.status} entries={g.entries} now={now} focus={focus} />)
      )}
      <ArchivedList />
    </section>
  );
}
