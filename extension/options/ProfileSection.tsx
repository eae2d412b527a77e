import { useEffect, useState } from 'preact/hooks';
import { type Lang, type ProfileSummary, send } from '../messages.ts';
import { t } from '../shared/ui-text.ts';

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
  const [msg, setMsg] = useState('');
  useEffect(() => {
    send('list-seeds', {}).then((r) => setSeeds(r.seeds));
  }, []);
  useEffect(() => {
    setWeights(Object.fromEntries(profile.priorities.map((p) => [p.id, p.weight])));
  }, [profile]);
  const run = async (action: () => Promise<ProfileSummary>, done: string) => {
    try {
      onChange(await action());
      setMsg(done);
    } catch (err) {
      setMsg(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section>
      <h2>{t(lang, 'Profil', 'Profile')}</h2>
      <label>
        {t(lang, 'Utgå från', 'Start from')}{' '}
        <select
          value={profile.custom ? '' : profile.id}
          onChange={(e) => {
            const id = (e.target as HTMLSelectElement).value;
            if (id)
              run(
                async () => (await send('set-profile', { active: { kind: 'seed', id } })).profile,
                t(lang, 'Profilen används nu på alla sidor.', 'The profile is now used on every page.'),
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
      <p class="hint">
        {t(
          lang,
          'Vikt per prioritering: 0 = räknas inte, 1 = normal, 3 = viktigast. Spara för att använda dem.',
          'Weight per priority: 0 = ignored, 1 = normal, 3 = most important. Save to use them.',
        )}
      </p>
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
                  aria-label={`${t(lang, 'Vikt', 'Weight')}: ${p.label[lang]}`}
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
          run(async () => (await send('set-weights', { weights })).profile, t(lang, 'Vikter sparade', 'Weights saved'))
        }
      >
        {t(lang, 'Spara vikter', 'Save weights')}
      </button>

      <h2>{t(lang, 'Bygg profil från strategitext', 'Build a profile from strategy text')}</h2>
      <p class="hint">
        {t(
          lang,
          'Klistra in den antagna internationella strategin. Fundwatch hittar prioriteringarna och ersätter den aktiva profilen.',
          'Paste the adopted international strategy. Fundwatch finds its priorities and replaces the active profile.',
        )}
      </p>
      <textarea
        value={text}
        placeholder={t(lang, 'Klistra in er internationella strategi…', 'Paste your international strategy…')}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <div class="row">
        <input
          placeholder={t(lang, 'Namn', 'Name')}
          value={name}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        <input
          placeholder={t(lang, 'Län (t.ex. blekinge)', 'County (e.g. blekinge)')}
          value={lan}
          onInput={(e) => setLan((e.target as HTMLInputElement).value)}
        />
        <button
          type="button"
          class="primary"
          onClick={() =>
            run(
              async () =>
                (await send('build-profile', { text, name: name || undefined, lan: lan || undefined })).profile,
              t(lang, 'Profil byggd', 'Profile built'),
            )
          }
        >
          {t(lang, 'Bygg profil', 'Build profile')}
        </button>
      </div>
      {msg && <p role="status">{msg}</p>}
    </section>
  );
}
