import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { countText } from '../../core/format/deadline-text.ts';
import { deadlineInstant } from '../../core/model/deadline-time.ts';
import type { Band } from '../../core/model/match.ts';
import { nextDeadline } from '../../core/model/status.ts';
import type { RankedCall } from '../calls/ranker.ts';
import { BAND_LABELS } from '../components/labels.ts';
import { errorText } from '../i18n/error-text.ts';
import { lang, t } from '../i18n/lang.ts';
import { CallCard } from '../matches/call-card.tsx';
import { splitFirstView } from '../matches/first-view.ts';
import { markMatchesPainted } from '../matches/painted.ts';
import { hideCall, unhideCall, watch } from '../state/commands.ts';
import { notifyUndo, useAppState } from '../state/store.ts';

const PAGE = 40;

function Cards({ list, now, watched, id }: { list: RankedCall[]; now: Date; watched: Set<string>; id?: string }) {
  const [limit, setLimit] = useState(PAGE);
  return (
    <>
      <ol class="cards" id={id}>
        {list.slice(0, limit).map((r) => (
          <CallCard
            key={r.call.id}
            r={r}
            now={now}
            watched={watched.has(r.call.id)}
            onWatch={() => watch(r.call, r.match)}
            onHide={async (reason) => {
              await hideCall(r.call.id, reason);
              notifyUndo(t(`Dold: ${r.call.title}`, `Hidden: ${r.call.title}`), t('Ångra', 'Undo'), () =>
                unhideCall(r.call.id),
              );
            }}
          />
        ))}
      </ol>
      {list.length > limit && (
        <button type="button" class="more" onClick={() => setLimit(limit + PAGE)}>
          {t(`Visa fler (${list.length - limit} till)`, `Show more (${list.length - limit} more)`)}
        </button>
      )}
    </>
  );
}

