import type { Match } from '../../core/model/match.ts';
import type { Bilingual } from '../../core/model/profile.ts';
import { lang, t } from '../i18n/lang.ts';

type ReasonLike = Pick<Match['reasons'][number], 'priorityId' | 'priorityLabel' | 'evidence' | 'points'> & {
  conceptLabel?: Bilingual;
};

interface Grouped {
  id: string;
  label: Bilingual;
  concepts: string[];
  quotes: string[];
  points: number;
}

/** One line per priority (the engine may give several concept hits for one), strongest first. */
function group(reasons: ReasonLike[], l: 'sv' | 'en'): Grouped[] {
  const by = new Map<string, Grouped>();
  for (const r of reasons) {
    const g = by.get(r.priorityId) ?? { id: r.priorityId, label: r.priorityLabel, concepts: [], quotes: [], points: 0 };
    g.points += r.points;
    const concept = r.conceptLabel?.[l];
    if (concept && !g.concepts.includes(concept)) g.concepts.push(concept);
    for (const e of r.evidence) {
      const q = e.quote || e.term;
      if (q && !g.quotes.includes(q)) g.quotes.push(q);
    }
    by.set(r.priorityId, g);
  }
  return [...by.values()].sort((a, b) => b.points - a.points);
}

/** Why a call matches: each priority with the call's own words. Funder text is rendered as text only. */
export function ReasonsList({ reasons, max = 3 }: { reasons: ReasonLike[]; max?: number }) {
  if (reasons.length === 0)
    return (
      <p class="muted">{t('Inga träffar på profilens prioriteringar.', 'No hits on the profile’s priorities.')}</p>
    );
  const l = lang();
  return (
    <ul class="reasons">
      {group(reasons, l)
        .slice(0, max)
        .map((g) => (
          <li key={g.id}>
            <strong>{g.label[l]}</strong>
            {g.concepts.length > 0 && <span class="concepts"> ({g.concepts.slice(0, 3).join(', ')})</span>}
            {g.quotes.length > 0 && (
              <span>
                {' '}
                —{' '}
                {g.quotes
                  .slice(0, 2)
                  .map((q) => `”${q}”`)
                  .join(', ')}
              </span>
            )}
            <span class="points" title={t('poäng till matchningen', 'points towards the score')}>
              {' '}
              +{Math.round(g.points)} p
            </span>
          </li>
        ))}
    </ul>
  );
}
