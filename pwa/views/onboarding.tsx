import { useEffect, useState } from 'preact/hooks';
import { countText } from '../../core/format/deadline-text.ts';
import type { FirstViewSeed } from '../../core/match/first-view.ts';
import { lang, t } from '../i18n/lang.ts';
import { chooseBody, prefetchRanking } from '../matches/first-visit.ts';
import { loadLanOptions } from '../profiles/lan-options.ts';
import { dataLayerStarted } from '../state/start.ts';
import { useAppState } from '../state/store.ts';

/** The seeds to choose among: the server's list on a new device, else the profiles the data layer loaded. */
function useChoices(): FirstViewSeed[] {
  const { seedChoices, seedProfiles } = useAppState();
  const [lans, setLans] = useState<Map<string, string>>(new Map());
  const fromProfiles = !seedChoices?.length;
  useEffect(() => {
    if (!fromProfiles) return;
    loadLanOptions().then(
      (o) => setLans(new Map(o.map((x) => [x.id, x.name]))),
      () => undefined,
    );
  }, [fromProfiles]);
  if (!fromProfiles) return seedChoices;
  return seedProfiles.map((p) => ({
    id: p.id,
    name: p.name,
    lanName: lans.get(p.lan) ?? p.lan,
    priorities: p.priorities.length,
  }));
}

/**
 * First run: nothing is assumed about who is using the app. Choose your body among the seed profiles, or
 * build your own from the strategy document (Profil), before any call is ranked for you.
 */
export function OnboardingView() {
  const choices = useChoices();
  const [choosing, setChoosing] = useState('');
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
        {choices.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class="seed"
              aria-busy={choosing === p.id}
              onPointerEnter={() => !dataLayerStarted() && void prefetchRanking(p.id)}
              onFocus={() => !dataLayerStarted() && void prefetchRanking(p.id)}
              onClick={() => {
                if (choosing) return;
                setChoosing(p.id);
                void chooseBody(p.id).finally(() => setChoosing(''));
              }}
            >
              <strong>{p.name}</strong>
              <span class="meta">
                {p.lanName} · {countText(p.priorities, 'priority', lang())}
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