/** A group that is rendered only once opened: the first paint is the calls the body can apply for. */
function Fold({
  id,
  summary,
  children,
  forceOpen = false,
}: {
  id: string;
  summary: string;
  children: () => ComponentChildren;
  forceOpen?: boolean;
}) {
  const [open, setOpen] = useState(forceOpen);
  useEffect(() => {
    if (forceOpen) setOpen(true);
  }, [forceOpen]);
  return (
    <details class="fold" id={id} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

/** A call named in the address (a digest or timeline link): its group is opened and its card brought into view. */
function useFocusCard(focus: string | undefined, ready: boolean) {
  useEffect(() => {
    if (!focus || !ready) return;
    const el = [...document.querySelectorAll<HTMLElement>('li.card')].find((c) => c.dataset.callId === focus);
    if (!el) return;
    el.classList.add('focused');
    el.scrollIntoView({ block: 'center' });
    el.querySelector<HTMLElement>('h3 a, button')?.focus({ preventScroll: true });
  }, [focus, ready]);
}

export function MatchesView({ focus }: { focus?: string }) {
  const { ranked, watchlist, profile, callsInfo, rankedFromSnapshot, hidden } = useAppState();
  const hiddenIds = useMemo(() => new Set(hidden.map((h) => h.callId)), [hidden]);
  const [funder, setFunder] = useState('');
  const [band, setBand] = useState<'' | Band>('');
  const [before, setBefore] = useState('');
  const [query, setQuery] = useState('');
  const now = useMemo(() => new Date(), []);
  const watched = useMemo(() => new Set(watchlist.map((w) => w.callId)), [watchlist]);
  const funders = useMemo(() => [...new Set((ranked ?? []).map((r) => r.call.funder))].sort(), [ranked]);
  const filtering = !!(funder || band || before || query.trim());

  const view = useMemo(() => {
    const q = query.trim().toLowerCase();
    const limitMs = before ? Date.parse(`${before}T23:59:59Z`) : undefined;
    const shown = (ranked ?? []).filter((r) => {
      if (hiddenIds.has(r.call.id)) return false;
      if (funder && r.call.funder !== funder) return false;
      if (band && r.match.band !== band) return false;
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
    return { total: shown.length, ...splitFirstView(shown) };
  }, [ranked, funder, band, before, query, now, hiddenIds]);

  useFocusCard(focus, ranked !== undefined);
  useEffect(() => {
    // The benchmark's "ranked calls painted": the frame after the first ranked list is committed.
    if (ranked !== undefined) requestAnimationFrame(markMatchesPainted);
  }, [ranked]);
  const l = lang();
  const reset = () => {
    setQuery('');
    setFunder('');
    setBand('');
    setBefore('');
  };
  return (
    <section aria-labelledby="matches-h">
      <h2 id="matches-h">{t('Matchningar', 'Matches')}</h2>
      <p class="muted lead">
        {profile
          ? t(
              `Öppna och kommande utlysningar som ${profile.name} kan söka, bäst matchning först.`,
              `Open and forthcoming calls ${profile.name} can apply for, best match first.`,
            )
          : t('Ingen profil vald – välj en under Profil.', 'No profile chosen – pick one under Profile.')}{' '}
        {callsInfo.error !== undefined && (
          <span class="error">
            {t('Kunde inte hämta utlysningar: ', 'Could not load calls: ') + errorText(callsInfo.error, l)}
          </span>
        )}
      </p>
      <form class="filters" aria-label={t('Filtrera utlysningar', 'Filter calls')} onSubmit={(e) => e.preventDefault()}>
        <label class="search">
          {t('Sök', 'Search')}
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <details class="more-filters">
          <summary>{t('Fler filter', 'More filters')}</summary>
          <div class="filter-row">
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
              {t('Deadline senast', 'Deadline by')}
              <input type="date" value={before} onInput={(e) => setBefore(e.currentTarget.value)} />
            </label>
          </div>
        </details>
      </form>
      {ranked === undefined ? (
        <p aria-busy="true">{t('Poängsätter utlysningar…', 'Scoring calls…')}</p>
      ) : (
        <>
          {rankedFromSnapshot && (
            <p class="muted refreshing" role="status">
              {t('Visar senaste rangordningen – uppdaterar…', 'Showing the last ranking – updating…')}
            </p>
          )}
          <p class="count" aria-live="polite">
            {t(
              `${countText(view.apply.length, 'call', 'sv')} att söka`,
              `${countText(view.apply.length, 'call', 'en')} to apply for`,
            )}
          </p>
          {view.total === 0 &&
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
                    `Ingen av de ${countText(ranked.length, 'call', 'sv')} passar filtren.`,
                    `None of the ${countText(ranked.length, 'call', 'en')} fits the filters.`,
                  )}
                </p>
                <button type="button" onClick={reset}>
                  {t('Visa alla utlysningar', 'Show all calls')}
                </button>
              </div>
            ))}
          {view.total > 0 && view.apply.length === 0 && (
            <p class="empty">
              {t(
                filtering
                  ? 'Inga öppna eller kommande utlysningar som ni kan söka passar filtren.'
                  : 'Inga öppna eller kommande utlysningar som ni kan söka just nu.',
                filtering
                  ? 'No open or forthcoming calls you can apply for fit the filters.'
                  : 'No open or forthcoming calls you can apply for right now.',
              )}
            </p>
          )}
          <Cards list={view.apply} now={now} watched={watched} id="matches-list" />
          {view.blocked.length > 0 && (
            <Fold
              id="fold-blocked"
              forceOpen={!!focus && view.blocked.some((r) => r.call.id === focus)}
              summary={t(
                `${countText(view.blocked.length, 'call', 'sv')} som ni inte kan söka`,
                `${countText(view.blocked.length, 'call', 'en')} you cannot apply for`,
              )}
            >
              {() => <Cards list={view.blocked} now={now} watched={watched} />}
            </Fold>
          )}
          {hidden.length > 0 && (
            <Fold id="fold-hidden" summary={t(`Dolda (${hidden.length})`, `Hidden (${hidden.length})`)}>
              {() => (
                <ul class="hidden-list">
                  {hidden.map((h) => (
                    <li key={h.callId} data-call-id={h.callId}>
                      <span class="entry-title" dir="auto">
                        {h.title || h.callId}
                      </span>
                      <span class="meta">
                        <bdi>{h.reason}</bdi> · <bdi>{h.who}</bdi>
                      </span>
                      <button type="button" onClick={() => unhideCall(h.callId)}>
                        {t('Visa igen', 'Show again')}
                        <span class="sr-only">: {h.title || h.callId}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </Fold>
          )}
          {view.closed.length > 0 && (
            <Fold
              id="fold-closed"
              forceOpen={!!focus && view.closed.some((r) => r.call.id === focus)}
              summary={t(`Visa stängda (${view.closed.length})`, `Show closed (${view.closed.length})`)}
            >
              {() => <Cards list={view.closed} now={now} watched={watched} />}
            </Fold>
          )}
        </>
      )}
    </section>
  );
}
