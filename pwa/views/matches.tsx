import { useMemo, useState } from 'preact/hooks';
import { deadlineInstant } from '../../core/model/deadline-time.ts';
import type { Band } from '../../core/model/match.ts';
import { nextDeadline } from '../../core/model/status.ts';
import type { RankedCall } from '../calls/ranker.ts';
import { BandBadge } from '../components/band-badge.tsx';
import { DeadlineText } from '../components/deadline-text.tsx';
import { BAND_LABELS } from '../components/labels.ts';
import { ReasonsList } from '../components/reasons-list.tsx';
import { lang, t } from '../i18n/lang.ts';
import { stopWatching, watch } from '../state/commands.ts';
import { useAppState } from '../state/store.ts';

type StatusFilter = 'all' | 'open' | 'forthcoming' | 'closed';
const PAGE = 60;

function matchesStatus(r: RankedCall, f: StatusFilter): boolean {
  const s = r.call.status ?? 'open';
  if (f === 'all') return true;
  if (f === 'open') return s === 'open' || s === 'closing-soon';
  return s === f;
}

export function MatchesView() {
  const { ranked, watchlist, profile, callsInfo } = useAppState();
  const [funder, setFunder] = useState('');
  const [band, setBand] = useState<'' | Band>('');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [before, setBefore] = useState('');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const now = useMemo(() => new Date(), []);
  const watched = useMemo(() => new Set(watchlist.map((w) => w.callId)), [watchlist]);
  const funders = useMemo(() => [...new Set((ranked ?? []).map((r) => r.call.funder))].sort(), [ranked]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const limitMs = before ? Date.parse(`${before}T23:59:59Z`) : undefined;
    return (ranked ?? []).filter((r) => {
      if (funder && r.call.funder !== funder) return false;
      if (band && r.match.band !== band) return false;
      if (!matchesStatus(r, status)) return false;
      if (limitMs !== undefined) {
        const next = nextDeadline(r.call, now);
        if (!next || deadlineInstant(next).getTime() > limitMs) return false;
      }
      if (
        q &&
        !`${r.call.title} ${r.call.summary} ${r.call.funder} ${r.call.programme ?? ''}`.toLowerCase().includes(q)
      )
        return false;
      return true;
    });
  }, [ranked, funder, band, status, before, query, now]);

  const l = lang();
  return (
    <section aria-labelledby="matches-h">
      <h2 id="matches-h">{t('Matchningar', 'Matches')}</h2>
      <p class="muted">
        {profile
          ? t(`Utlysningar rangordnade för ${profile.name}.`, `Calls ranked for ${profile.name}.`)
          : t('Ingen profil vald – välj en under Profil.', 'No profile chosen – pick one under Profile.')}{' '}
        {callsInfo.error && (
          <span class="error">{t('Kunde inte hämta utlysningar: ', 'Could not load calls: ') + callsInfo.error}</span>
        )}
      </p>
      <form class="filters" aria-label={t('Filtrera utlysningar', 'Filter calls')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('Sök', 'Search')}
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <label>
          {t('Finansiär', 'Funder')}
          <select value={funder} onChange={(e) => setFunder(e.currentTarget.value)}>
            <option value="">{t('Alla', 'All')}</option>
            {funders.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Matchning', 'Band')}
          <select value={band} onChange={(e) => setBand(e.currentTarget.value as '' | Band)}>
            <option value="">{t('Alla', 'All')}</option>
            {(Object.keys(BAND_LABELS) as Band[]).map((b) => (
              <option key={b} value={b}>
                {BAND_LABELS[b][l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Status', 'Status')}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
            <option value="open">{t('Öppna', 'Open')}</option>
            <option value="forthcoming">{t('Kommande', 'Forthcoming')}</option>
            <option value="closed">{t('Stängda', 'Closed')}</option>
            <option value="all">{t('Alla', 'All')}</option>
          </select>
        </label>
        <label>
          {t('Deadline senast', 'Deadline by')}
          <input type="date" value={before} onInput={(e) => setBefore(e.currentTarget.value)} />
        </label>
      </form>
      {ranked === undefined ? (
        <p aria-busy="true">{t('Poängsätter utlysningar…', 'Scoring calls…')}</p>
      ) : (
        <>
          <p class="count" aria-live="polite">
            {t(`${shown.length} utlysningar`, `${shown.length} calls`)}
          </p>
          {shown.length === 0 &&
            (ranked.length === 0 ? (
              <p class="empty">
                {t(
                  'Inga utlysningar är inlästa ännu. Ange adressen till ett flöde under Inställningar, eller hämta igen där.',
                  'No calls loaded yet. Enter a feed address under Settings, or fetch again there.',
                )}
              </p>
            ) : (
              <div class="empty">
                <p>
                  {t(
                    `Ingen av de ${ranked.length} utlysningarna passar filtren.`,
                    `None of the ${ranked.length} calls fits the filters.`,
                  )}
                </p>
                <button
                  type="button"
                  onClick={() => {
                    setQuery('');
                    setFunder('');
                    setBand('');
                    setStatus('all');
                    setBefore('');
                  }}
                >
                  {t('Visa alla utlysningar', 'Show all calls')}
                </button>
              </div>
            ))}
          <ol class="cards">
            {shown.slice(0, limit).map((r) => (
              <li key={r.call.id} class={`card band-edge-${r.match.band}`} data-call-id={r.call.id}>
                <div class="card-head">
                  <h3>
                    {r.call.url ? (
                      <a href={r.call.url} target="_blank" rel="noopener noreferrer">
                        {r.call.title}
                      </a>
                    ) : (
                      r.call.title
                    )}
                  </h3>
                  <BandBadge band={r.match.band} score={r.match.score} />
                </div>
                <p class="meta">
                  {r.call.funder}
                  {r.call.programme ? ` · ${r.call.programme}` : ''}
                </p>
                <DeadlineText call={r.call} now={now} />
                <ReasonsList reasons={r.match.reasons} />
                {r.match.blockers.length > 0 && (
                  <p class="blockers">{r.match.blockers.map((b) => b.text[l]).join(' · ')}</p>
                )}
                {watched.has(r.call.id) ? (
                  <button type="button" class="watch on" aria-pressed="true" onClick={() => stopWatching(r.call.id)}>
                    {t('Bevakas ✓', 'Watching ✓')}
                  </button>
                ) : (
                  <button type="button" class="watch" aria-pressed="false" onClick={() => watch(r.call, r.match)}>
                    {t('Bevaka', 'Watch')}
                  </button>
                )}
              </li>
            ))}
          </ol>
          {shown.length > limit && (
            <button type="button" class="more" onClick={() => setLimit(limit + PAGE)}>
              {t('Visa fler', 'Show more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
