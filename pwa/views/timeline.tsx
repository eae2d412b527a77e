import { useEffect, useMemo, useState } from 'preact/hooks';
import { dateText, KIND_LABEL, MONTHS_LONG } from '../../core/format/deadline-text.ts';
import { safeHttpUrl } from '../../core/sources/lib/url.ts';
import { loadRecurring, type RecurringItem } from '../calls/recurring.ts';
import { lang, t } from '../i18n/lang.ts';
import { notEligibleReason } from '../matches/score-parts.ts';
import { useAppState } from '../state/store.ts';
import {
  monthsOf,
  type Origin,
  percentOf,
  type TimelineRow,
  type TimelineWindow,
  timelineRows,
} from '../timeline/timeline-rows.ts';

const ORIGIN_LABEL: Record<Origin, { sv: string; en: string }> = {
  watched: { sv: 'Bevakad', en: 'Watched' },
  matched: { sv: 'Matchad', en: 'Matched' },
  recurring: { sv: 'Återkommande omgång', en: 'Recurring round' },
};
const OPENS = { sv: 'Öppnar', en: 'Opens' };

function hrefOf(row: TimelineRow): { href: string; external: boolean } | undefined {
  if (row.origin === 'watched') return { href: `#/bevakning?call=${encodeURIComponent(row.id)}`, external: false };
  if (row.origin === 'matched') return { href: `#/matchningar?call=${encodeURIComponent(row.id)}`, external: false };
  const url = safeHttpUrl(row.call.url);
  return url ? { href: url, external: true } : undefined;
}

/** The row in words: the chart's text for screen readers, and the list's. */
function rowText(row: TimelineRow, l: 'sv' | 'en'): string {
  const about = row.approximate ? (l === 'sv' ? 'omkring ' : 'around ') : '';
  const parts = [
    `${ORIGIN_LABEL[row.origin][l]}${row.recurringRound ? (l === 'sv' ? ', årets återkommande omgång' : ", this year's recurring round") : ''}`,
    row.start ? `${OPENS[l]} ${about}${dateText(row.start, l)}` : l === 'sv' ? 'Öppen nu' : 'Open now',
    ...row.marks.map((m) => `${KIND_LABEL[m.kind][l]} ${about}${dateText(m.date, l)}`),
  ];
  return `${parts.join('. ')}.`;
}

