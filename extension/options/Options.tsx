import { useEffect, useState } from 'preact/hooks';
import { FUNDER_API_ORIGINS } from '../api-origins.ts';
import { type ProfileSummary, type Settings, send } from '../messages.ts';
import { msg, navigatorLang } from '../shared/i18n.ts';
import { ProfileSection } from './ProfileSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { TeamSection } from './TeamSection.tsx';

/** Options: profile, notifications and the weekly check, added sites, language, the PWA's address. */
export function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [profile, setProfile] = useState<ProfileSummary | undefined>();
  const [apiAllowed, setApiAllowed] = useState(false);
  const [note, setNote] = useState('');
  useEffect(() => {
    send('get-state', {}).then((s) => {
      setSettings(s.settings);
      setProfile(s.profile);
    });
    chrome.permissions.contains({ origins: FUNDER_API_ORIGINS }).then(setApiAllowed);
  }, []);
  if (!settings || !profile) return <main>{msg(navigatorLang(), 'loading')}</main>;
  const lang = settings.lang;
  // Screen readers pick their voice from the page's language.
  document.documentElement.lang = lang;
  document.title = msg(lang, 'optionsTitle');
  const patch = async (p: Partial<Settings>) => setSettings((await send('set-settings', { patch: p })).settings);
  const n = settings.notifications;

  return (
    <main class="options">
      <h1>{msg(lang, 'optionsTitle')}</h1>
      <label>
        {msg(lang, 'optionsLanguage')}{' '}
        <select value={lang} onChange={(e) => patch({ lang: (e.target as HTMLSelectElement).value as 'sv' | 'en' })}>
          <option value="sv">{msg(lang, 'optionsLangSv')}</option>
          <option value="en">{msg(lang, 'optionsLangEn')}</option>
        </select>
      </label>

      <ProfileSection lang={lang} profile={profile} onChange={setProfile} />

      <section>
        <h2>{msg(lang, 'optionsWeeklyWatch')}</h2>
        <p class="hint">{msg(lang, 'optionsOnceAWeekFundwatch')}</p>
        <label>
          <input
            type="checkbox"
            checked={n.enabled}
            onChange={(e) => patch({ notifications: { ...n, enabled: (e.target as HTMLInputElement).checked } })}
          />{' '}
          {msg(lang, 'optionsNotifyNewMatchingCalls')}
        </label>
        <label>
          {msg(lang, 'optionsCountAsAMatch')}{' '}
          <select
            value={n.minBand}
            onChange={(e) =>
              patch({
                notifications: { ...n, minBand: (e.target as HTMLSelectElement).value as 'strong' | 'relevant' },
              })
            }
          >
            <option value="relevant">{msg(lang, 'optionsRelevantOrStrong')}</option>
            <option value="strong">{msg(lang, 'optionsStrongOnly')}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={apiAllowed}
            onChange={async (e) => {
              const on = (e.target as HTMLInputElement).checked;
              if (on) setApiAllowed(await chrome.permissions.request({ origins: FUNDER_API_ORIGINS }));
              else setApiAllowed(!(await chrome.permissions.remove({ origins: FUNDER_API_ORIGINS })));
            }}
          />{' '}
          {msg(lang, 'optionsAlsoReadVinnovaS')}
        </label>
        <label>
          {msg(lang, 'optionsOwnCallsFeedCalls')}{' '}
          <input
            type="url"
            value={settings.feedUrl}
            placeholder="https://…/calls.json"
            onChange={async (e) => {
              const url = (e.target as HTMLInputElement).value.trim();
              if (url) {
                const ok = await chrome.permissions
                  .request({ origins: [`${new URL(url).origin}/*`] })
                  .catch(() => false);
                if (!ok) return setNote(msg(lang, 'optionsPermissionRefused'));
              }
              await patch({ feedUrl: url });
            }}
          />
        </label>
        <button
          type="button"
          onClick={async () => {
            await send('check-soon', { seconds: 1 });
            setNote(msg(lang, 'optionsCheckStarted'));
          }}
        >
          {msg(lang, 'optionsCheckNow')}
        </button>
        {note && <p role="status">{note}</p>}
      </section>

      <SitesSection lang={lang} settings={settings} onChange={setSettings} />

      <TeamSection lang={lang} pwaUrl={settings.pwaUrl} />

      <section>
        <h2>{msg(lang, 'optionsTheFundwatchApp')}</h2>
        <p class="hint">{msg(lang, 'optionsWatchedCallsAreHanded')}</p>
        <label>
          {msg(lang, 'optionsTheAppSAddress')}{' '}
          <input
            type="url"
            value={settings.pwaUrl}
            onChange={(e) => patch({ pwaUrl: (e.target as HTMLInputElement).value })}
          />
        </label>
      </section>
    </main>
  );
}
