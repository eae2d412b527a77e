import { useEffect, useState } from 'preact/hooks';
import type { Priority, Profile } from '../../core/model/profile.ts';
import { lang, t } from '../i18n/lang.ts';
import { buildProfile } from '../profiles/from-text.ts';
import { loadLanOptions } from '../profiles/lan-options.ts';
import { activateProfile, resetProfile, storeProfile } from '../state/commands.ts';
import { notify, useAppState } from '../state/store.ts';

function PriorityEditor({ p, onChange }: { p: Priority; onChange: (p: Priority) => void }) {
  const l = lang();
  const wid = `w-${p.id}`;
  return (
    <li class="priority">
      <div class="row">
        <label for={wid} class="grow">
          <strong>{p.label[l]}</strong>
        </label>
        <input
          id={wid}
          type="range"
          min="0"
          max="3"
          step="0.1"
          value={p.weight}
          onInput={(e) => onChange({ ...p, weight: Number(e.currentTarget.value) })}
        />
        <output for={wid}>{p.weight.toFixed(1)}</output>
      </div>
      <label>
        {t('Egna sökord (kommaseparerade)', 'Own terms (comma separated)')}
        <input
          value={p.terms.join(', ')}
          onChange={(e) =>
            onChange({
              ...p,
              terms: e.currentTarget.value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      {p.concepts.length > 0 && (
        <p class="meta">
          {t('Begrepp', 'Concepts')}: {p.concepts.join(', ')}
        </p>
      )}
      {p.source?.passage && (
        <details>
          <summary>{t('Ur strategin', 'From the strategy')}</summary>
          <blockquote>{p.source.passage}</blockquote>
          {p.source.document && <p class="meta">{p.source.document}</p>}
        </details>
      )}
    </li>
  );
}

export function ProfileView() {
  const { profile, seedProfiles, savedProfiles } = useAppState();
  const [draft, setDraft] = useState<Profile | undefined>(profile);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [built, setBuilt] = useState<Profile | undefined>();
  const [busy, setBusy] = useState(false);
  const [lan, setLan] = useState('');
  const [lanOptions, setLanOptions] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => setDraft(profile), [profile]);
  useEffect(() => {
    loadLanOptions().then(setLanOptions, () => setLanOptions([]));
  }, []);
  const all = [...savedProfiles, ...seedProfiles.filter((s) => !savedProfiles.some((p) => p.id === s.id))];
  const isEditedSeed =
    !!profile && seedProfiles.some((s) => s.id === profile.id) && savedProfiles.some((p) => p.id === profile.id);

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) setText(await file.text());
  };
  const build = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    try {
      setBuilt(await buildProfile(text, name.trim(), lan));
    } catch (error) {
      notify(
        t(
          `Kunde inte bygga profilen: ${(error as Error).message}`,
          `Could not build the profile: ${(error as Error).message}`,
        ),
        'error',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="pr-h">
      <h2 id="pr-h">{t('Profil', 'Profile')}</h2>
      <label>
        {t('Aktiv profil', 'Active profile')}
        <select value={profile?.id ?? ''} onChange={(e) => activateProfile(e.currentTarget.value)}>
          {all.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {draft && (
        <form
          class="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            await storeProfile(draft, true);
            notify(t('Profilen sparad; utlysningarna poängsätts om.', 'Profile saved; calls are being rescored.'));
          }}
        >
          <h3>
            {draft.name}{' '}
            <span class="meta">
              ({draft.kind}, {draft.lan})
            </span>
          </h3>
          <p class="muted">{t('Vikt 0–3 per prioritering; 1 är normal.', 'Weight 0–3 per priority; 1 is normal.')}</p>
          <ul class="priorities">
            {draft.priorities.map((p, i) => (
              <PriorityEditor
                key={p.id}
                p={p}
                onChange={(np) =>
                  setDraft({ ...draft, priorities: draft.priorities.map((x, j) => (j === i ? np : x)) })
                }
              />
            ))}
          </ul>
          {draft.partnerCountries.length > 0 && (
            <p class="meta">
              {t('Partnerländer', 'Partner countries')}: {draft.partnerCountries.join(', ')}
            </p>
          )}
          <div class="row">
            <button type="submit">{t('Spara profilen', 'Save profile')}</button>
            {isEditedSeed && (
              <button type="button" onClick={() => resetProfile(draft.id)}>
                {t('Återställ ursprunglig', 'Reset to original')}
              </button>
            )}
          </div>
        </form>
      )}
      <form class="stack card" onSubmit={build}>
        <h3>{t('Bygg profil från strategidokument', 'Build a profile from a strategy document')}</h3>
        <label>
          {t('Namn', 'Name')}
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          {t('Län', 'County (län)')}
          <select value={lan} onChange={(e) => setLan(e.currentTarget.value)}>
            <option value="">{t('Läs ur texten', 'Find it in the text')}</option>
            {lanOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Ladda upp text (.txt)', 'Upload text (.txt)')}
          <input type="file" accept=".txt,.md,text/plain" onChange={onFile} />
        </label>
        <label for="strategy-text">{t('…eller klistra in strategins text', '…or paste the strategy text')}</label>
        <textarea id="strategy-text" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" disabled={busy || !text.trim()}>
          {busy ? t('Bygger…', 'Building…') : t('Bygg utkast', 'Build draft')}
        </button>
      </form>
      {built && (
        <div class="card">
          <h3>
            {t('Utkast', 'Draft')}: {built.name}
          </h3>
          <ul class="priorities">
            {built.priorities.map((p) => (
              <li key={p.id}>
                <strong>{p.label[lang()]}</strong> ({p.weight.toFixed(1)})
                {p.source?.passage && <blockquote>{p.source.passage}</blockquote>}
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={async () => {
              await storeProfile(built, true);
              setBuilt(undefined);
            }}
          >
            {t('Spara och använd', 'Save and use')}
          </button>
        </div>
      )}
    </section>
  );
}