function Chart({ rows, window: w }: { rows: TimelineRow[]; window: TimelineWindow }) {
  const l = lang();
  const months = monthsOf(w);
  const today = percentOf(w.today, w);
  return (
    <div class="tl-chart">
      <div class="tl-scale" aria-hidden="true">
        <span class="tl-label" />
        <span class="tl-track">
          {months.map((m) => (
            <span key={m.key} class="tl-month" style={{ left: `${m.left}%`, width: `${m.width}%` }}>
              <span class="long">{MONTHS_LONG[l][m.month].slice(0, 3)}</span>
              <span class="short">{MONTHS_LONG[l][m.month].charAt(0).toUpperCase()}</span>
            </span>
          ))}
        </span>
      </div>
      <ol class="tl-rows">
        {rows.map((row) => {
          const link = hrefOf(row);
          const left = row.start ? percentOf(row.start, w) : 0;
          const right = percentOf(row.end, w);
          const title = (
            <>
              <span class="tl-title" dir="auto">
                {row.call.title}
              </span>
              <span class="sr-only"> – {rowText(row, l)}</span>
            </>
          );
          return (
            <li
              key={row.id}
              class={`tl-row origin-${row.origin}${row.approximate ? ' approx' : ''}`}
              data-call-id={row.id}
            >
              <span class="tl-label">
                <span class="tl-origin" aria-hidden="true" title={ORIGIN_LABEL[row.origin][l]}>
                  {row.origin === 'watched' ? '★' : row.origin === 'matched' ? '◆' : '↻'}
                </span>
                {link ? (
                  <a href={link.href} {...(link.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
                    {title}
                  </a>
                ) : (
                  title
                )}
              </span>
              <span class="tl-track" aria-hidden="true">
                {months.slice(1).map((m) => (
                  <span key={m.key} class="tl-line" style={{ left: `${m.left}%` }} />
                ))}
                <span class="tl-today" style={{ left: `${today}%` }} />
                <span
                  class={`tl-bar${row.start ? '' : ' from-edge'}`}
                  style={{ left: `${left}%`, width: `${Math.max(0.8, right - left)}%` }}
                />
                {row.marks
                  .filter((m) => m.date >= w.from && m.date <= w.to)
                  .map((m) => (
                    <span
                      key={`${m.kind}-${m.date}`}
                      class={`tl-mark kind-${m.kind}`}
                      style={{ left: `${percentOf(m.date, w)}%` }}
                      title={`${KIND_LABEL[m.kind][l]} ${dateText(m.date, l)}`}
                    />
                  ))}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function Legend() {
  const l = lang();
  return (
    <ul class="tl-legend" aria-label={t('Teckenförklaring', 'Legend')}>
      <li>
        <span class="tl-key origin-watched" aria-hidden="true" /> ★ {ORIGIN_LABEL.watched[l]}
      </li>
      <li>
        <span class="tl-key origin-matched" aria-hidden="true" /> ◆ {ORIGIN_LABEL.matched[l]}
      </li>
      <li>
        <span class="tl-key origin-recurring" aria-hidden="true" /> ↻ {ORIGIN_LABEL.recurring[l]}
      </li>
      {(['project-idea', 'application', 'step-2'] as const).map((k) => (
        <li key={k}>
          <span class={`tl-mark-key kind-${k}`} aria-hidden="true" /> {KIND_LABEL[k][l]}
        </li>
      ))}
      <li>
        <span class="tl-today-key" aria-hidden="true" /> {t('I dag', 'Today')}
      </li>
    </ul>
  );
}

/** The same rows as a list by month: the chart's text alternative, and what a screen reader reads in order. */
function AsList({ rows }: { rows: TimelineRow[] }) {
  const l = lang();
  const items = rows
    .flatMap((row) => [
      ...(row.start ? [{ date: row.start, what: OPENS[l], row }] : []),
      ...row.marks.map((m) => ({ date: m.date, what: KIND_LABEL[m.kind][l], row })),
    ])
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byMonth = new Map<string, typeof items>();
  for (const it of items) {
    const [y, m] = it.date.split('-').map(Number);
    const key = `${MONTHS_LONG[l][m - 1]} ${y}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), it]);
  }
  return (
    <div class="tl-list">
      {[...byMonth.entries()].map(([month, list]) => (
        <section key={month} class="month" aria-label={month}>
          <h4>{month}</h4>
          <ul class="timeline">
            {list.map((it) => (
              <li key={`${it.row.id}-${it.what}-${it.date}`} class={`tl tl-${it.row.origin}`}>
                <time dateTime={it.date}>
                  {it.row.approximate ? t('omkring ', 'around ') : ''}
                  {dateText(it.date, l)}
                </time>
                <span class="chip">{it.what}</span>
                <span class="tl-title" dir="auto">
                  {it.row.call.title}
                </span>
                <span class="meta">
                  <bdi>{it.row.call.funder}</bdi> · {ORIGIN_LABEL[it.row.origin][l]}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The coming 12 months as a picture: one bar per call from opening to deadline, each step marked. */
export function TimelineView() {
  const { watchlist, ranked, profile } = useAppState();
  const [recurring, setRecurring] = useState<RecurringItem[]>([]);
  const now = useMemo(() => new Date(), []);
  useEffect(() => {
    loadRecurring(now).then(setRecurring, () => setRecurring([]));
  }, [now]);
  const { rows, window: w } = useMemo(() => {
    const matched = (ranked ?? [])
      .filter((r) => (r.match.band === 'strong' || r.match.band === 'relevant') && !notEligibleReason(r.match))
      .map((r) => r.call);
    return timelineRows(
      watchlist.map((e) => e.call),
      matched,
      recurring,
      now,
    );
  }, [watchlist, ranked, recurring, now]);
  const l = lang();
  return (
    <section aria-labelledby="tl-h" class="timeline-view">
      <p class="print-only print-head">
        {t('Omvärldsbevakning', 'Funding outlook')}
        {profile ? ` – ${profile.name}` : ''} – {dateText(w.today, l)}
      </p>
      <div class="row tl-head">
        <h2 id="tl-h">{t('Tidslinje – kommande 12 månader', 'Timeline – next 12 months')}</h2>
        <button type="button" class="no-print" onClick={() => print()}>
          {t('Skriv ut översikt', 'Print overview')}
        </button>
      </div>
      <p class="muted">
        {dateText(w.from, l).replace(/^1 /, '')} – {dateText(w.to, l).replace(/^\d+ /, '')}.{' '}
        {t(
          'En stapel per utlysning från öppning till sista dag, med varje steg markerat. Bevakade och väl matchade utlysningar samt återkommande omgångar (ICLD, Erasmus+).',
          'One bar per call from opening to its last deadline, each step marked. Watched and well-matched calls, and recurring rounds (ICLD, Erasmus+).',
        )}
      </p>
      {rows.length === 0 ? (
        <p class="empty">{t('Inget inom 12 månader ännu.', 'Nothing within 12 months yet.')}</p>
      ) : (
        <>
          <Legend />
          <Chart rows={rows} window={w} />
          <details class="tl-as-list">
            <summary>{t('Samma sak som lista, månad för månad', 'The same as a list, month by month')}</summary>
            <AsList rows={rows} />
          </details>
        </>
      )}
    </section>
  );
}
