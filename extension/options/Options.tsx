import { useEffect, useState } from 'preact/hooks';
import { FUNDER_API_ORIGINS } from '../api-origins.ts';
import { type ProfileSummary, type Settings, send } from '../messages.ts';
import { t } from '../shared/ui-text.ts';
import { ProfileSection } from './ProfileSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { TeamSection } from './TeamSection.tsx';

/** Options: profile, notifications and the weekly check, added sites, language, the PWA's address. */
export function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [profile, setProfile] = useState<ProfileSummary | undefined>();
  const [apiAllowed, setApiAllowed] = useState(false);
  const [msg, setMsg] = useState('');
  useEffect(() => {
    send('get-state', {}).then((s) => {
      setSettings(s.settings);
      setProfile(s.profile);
    });
    chrome.permissions.contains({ origins: FUNDER_API_ORIGINS }).then(setApiAllowed);
  }, []);
  if (!settings || !profile) return <main>…</main>;
  const lang = settings.lang;
  // Screen readers pick their voice from the page's language.
  document.documentElement.lang = lang;
  document.title = `Fundwatch – ${t(lang, 'inställningar', 'settings')}`;
  const patch = async (p: Partial<Settings>) => setSettings((await send('set-settings', { patch: p })).settings);
  const n = settings.notifications;

  return (
    <main>
      <h1>Fundwatch – {t(lang, 'inställningar', 'settings')}</h1>
      <label>
        {t(lang, 'Språk', 'Language')}{' '}
        <select value={lang} onChange={(e) => patch({ lang: (e.target as HTMLSelectElement).value as 'sv' | 'en' })}>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </label>

      <ProfileSection lang={lang} profile={profile} onChange={setProfile} />

      <section>
        <h2>{t(lang, 'Veckobevakning', 'Weekly watch')}</h2>
        <p class="hint">
          {t(
            lang,
            'En gång i veckan läser Fundwatch finansiärernas utlysningar och aviserar de nya som matchar profilen. Inget skickas någon annanstans.',
            "Once a week Fundwatch reads the funders' calls and notifies the new ones that match the profile. Nothing is sent anywhere else.",
          )}
        </p>
        <label>
          <input
            type="checkbox"
            checked={n.enabled}
            onChange={(e) => patch({ notifications: { ...n, enabled: (e.target as HTMLInputElement).checked } })}
          />{' '}
          {t(lang, 'Avisera nya matchande utlysningar varje vecka', 'Notify new matching calls every week')}
        </label>
        <label>
          {t(lang, 'Räkna som matchning', 'Count as a match')}{' '}
          <select
            value={n.minBand}
            onChange={(e) =>
              patch({
                notifications: { ...n, minBand: (e.target as HTMLSelectElement).value as 'strong' | 'relevant' },
              })
            }
          >
            <option value="relevant">{t(lang, 'Relevant eller stark', 'Relevant or strong')}</option>
            <option value="strong">{t(lang, 'Endast stark', 'Strong only')}</option>
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
          {t(
            lang,
            'Läs även Vinnovas och EU-portalens öppna API:er (data.vinnova.se, api.tech.ec.europa.eu)',
            "Also read Vinnova's and the EU portal's open APIs (data.vinnova.se, api.tech.ec.europa.eu)",
          )}
        </label>
        <label>
          {t(lang, 'Eget utlysningsflöde (calls.json)', 'Own calls feed (calls.json)')}{' '}
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
                if (!ok) return setMsg(t(lang, 'Behörighet nekades.', 'Permission refused.'));
              }
              await patch({ feedUrl: url });
            }}
          />
        </label>
        <button
          type="button"
          onClick={async () => {
            await send('check-soon', { seconds: 1 });
            setMsg(t(lang, 'Kontroll startad.', 'Check started.'));
          }}
        >
          {t(lang, 'Kontrollera nu', 'Check now')}
        </button>
        {msg && <p role="status">{msg}</p>}
      </section>

      <SitesSection lang={lang} settings={settings} onChange={setSettings} />

      <TeamSection lang={lang} pwaUrl={settings.pwaUrl} />

      <section>
        <h2>{t(lang, 'Fundwatch-appen', 'The Fundwatch app')}</h2>
        <p class="hint">
          {t(
            lang,
            'Bevakade utlysningar skickas till appen härifrån (popupens länk ”→ appen”).',
            'Watched calls are handed to the app at this address (the popup’s “→ app” link).',
          )}
        </p>
        <label>
          {t(lang, 'Appens adress', "The app's address")}{' '}
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
