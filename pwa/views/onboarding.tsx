import { useEffect, useState } from 'preact/hooks';
import { countText } from '../../core/format/deadline-text.ts';
import type { Profile } from '../../core/model/profile.ts';
import { lang, t } from '../i18n/lang.ts';
import { loadLanOptions } from '../profiles/lan-options.ts';
import { activateProfile } from '../state/commands.ts';
import { setState, useAppState } from '../state/store.ts';

/**
 * First run: nothing is assumed about who is using the app. Choose your body among the seed profiles, or
 * build your own from the strategy document (Profil), before any call is ranked for you.
 */
export function OnboardingView() {
  const { seedProfiles } = useAppState();
  const [lans, setLans] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    loadLanOptions().then(
      (o) => setLans(new Map(o.map((x) => [x.id, x.name]))),
      () => undefined,
    );
  }, []);
  const choose = async (p: Profile) => {
    await activateProfile(p.id);
    setState({ firstRun: false });
  };
  return (
    <section aria-labelledby="ob-h" class="onboarding">
      <h2 id="ob-h">{t('Välkommen till Fundwatch', 'Welcome to Fundwatch')}</h2>
      <p>
        {t(
          'Fundwatch poängsätter utlysningar mot er kommuns eller regions prioriteringar. Välj vems strategi utlysningarna ska jämföras med.',
          "Fundwatch scores funding calls against your municipality's or region's priorities. Choose whose strategy the calls are compared with.",
        )}
      </p>
      <h3>{t('Välj er kommun eller region', 'Choose your municipality or region')}</h3>
      <ul class="seed-list">
        {seedProfiles.map((p) => (
          <li key={p.id}>
            <button type="button" class="seed" onClick={() => choose(p)}>
              <strong>{p.name}</strong>
              <span class="meta">
                {lans.get(p.lan) ?? p.lan} · {countText(p.priorities.length, 'priority', lang())}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('…eller bygg från er egen strategi', '…or build from your own strategy')}</h3>
      <p>
        {t(
          'Ladda upp den antagna internationella strategin (PDF, Word eller text) eller klistra in texten. Ni granskar utkastet – prioriteringar med textstöd, län, partnerländer och nätverk – innan det sparas.',
          'Upload the adopted international strategy (PDF, Word or text) or paste its text. You review the draft – priorities with their passages, county, partner countries and networks – before it is saved.',
        )}
      </p>
      <a class="button primary" href="#/profil?bygg=1">
        {t('Bygg profil från strategi', 'Build a profile from a strategy')}
      </a>
    </section>
  );
}
