import { useState } from 'preact/hooks';
import { type Lang, type Settings, send } from '../messages.ts';
import { msg } from '../shared/i18n.ts';
import { normaliseOrigin } from '../shared/normalise-origin.ts';
import { errorText } from '../shared/ui-error.ts';

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
  const [note, setNote] = useState('');
  const add = async () => {
    const origin = normaliseOrigin(address);
    if (!origin) return setNote(msg(lang, 'sitesEnterAnAddressLike'));
    try {
      const granted = await chrome.permissions.request({ origins: [`${origin}/*`] });
      if (!granted) return setNote(msg(lang, 'optionsPermissionRefused'));
      onChange((await send('add-site', { origin })).settings);
      setAddress('');
      setNote(msg(lang, 'sitesAddedCallsAreMarked', origin));
    } catch (err) {
      setNote(errorText(lang, err));
    }
  };
  return (
    <section>
      <h2>{msg(lang, 'sitesAddedSites')}</h2>
      <p class="hint">{msg(lang, 'sitesFundwatchAlreadyRunsOn')}</p>
      {settings.addedSites.length === 0 && <p class="muted">{msg(lang, 'sitesNoSitesAdded')}</p>}
      <ul>
        {settings.addedSites.map((o) => (
          <li key={o}>
            {o}{' '}
            <button type="button" onClick={async () => onChange((await send('remove-site', { origin: o })).settings)}>
              {msg(lang, 'sitesRemove')}
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
          {msg(lang, 'sitesAdd')}
        </button>
      </div>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
