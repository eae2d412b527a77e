import { useEffect, useState } from 'preact/hooks';
import { deadlineLine } from '../../core/format/deadline-text.ts';
import { priorityFigures, priorityFigureText } from '../../core/format/priority-figures.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { deadlineToShow } from '../../core/model/status.ts';
import { type Lang, type Res, type SavedCall, send } from '../messages.ts';
import { downloadText } from '../shared/download.ts';
import { pwaHandoverUrl, safeHref } from '../shared/handover.ts';
import { bandLabel, msg, navigatorLang } from '../shared/i18n.ts';
import { errorText } from '../shared/ui-error.ts';
import { whenText, whyLine } from '../shared/why-line.ts';

type State = Res<'get-state'>;

/** The page list shows this many, best first, and says how many more there are. */
const PAGE_LIST = 20;

function savedDeadline(call: FundingCall, lang: Lang): string {
  const d = deadlineToShow(call, new Date());
  return d ? deadlineLine(d, lang) : '';
}

/** A watched call's best priority and its points, from the reasons saved with it (none for an older version's text). */
function topReason(s: SavedCall, lang: Lang): string {
  const [best] = priorityFigures(s.reasons, lang, 1);
  return best ? priorityFigureText(best) : '';
}

/** A short fact after a watched call's title (" · 15 jan. 2027"); nothing when there is none to tell. */
function Aside({ text, class: extra }: { text: string; class?: string }) {
  return text ? <span class={extra ? `muted small ${extra}` : 'muted small'}> · {text}</span> : null;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The toolbar popup; with ?view=digest it is also the list the weekly notification opens. */
export function Popup({ view }: { view: 'popup' | 'digest' }) {
  const [state, setState] = useState<State | undefined>();
  const [error, setError] = useState('');
  const load = async () => {
    try {
      setState(await send('get-state', { tabId: view === 'popup' ? await activeTabId() : undefined }));
    } catch (err) {
      setError(errorText(navigatorLang(), err));
    }
  };
  useEffect(() => {
    load();
  }, []);
  if (error) return <main class="error">{error}</main>;
  if (!state) return <main class="muted">{msg(navigatorLang(), 'loading')}</main>;
  const lang = state.settings.lang;
  document.documentElement.lang = lang;

  const exportJson = async () => {
    const { json } = await send('export-saved', {});
    downloadText(`fundwatch-bevakning-${new Date().toISOString().slice(0, 10)}.json`, json);
  };

  return (
    <main>
      <h1>{msg(lang, 'extName')}</h1>
      <p class="muted" data-testid="profile">
        {msg(lang, 'popupProfile')}: {state.profile.name}
        {(state.profile.lanName ?? state.profile.lan) && ` · ${state.profile.lanName ?? state.profile.lan}`}{' '}
        <button type="button" class="link" onClick={() => chrome.runtime.openOptionsPage()}>
          {msg(lang, 'popupChange')}
        </button>
      </p>

      {view === 'digest' && (
        <section>
          <h2>{msg(lang, 'popupNewMatches')}</h2>
          {!state.digest ? (
            <p class="muted empty">{msg(lang, 'popupTheWeeklyCheckHas')}</p>
          ) : state.digest.entries.length === 0 ? (
            <p class="muted empty">{msg(lang, 'popupNothingNewSinceLast')}</p>
          ) : (
            <ul data-testid="digest">
              {state.digest.entries.map((e) => (
                <li key={e.callId}>
                  <span class={`band ${e.band}`}>
                    {bandLabel(lang, e.band)} {e.score}
                  </span>
                  <span>
                    <a href={safeHref(e.url)} target="_blank" rel="noreferrer">
                      {e.title}
                    </a>
                    <span class="muted"> · {e.funder}</span>
                    <br />
                    <span class="muted small why">{whyLine(e, lang)}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {state.digest && (
            <p class="muted" data-testid="digest-sources">
              {msg(lang, 'popupLastCheck')}: {new Date(state.digest.ranAt).toLocaleString(lang)} ·{' '}
              {msg(lang, 'popupSources')}: {state.digest.checked.join(', ') || '–'}
              {state.digest.errors.length > 0 && ` · ${msg(lang, 'popupProblems')}: ${state.digest.errors.length}`}
            </p>
          )}
        </section>
      )}

      {view === 'popup' && (
        <section>
          <h2>{msg(lang, 'popupCallsOnThisPage')}</h2>
          {state.pageCalls.length === 0 ? (
            <p class="muted empty">{msg(lang, 'popupNoCallsFoundOn')}</p>
          ) : (
            <ul data-testid="page-calls">
              {state.pageCalls.slice(0, PAGE_LIST).map((c) => (
                <li key={c.id}>
                  <span class={`band ${c.band}`}>
                    {bandLabel(lang, c.band)} {c.score}
                  </span>
                  <span>
                    <a href={safeHref(c.url)} target="_blank" rel="noreferrer">
                      {c.title}
                    </a>
                    {c.closing && (
                      <span class={`tag ${c.closing}`}>
                        {c.closing === 'closed' ? msg(lang, 'popupClosed') : msg(lang, 'popupClosingSoon')}
                      </span>
                    )}
                    <span class="muted small when">{whenText(c, lang)}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {state.pageCalls.length > PAGE_LIST && (
            <p class="muted small" data-testid="page-calls-more">
              {msg(lang, 'popupAndMoreOnThe', String(state.pageCalls.length - PAGE_LIST))}
            </p>
          )}
        </section>
      )}

      <section>
        <h2>{msg(lang, 'popupRecentlyWatched')}</h2>
        {state.saved.length === 0 ? (
          <p class="muted empty">{msg(lang, 'popupNoWatchedCallsYet')}</p>
        ) : (
          <ul data-testid="saved">
            {state.saved.slice(0, 8).map((s) => (
              <li key={s.id}>
                <span class={`band ${s.band}`}>
                  {bandLabel(lang, s.band)} {s.score}
                </span>
                <span>
                  <a href={safeHref(s.call.url)} target="_blank" rel="noreferrer">
                    {s.call.title}
                  </a>
                  <Aside text={savedDeadline(s.call, lang)} />
                  <Aside text={topReason(s, lang)} class="why" />{' '}
                  <a
                    class="muted"
                    href={pwaHandoverUrl(state.settings.pwaUrl, s, new Date(), chrome.runtime.id)}
                    target="_blank"
                    rel="noreferrer"
                    title={msg(lang, 'popupSendToTheApp')}
                  >
                    → {msg(lang, 'popupApp')}
                  </a>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p class="row">
        <a href={safeHref(state.settings.pwaUrl)} target="_blank" rel="noreferrer">
          {msg(lang, 'popupOpenTheWatchlist')}
        </a>
        <button type="button" onClick={exportJson}>
          {msg(lang, 'popupExportJson')}
        </button>
        <button type="button" onClick={() => chrome.runtime.openOptionsPage()}>
          {msg(lang, 'popupSettings')}
        </button>
      </p>
    </main>
  );
}
