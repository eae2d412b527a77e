import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FundingCall } from '../../core/model/call.ts';
import { deadlineInstant } from '../../core/model/deadline-time.ts';
import { loadRecurring, type RecurringItem } from '../calls/recurring.ts';
import { formatDate, lang, t } from '../i18n/lang.ts';
import { useAppState } from '../state/store.ts';

type Origin = 'watched' | 'matched' | 'recurring';
interface Item {
  at: number;
  kind: 'deadline' | 'opens';
  label?: string;
  call: FundingCall;
  origin: Origin;
}

const ORIGIN_LABEL: Record<Origin, { sv: string; en: string }> = {
  watched: { sv: 'Bevakad', en: 'Watched' },
  matched: { sv: 'Matchad', en: 'Matched' },
  recurring: { sv: 'Återkommande', en: 'Recurring' },
};

const monthFmt = {
  sv: new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }),
};

function itemsOf(call: FundingCall, origin: Origin, from: number, to: number): Item[] {
  const out: Item[] = [];
  for (const d of call.deadlines) {
    const at = deadlineInstant(d).getTime();
    if (at >= from && at <= to) out.push({ at, kind: 'deadline', label: d.label, call, origin });
  }
  if (call.opens) {
    const at = Date.parse(`${call.opens}T00:00:00Z`);
    if (at >= from && at <= to) out.push({ at, kind: 'opens', call, origin });
  }
  return out;
}

/** The coming 12 months: watched calls, matched calls and recurring windows, so work can start months ahead. */
export function TimelineView() {
  const { watchlist, ranked } = useAppState();
  const [recurring, setRecurring] = useState<RecurringItem[]>([]);
  const now = useMemo(() => new Date(), []);
  useEffect(() => {
    loadRecurring(now).then(setRecurring, () => setRecurring([]));
  }, [now]);
  const months = useMemo(() => {
    const from = now.getTime();
    const to = new Date(now).setMonth(now.getMonth() + 12);
    const seen = new Set<string>();
    const items: Item[] = [];
    const add = (call: FundingCall, origin: Origin) => {
      if (seen.has(call.id)) return;
      seen.add(call.id);
      items.push(...itemsOf(call, origin, from, to));
    };
    for (const w of watchlist) add(w.call, 'watched');
    for (const r of ranked ?? []) if (r.match.band === 'strong' || r.match.band === 'relevant') add(r.call, 'matched');
    const day = (d: string) => Date.parse(`${d}T12:00:00Z`);
    for (const r of recurring) {
      // A feed call of the same round wins over the rhythm kept as data.
      if (seen.has(r.call.id)) continue;
      seen.add(r.call.id);
      const about = r.approximate ? t('omkring', 'around') : '';
      if (day(r.opens) >= from && day(r.opens) <= to)
        items.push({
          at: day(r.opens),
          kind: 'opens',
          call: r.call,
          origin: 'recurring',
          label: about ? `${t('Öppnar', 'Opens')} ${about}` : undefined,
        });
      if (day(r.closes) >= from && day(r.closes) <= to)
        items.push({
          at: day(r.closes),
          kind: 'deadline',
          call: r.call,
          origin: 'recurring',
          label: `${t('Stänger', 'Closes')}${about ? ` ${about}` : ''}`,
        });
    }
    items.sort((a, b) => a.at - b.at);
    const byMonth = new Map<string, Item[]>();
    for (const it of items) {
      const key = monthFmt[lang()].format(it.at);
      byMonth.set(key, [...(byMonth.get(key) ?? []), it]);
    }
    return [...byMonth.entries()];
  }, [watchlist, ranked, recurring, now]);
  const l = lang();
  return (
    <section aria-labelledby="tl-h">
      <h2 id="tl-h">{t('Tidslinje – kommande 12 månader', 'Timeline – next 12 months')}</h2>
      <p class="muted">
        {t(
          'Deadlines och öppningar för bevakade och matchade utlysningar samt återkommande fönster (ICLD, Erasmus+).',
          'Deadlines and openings of watched and matched calls, and recurring windows (ICLD, Erasmus+).',
        )}
      </p>
      {months.length === 0 && <p class="empty">{t('Inget inom 12 månader ännu.', 'Nothing within 12 months yet.')}</p>}
      {months.map(([month, items]) => (
        <section key={month} class="month" aria-label={month}>
          <h3>{month}</h3>
          <ul class="timeline">
            {items.map((it) => (
              <li key={`${it.call.id}-${it.kind}-${it.at}`} class={`tl tl-${it.origin}`}>
                <time dateTime={new Date(it.at).toISOString()}>{formatDate(it.at)}</time>
                <span class="chip">
                  {it.label ?? (it.kind === 'opens' ? t('Öppnar', 'Opens') : t('Deadline', 'Deadline'))}
                </span>
                <span class="tl-title">{it.call.title}</span>
                <span class="meta">
                  {it.call.funder} · {ORIGIN_LABEL[it.origin][l]}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
