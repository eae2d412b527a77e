import { useEffect, useState } from 'preact/hooks';
import { dateText, deadlineLine } from '../../core/format/deadline-text.ts';
import { BAND_LABEL } from '../../core/match/band-labels.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { nextDeadline } from '../../core/model/status.ts';
import { type Lang, type PageCall, type Res, send } from '../messages.ts';
import { downloadText } from '../shared/download.ts';
import { pwaHandoverUrl, safeHref } from '../shared/handover.ts';
import { t } from '../shared/ui-text.ts';

type State = Res<'get-state'>;

/** The chip already shows band and score: the deadline and the first reasons say more. */
function reasonsBesideChip(lines: readonly string[]): string[] {
  return lines.filter((l) => !/^(Poäng|Score) \d/.test(l)).slice(0, 2);
}

/** The page list shows this many, best first, and says how many more there are. */
const PAGE_LIST = 20;

/** "Sista dag för ansökan 15 jan. 2027 kl. 16.00" or "Öppnar 2 mars 2027": structured dates told late. */
function whenText(c: PageCall, lang: Lang): string {
  if (c.opens) return `${t(lang, 'Öppnar', 'Opens')} ${dateText(c.opens, lang)}`;
  return c.deadline ? deadlineLine(c.deadline, lang) : '';
}

function savedDeadline(call: FundingCall, lang: Lang): string {
  const d = nextDeadline(call, new Date()) ?? call.deadlines[call.deadlines.length - 1];
  return d ? deadlineLine(d, lang) : '';
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
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  useEffect(() => {
    load();
  }, []);
  if (error) return <main class="error">{error}</main>;
  if (!state) return <main class="muted">…</main>;
  const lang = state.settings.lang;
  document.documentElement.lang = lang;

  const exportJson = async () => {
    const { json } = await send('export-saved', {});
    downloadText(`fundwatch-bevakning-${new Date().toISOString().slice(0, 10)}.json`, json);
  };

  return (
    <main>
      <h1>Fundwatch</h1>
      <p class="muted" data-testid="profile">
        {t(lang, 'Profil', 'Profile')}: {state.profile.name}
        {(state.profile.lanName ?? state.profile.lan) && ` · ${state.profile.lanName ?? state.profile.lan}`}{' '}
        <button type="button" class="link" onClick={() => chrome.runtime.openOptionsPage()}>
          {t(lang, 'Byt', 'Change')}
        </button>
      </p>

      {view === 'digest' && (
        <section>
          <h2>{t(lang, 'Nya matchningar', 'New matches')}</h2>
          {!state.digest ? (
            <p class="muted empty">
              {t(
                lang,
                'Veckokontrollen har inte körts än. Den körs en gång i veckan; du kan starta den nu under Inställningar.',
                'The weekly check has not run yet. It runs once a week; you can start it now in Settings.',
              )}
            </p>
          ) : state.digest.entries.length === 0 ? (
            <p class="muted empty">{t(lang, 'Inget nytt sedan förra veckan.', 'Nothing new since last week.')}</p>
          ) : (
            <ul data-testid="digest">
              {state.digest.entries.map((e) => (
                <li key={e.callId}>
                  <span class={`band ${e.band}`}>
                    {BAND_LABEL[e.band][lang]} {e.score}
                  </span>
                  <span>
                    <a href={safeHref(e.url)} target="_blank" rel="noreferrer">
                      {e.title}
                    </a>
                    <span class="muted"> · {e.funder}</span>
                    <br />
                    <span class="muted small">{reasonsBesideChip(e.reasons[lang]).join(' · ')}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {state.digest && (
            <p class="muted" data-testid="digest-sources">
              {t(lang, 'Senaste kontroll', 'Last check')}: {new Date(state.digest.ranAt).toLocaleString(lang)} ·{' '}
              {t(lang, 'källor', 'sources')}: {state.digest.checked.join(', ') || '–'}
              {state.digest.errors.length > 0 && ` · ${t(lang, 'problem', 'problems')}: ${state.digest.errors.length}`}
            </p>
          )}
        </section>
      )}

      {view === 'popup' && (
        <section>
          <h2>{t(lang, 'Utlysningar på sidan', 'Calls on this page')}</h2>
          {state.pageCalls.length === 0 ? (
            <p class="muted empty">
              {t(
                lang,
                'Inga utlysningar hittades på den här sidan. Öppna en finansiärs sida, t.ex. Vinnova, ICLD eller ett Interregprogram, så markeras utlysningarna där.',
                "No calls found on this page. Open a funder's page, e.g. Vinnova, ICLD or an Interreg programme, and the calls are marked there.",
              )}
            </p>
          ) : (
            <ul data-testid="page-calls">
              {state.pageCalls.slice(0, PAGE_LIST).map((c) => (
                <li key={c.id}>
                  <span class={`band ${c.band}`}>
                    {BAND_LABEL[c.band][lang]} {c.score}
                  </span>
                  <span>
                    <a href={safeHref(c.url)} target="_blank" rel="noreferrer">
                      {c.title}
                    </a>
                    {c.closing && (
                      <span class={`tag ${c.closing}`}>
                        {c.closing === 'closed'
                          ? t(lang, 'Stängd', 'Closed')
                          : t(lang, 'Stänger snart', 'Closing soon')}
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
              {t(
                lang,
                `och ${state.pageCalls.length - PAGE_LIST} till på sidan (markerade där)`,
                `and ${state.pageCalls.length - PAGE_LIST} more on the page (marked there)`,
              )}
            </p>
          )}
        </section>
      )}

      <section>
        <h2>{t(lang, 'Senast bevakade', 'Recently watched')}</h2>
        {state.saved.length === 0 ? (
          <p class="muted empty">
            {t(
              lang,
              'Inga bevakade utlysningar än. Klicka på en markering på en finansiärs sida och välj Bevaka.',
              "No watched calls yet. Click a mark on a funder's page and choose Watch.",
            )}
          </p>
        ) : (
          <ul data-testid="saved">
            {state.saved.slice(0, 8).map((s) => (
              <li key={s.id}>
                <span class={`band ${s.band}`}>
                  {BAND_LABEL[s.band][lang]} {s.score}
                </span>
                <span>
                  <a href={safeHref(s.call.url)} target="_blank" rel="noreferrer">
                    {s.call.title}
                  </a>
                  {savedDeadline(s.call, lang) && <span class="muted small"> · {savedDeadline(s.call, lang)}</span>}{' '}
                  <a
                    class="muted"
                    href={pwaHandoverUrl(state.settings.pwaUrl, s)}
                    target="_blank"
                    rel="noreferrer"
                    title={t(lang, 'Skicka till appens bevakningslista', 'Send to the app watchlist')}
                  >
                    → {t(lang, 'appen', 'app')}
                  </a>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p class="row">
        <a href={safeHref(state.settings.pwaUrl)} target="_blank" rel="noreferrer">
          {t(lang, 'Öppna bevakningslistan', 'Open the watchlist')}
        </a>
        <button type="button" onClick={exportJson}>
          {t(lang, 'Exportera JSON', 'Export JSON')}
        </button>
        <button type="button" onClick={() => chrome.runtime.openOptionsPage()}>
          {t(lang, 'Inställningar', 'Settings')}
        </button>
      </p>
    </main>
  );
}
