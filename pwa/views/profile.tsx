import { useEffect, useState } from 'preact/hooks';
import { formatWeight } from '../../core/format/weight.ts';
import type { Priority, Profile } from '../../core/model/profile.ts';
import { BASIS_TEXT } from '../../core/profile/weight-rule.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { FileButton } from '../components/file-button.tsx';
import { errorText } from '../i18n/error-text.ts';
import { lang, t } from '../i18n/lang.ts';
import { loadCountryNames } from '../profiles/country-names.ts';
import { priorityFromConcept, removePriority } from '../profiles/edit-priorities.ts';
import { buildProfile } from '../profiles/from-text.ts';
import { loadLanOptions } from '../profiles/lan-options.ts';
import { type ConceptOption, loadConceptOptions } from '../profiles/lexicon-options.ts';
import { readStrategyFile } from '../profiles/read-strategy.ts';
import { activateProfile, resetProfile, storeProfile } from '../state/commands.ts';
import { notify, useAppState } from '../state/store.ts';

function PriorityEditor({
  p,
  conceptLabel,
  onChange,
  onRemove,
}: {
  p: Priority;
  conceptLabel: (id: string) => string;
  onChange: (p: Priority) => void;
  /** Undefined for the last priority: a profile needs at least one. */
  onRemove?: () => void;
}) {
  const l = lang();
  const wid = `w-${p.id}`;
  const setLabel = (key: 'sv' | 'en', value: string) => onChange({ ...p, label: { ...p.label, [key]: value } });
  return (
    <li class="priority" data-priority-id={p.id}>
      <div class="row priority-head">
        <label for={wid} class="grow">
          <strong>{p.label[l] || p.id}</strong>
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
        <output for={wid}>{formatWeight(p.weight, l)}</output>
      </div>
      {p.concepts.length > 0 && (
        <p class="meta">
          {t('Begrepp', 'Concepts')}: {p.concepts.map(conceptLabel).join(', ')}
        </p>
      )}
      {p.source?.passage && (
        <details>
          <summary>{t('Ur strategin', 'From the strategy')}</summary>
          <blockquote>{p.source.passage}</blockquote>
          {p.source.document && <p class="meta">{p.source.document}</p>}
        </details>
      )}
      <details class="priority-more">
        <summary>{t('Ändra namn och sökord', 'Edit names and terms')}</summary>
        <div class="row">
          <label>
            {t('Namn på svenska', 'Name in Swedish')}
            <input
              lang="sv"
              value={p.label.sv}
              aria-invalid={!p.label.sv.trim()}
              onInput={(e) => setLabel('sv', e.currentTarget.value)}
            />
          </label>
          <label>
            {t('Namn på engelska', 'Name in English')}
            <input
              lang="en"
              value={p.label.en}
              aria-invalid={!p.label.en.trim()}
              onInput={(e) => setLabel('en', e.currentTarget.value)}
            />
          </label>
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
        {onRemove && (
          <div>
            <button type="button" class="danger remove-priority" onClick={onRemove}>
              {t('Ta bort prioriteringen', 'Remove priority')}
              <span class="sr-only">: {p.label[l]}</span>
            </button>
          </div>
        )}
      </details>
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
  const [concepts, setConcepts] = useState<ConceptOption[]>([]);
  const [conceptId, setConceptId] = useState('');
  const [draftError, setDraftError] = useState('');
  const [countries, setCountries] = useState<Map<string, { sv: string; en: string }>>(new Map());
  const [fileName, setFileName] = useState('');
  useEffect(() => {
    setDraft(profile);
    setDraftError('');
  }, [profile]);
  useEffect(() => {
    loadLanOptions().then(setLanOptions, () => setLanOptions([]));
    loadConceptOptions().then(setConcepts, () => setConcepts([]));
    loadCountryNames().then(setCountries, () => setCountries(new Map()));
  }, []);
  const l = lang();
  const conceptLabel = (id: string) => concepts.find((c) => c.id === id)?.label[l] ?? id;
  const lanName = (id: string) => lanOptions.find((o) => o.id === id)?.name ?? id;
  const all = [...savedProfiles, ...seedProfiles.filter((s) => !savedProfiles.some((p) => p.id === s.id))];
  const isEditedSeed =
    !!profile && seedProfiles.some((s) => s.id === profile.id) && savedProfiles.some((p) => p.id === profile.id);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setFileName(file.name);
    setBusy(true);
    try {
      setText(await readStrategyFile(file));
    } catch (error) {
      notify(
        t(
          `Kunde inte läsa ${file.name}: ${errorText(error, 'sv')}`,
          `Could not read ${file.name}: ${errorText(error, 'en')}`,
        ),
        'error',
      );
    } finally {
      setBusy(false);
    }
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
          `Kunde inte bygga profilen: ${errorText(error, 'sv')}`,
          `Could not build the profile: ${errorText(error, 'en')}`,
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
            // The profile schema (through the profiles normaliser) decides; its message names the field.
            try {
              await storeProfile(draft, true);
              setDraftError('');
              notify(t('Profilen sparad; utlysningarna poängsätts om.', 'Profile saved; calls are being rescored.'));
            } catch (error) {
              setDraftError(
                t(
                  `Profilen sparades inte: ${errorText(error, 'sv')}`,
                  `The profile was not saved: ${errorText(error, 'en')}`,
                ),
              );
            }
          }}
        >
          <h3>
            {draft.name}{' '}
            <span class="meta">
              ({draft.kind === 'region' ? t('region', 'region') : t('kommun', 'municipality')}, {lanName(draft.lan)})
            </span>
          </h3>
          <p class="muted">{t('Vikt 0–3 per prioritering; 1 är normal.', 'Weight 0–3 per priority; 1 is normal.')}</p>
          <ul class="priorities">
            {draft.priorities.map((p, i) => (
              <PriorityEditor
                key={p.id}
                p={p}
                conceptLabel={conceptLabel}
                onChange={(np) =>
                  setDraft({ ...draft, priorities: draft.priorities.map((x, j) => (j === i ? np : x)) })
                }
                onRemove={draft.priorities.length > 1 ? () => setDraft(removePriority(draft, p.id)) : undefined}
              />
            ))}
          </ul>
          {concepts.length > 0 && (
            <div class="row add-priority">
              <label>
                {t('Lägg till prioritering från begreppslistan', 'Add a priority from the concept list')}
                <select value={conceptId} onChange={(e) => setConceptId(e.currentTarget.value)}>
                  <option value="">{t('Välj begrepp…', 'Choose a concept…')}</option>
                  {[...concepts]
                    .sort((a, b) => a.label[l].localeCompare(b.label[l], l))
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label[l]}
                      </option>
                    ))}
                </select>
              </label>
              <button
                type="button"
                disabled={!conceptId}
                onClick={() => {
                  const concept = concepts.find((c) => c.id === conceptId);
                  if (!concept) return;
                  setDraft({ ...draft, priorities: [...draft.priorities, priorityFromConcept(draft, concept)] });
                  setConceptId('');
                }}
              >
                {t('Lägg till', 'Add')}
              </button>
            </div>
          )}
          {draft.partnerCountries.length > 0 && (
            <p class="meta">
              {t('Partnerländer', 'Partner countries')}:{' '}
              {draft.partnerCountries.map((c) => countries.get(c)?.[l] ?? c).join(', ')}
            </p>
          )}
          <ErrorAlert text={draftError} testId="profile-error" />
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
          {t('Kommunens eller regionens namn', 'Name of the municipality or region')}
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
        <div class="row">
          <FileButton
            label={t('Ladda upp strategin (PDF, Word, text)…', 'Upload the strategy (PDF, Word, text)…')}
            accept=".pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            testId="strategy-file"
            onChange={onFile}
          />
          {fileName && <span class="meta">{fileName}</span>}
        </div>
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
          <dl class="draft-facts">
            <dt>{t('Län', 'County')}</dt>
            <dd data-testid="draft-lan">{lanName(built.lan)}</dd>
            <dt>{t('Partnerländer', 'Partner countries')}</dt>
            <dd data-testid="draft-countries">
              {built.partnerCountries.length
                ? built.partnerCountries.map((c) => countries.get(c)?.[l] ?? c).join(', ')
                : t('inga hittade', 'none found')}
            </dd>
            <dt>{t('Nätverk', 'Networks')}</dt>
            <dd data-testid="draft-networks">
              {built.networks.length ? built.networks.join(', ') : t('inga hittade', 'none found')}
            </dd>
            <dt>{t('Folkmängd', 'Population')}</dt>
            <dd data-testid="draft-population">
              {built.population
                ? `${built.population.count.toLocaleString(l === 'sv' ? 'sv-SE' : 'en-GB')} (${t('referensdata, granska', 'reference data, please check')})`
                : t('okänd', 'unknown')}
            </dd>
          </dl>
          <h4>{t('Prioriteringar med stöd i texten', 'Priorities with their passages')}</h4>
          <ul class="priorities">
            {built.priorities.map((p) => (
              <li key={p.id}>
                <strong dir="auto">{p.label[lang()]}</strong> ({formatWeight(p.weight, lang())}
                {p.source?.basis && <span data-testid="draft-basis">, {BASIS_TEXT[p.source.basis][lang()]}</span>})
                {p.source?.passage && <blockquote dir="auto">{p.source.passage}</blockquote>}
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
