import { useState } from 'preact/hooks';
import { type Lang, type Settings, send } from '../messages.ts';
import { normaliseOrigin } from '../shared/normalise-origin.ts';
import { t } from '../shared/ui-text.ts';

/**
 * Another funder's site: the extension asks for that one origin (an optional host permission, granted
 * by the user in Chrome's own prompt), then the worker registers the content script for it.
 */
export function SitesSection({
  lang,
  settings,
  onChange,
}: {
  lang: Lang;
  settings: Settings;
  onChange(s: Settings): void;
}) {
  const [address, setAddress] = useState('');
  const [msg, setMsg] = useState('');
  const add = async () => {
    const origin = normaliseOrigin(address);
    if (!origin)
      return setMsg(t(lang, 'Skriv en adress som https://exempel.se', 'Enter an address like https://example.org'));
    try {
      const granted = await chrome.permissions.request({ origins: [`${origin}/*`] });
      if (!granted) return setMsg(t(lang, 'Behörighet nekades.', 'Permission refused.'));
      onChange((await send('add-site', { origin })).settings);
      setAddress('');
      setMsg(
        t(
          lang,
          `${origin} tillagd: utlysningar markeras där från nästa sidladdning.`,
          `${origin} added: calls are marked there from the next page load.`,
        ),
      );
    } catch (err) {
      setMsg(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section>
      <h2>{t(lang, 'Egna webbplatser', 'Added sites')}</h2>
      <p class="hint">
        {t(
          lang,
          'Fundwatch körs redan på de kända finansiärernas webbplatser. Lägg till en annan finansiärs webbplats här; Chrome frågar om lov för just den.',
          "Fundwatch already runs on the known funders' sites. Add another funder's site here; Chrome asks permission for that one site.",
        )}
      </p>
      {settings.addedSites.length === 0 && (
        <p class="muted">{t(lang, 'Inga egna webbplatser tillagda.', 'No sites added.')}</p>
      )}
      <ul>
        {settings.addedSites.map((o) => (
          <li key={o}>
            {o}{' '}
            <button type="button" onClick={async () => onChange((await send('remove-site', { origin: o })).settings)}>
              {t(lang, 'Ta bort', 'Remove')}
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <input
          type="url"
          placeholder="https://"
          value={address}
          onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
        />
        <button type="button" onClick={add}>
          {t(lang, 'Lägg till', 'Add')}
        </button>
      </div>
      {msg && <p role="status">{msg}</p>}
    </section>
  );
}
