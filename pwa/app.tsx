import { useEffect, useState } from 'preact/hooks';
import { DataAge } from './components/data-age.tsx';
import { DigestBanner } from './components/digest-banner.tsx';
import { SyncBadge } from './components/sync-badge.tsx';
import { t } from './i18n/lang.ts';
import { applyUpdate } from './lib/register-sw.ts';
import { setLanguage } from './state/commands.ts';
import { setState, useAppState } from './state/store.ts';
import { lazyView } from './views/lazy-view.tsx';
import { MatchesView } from './views/matches.tsx';
import { OnboardingView } from './views/onboarding.tsx';

// Only the first view (Matchningar, and the onboarding on a new device) is in the first chunk.
const WatchlistView = lazyView(() => import('./views/watchlist.tsx'), 'WatchlistView');
const TimelineView = lazyView(() => import('./views/timeline.tsx'), 'TimelineView');
const ProfileView = lazyView(() => import('./views/profile.tsx'), 'ProfileView');
const SettingsView = lazyView(() => import('./views/settings.tsx'), 'SettingsView');
const AccessibilityView = lazyView(() => import('./views/accessibility.tsx'), 'AccessibilityView');
const JoinTeam = lazyView(() => import('./components/join-team.tsx'), 'JoinTeam');
const ShareConfirm = lazyView(() => import('./components/share-confirm.tsx'), 'ShareConfirm');
const VIEWS = {
  bevakning: WatchlistView,
  tidslinje: TimelineView,
  profil: ProfileView,
  installningar: SettingsView,
  tillganglighet: AccessibilityView,
} as const;

const ROUTES = [
  { path: 'matchningar', sv: 'Matchningar', en: 'Matches', tab: true },
  { path: 'bevakning', sv: 'Bevakning', en: 'Watchlist', tab: true },
  { path: 'tidslinje', sv: 'Tidslinje', en: 'Timeline', tab: true },
  { path: 'profil', sv: 'Profil', en: 'Profile', tab: true },
  { path: 'installningar', sv: 'Inställningar', en: 'Settings', tab: false },
  { path: 'tillganglighet', sv: 'Tillgänglighet', en: 'Accessibility', tab: false },
] as const;
type Route = (typeof ROUTES)[number]['path'];

function readRoute(): { route: Route; focus?: string } {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const route = (ROUTES.find((r) => r.path === path)?.path ?? 'matchningar') as Route;
  const focus = new URLSearchParams(query ?? '').get('call') ?? undefined;
  return { route, focus };
}

/** `/join#team=…`: the invite link's own page (the server answers it with the app). */
function useJoining(): boolean {
  const [joining, setJoining] = useState(() => /\/join\/?$/.test(location.pathname));
  useEffect(() => {
    const on = () => setJoining(/\/join\/?$/.test(location.pathname));
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return joining;
}

function useRoute() {
  const [r, setR] = useState(() => {
    const first = readRoute();
    // Opened on another view than Matchningar: its code loads while start-up reads the data it shows.
    if (first.route !== 'matchningar') VIEWS[first.route].preload();
    return first;
  });
  useEffect(() => {
    const on = () => {
      setR(readRoute());
      window.scrollTo(0, 0);
    };
    addEventListener('hashchange', on);
    // The hash may have changed between the first render and this effect.
    setR(readRoute());
    return () => removeEventListener('hashchange', on);
  }, []);
  return r;
}

export function App() {
  const s = useAppState();
  const { route, focus } = useRoute();
  const joining = useJoining();
  const en = s.settings.language === 'en';
  useEffect(() => {
    const label = ROUTES.find((r) => r.path === route);
    document.title = `${label ? (en ? label.en : label.sv) : ''} – Fundwatch`;
  }, [route, en]);
  return (
    <>
      <a class="skip" href="#main">
        {t('Hoppa till innehållet', 'Skip to content')}
      </a>
      <header class="top">
        <span class="brand" aria-hidden="true">
          ◎
        </span>
        <h1 class="title">Fundwatch</h1>
        {s.profile && <span class="profile-name">{s.profile.name}</span>}
        {s.team && <SyncBadge team={s.team} />}
        <button type="button" class="lang" onClick={() => setLanguage(en ? 'sv' : 'en')} lang={en ? 'sv' : 'en'}>
          {en ? 'Svenska' : 'English'}
        </button>
        <a
          class="settings-link"
          href="#/installningar"
          aria-current={route === 'installningar' ? 'page' : undefined}
          title={t('Inställningar', 'Settings')}
        >
          <span aria-hidden="true">⚙</span>
          <span class="wide-only">{t('Inställningar', 'Settings')}</span>
          <span class="sr-only narrow-only">{t('Inställningar', 'Settings')}</span>
        </a>
      </header>
      {/* One row on every screen: four views; settings sit in the header, the statement in the footer. */}
      <nav class="tabs" aria-label={t('Huvudmeny', 'Main menu')}>
        {ROUTES.filter((r) => r.tab).map((r) => (
          <a key={r.path} href={`#/${r.path}`} aria-current={route === r.path ? 'page' : undefined}>
            {en ? r.en : r.sv}
          </a>
        ))}
      </nav>
      <main id="main" tabIndex={-1}>
        {s.newBuild ? (
          <div class="update" role="alert" data-testid="new-build">
            {t(
              'Ny version av appen på servern – ladda om sidan för att fortsätta.',
              'New version of the app on the server – reload the page to continue.',
            )}{' '}
            <button type="button" onClick={() => location.reload()}>
              {t('Ladda om', 'Reload')}
            </button>
          </div>
        ) : (
          s.updateReady && (
            <div class="update" role="status">
              {t('En ny version finns.', 'A new version is available.')}{' '}
              <button type="button" onClick={applyUpdate}>
                {t('Uppdatera', 'Update')}
              </button>
            </div>
          )
        )}
        <p class={`notice ${s.notice?.kind ?? ''}`} role="status" aria-live="polite">
          {s.notice?.text ?? ''}
          {s.notice?.action && (
            <>
              {' '}
              <button
                type="button"
                class="notice-action"
                onClick={() => {
                  const action = s.notice?.action;
                  if (!action?.stays) setState({ notice: undefined });
                  void action?.run();
                }}
              >
                {s.notice.action.label}
              </button>
            </>
          )}
        </p>
        {s.pendingShare && <ShareConfirm />}
        {!s.ready ? (
          <p aria-busy="true">{t('Läser in…', 'Loading…')}</p>
        ) : joining ? (
          <JoinTeam />
        ) : (
          <>
            {route === 'matchningar' && s.firstRun && <OnboardingView />}
            {route === 'matchningar' && !s.firstRun && <DataAge info={s.callsInfo} />}
            {route === 'matchningar' && !s.firstRun && <DigestBanner />}
            {route === 'matchningar' && !s.firstRun && <MatchesView focus={focus} />}
            {route === 'bevakning' && <WatchlistView focus={focus} />}
            {route === 'tidslinje' && <TimelineView />}
            {route === 'profil' && <ProfileView />}
            {route === 'installningar' && <SettingsView />}
            {route === 'tillganglighet' && <AccessibilityView />}
          </>
        )}
      </main>
      <footer class="foot">
        <a href="#/tillganglighet">{t('Tillgänglighetsredogörelse', 'Accessibility statement')}</a>
      </footer>
    </>
  );
}
