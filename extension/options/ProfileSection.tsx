import { useEffect, useState } from 'preact/hooks';
import lanJson from '../../core/data/lan.json' with { type: 'json' };
import type { LanData } from '../../core/data/schemas.ts';
import { type Lang, type ProfileSummary, send } from '../messages.ts';
import { msg } from '../shared/i18n.ts';
import { errorText } from '../shared/ui-error.ts';

/**
 * The 21 län from core's reference data (core/data/lan.json, the file the engine and the app read), in
 * Swedish order. The file is imported on its own: the data index would bring the whole lexicon along.
 */
const LAN_CHOICES = [...(lanJson as unknown as LanData).lan].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

/** Pick a seed profile, tune the priorities' weights, or build a profile from the body's strategy text. */
export function ProfileSection({
  lang,
  profile,
  onChange,
}: {
  lang: Lang;
  profile: ProfileSummary;
  onChange(p: ProfileSummary): void;
}) {
  const [seeds, setSeeds] = useState<ProfileSummary[]>([]);
  const [weights, setWeights] = useState<Record<string, number>>({});
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [lan, setLan] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => {
    send('list-seeds', {}).then((r) => setSeeds(r.seeds));
  }, []);
  useEffect(() => {
    setWeights(Object.fromEntries(profile.priorities.map((p) => [p.id, p.weight])));
  }, [profile]);
  const run = async (action: () => Promise<ProfileSummary>, done: string) => {
    try {
      onChange(await action());
      setNote(done);
    } catch (err) {
      setNote(errorText(lang, err));
    }
  };

  return (
    <section>
      <h2>{msg(lang, 'popupProfile')}</h2>
      <label>
        {msg(lang, 'profileStartFrom')}{' '}
        <select
          value={profile.custom ? '' : profile.id}
          onChange={(e) => {
            const id = (e.target as HTMLSelectElement).value;
            if (id)
              run(
                async () => (await send('set-profile', { active: { kind: 'seed', id } })).profile,
                msg(lang, 'profileTheProfileIsNow'),
              );
          }}
        >
          {profile.custom && <option value="">{profile.name}</option>}
          {seeds.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{msg(lang, 'profileWeightPerPriorityIgnored')}</p>
      <table>
        <tbody>
          {profile.priorities.map((p) => (
            <tr key={p.id}>
              <td>{p.label[lang]}</td>
              <td>
                <input
                  type="range"
                  min="0"
                  max="3"
                  step="0.1"
                  value={weights[p.id] ?? p.weight}
                  aria-label={`${msg(lang, 'profileWeight')}: ${p.label[lang]}`}
                  onInput={(e) => setWeights({ ...weights, [p.id]: Number((e.target as HTMLInputElement).value) })}
                />
              </td>
              <td>{(weights[p.id] ?? p.weight).toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          run(async () => (await send('set-weights', { weights })).profile, msg(lang, 'profileWeightsSaved'))
        }
      >
        {msg(lang, 'profileSaveWeights')}
      </button>

      <h2>{msg(lang, 'profileBuildAProfileFrom')}</h2>
      <p class="hint">{msg(lang, 'profilePasteTheAdoptedInternational')}</p>
      <textarea
        value={text}
        placeholder={msg(lang, 'profilePasteYourInternationalStrategy')}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <div class="row">
        <input
          placeholder={msg(lang, 'profileName')}
          aria-label={msg(lang, 'profileName')}
          value={name}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        <label>
          {msg(lang, 'profileLan')}{' '}
          <select data-testid="lan" value={lan} onChange={(e) => setLan((e.target as HTMLSelectElement).value)}>
            <option value="">{msg(lang, 'profileLanFromText')}</option>
            {LAN_CHOICES.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="primary"
          onClick={() =>
            run(
              async () =>
                (await send('build-profile', { text, name: name || undefined, lan: lan || undefined })).profile,
              msg(lang, 'profileProfileBuilt'),
            )
          }
        >
          {msg(lang, 'profileBuildProfile')}
        </button>
      </div>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
