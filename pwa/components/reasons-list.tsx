import { formatPoints } from '../../core/format/points.ts';
import { groupReasons, type ReasonLike, topicsText } from '../../core/match/reason-groups.ts';
import { lang, t } from '../i18n/lang.ts';

/** Why a call matches: each priority with the call's own words. Funder text is rendered as text only. */
export function ReasonsList({ reasons, max = 3 }: { reasons: ReasonLike[]; max?: number }) {
  if (reasons.length === 0)
    return (
      <p class="muted">{t('Inga träffar på profilens prioriteringar.', 'No hits on the profile’s priorities.')}</p>
    );
  const l = lang();
  // A quote already shown for a priority above is not repeated: the next priority shows its matched words instead.
  const quoted = new Set<string>();
  return (
    <ul class="reasons">
      {groupReasons(reasons, l, { words: 2 })
        .slice(0, max)
        .map((g) => {
          const fresh = g.quotes.filter((q) => !quoted.has(q)).slice(0, 2);
          for (const q of fresh) quoted.add(q);
          const said = fresh.length > 0 ? fresh : g.words.slice(0, 2);
          return (
            <li key={g.priorityId}>
              <strong dir="auto">{g.label[l]}</strong>
              {topicsText(g, l) && <span class="concepts"> ({topicsText(g, l)})</span>}
              {g.fromData.length > 0 && <span class="from-data"> — {g.fromData.join(', ')}</span>}
              {said.length > 0 && <span> — {said.map((q) => `”${q}”`).join(', ')}</span>}
              {/* The space outside the figure: a line may break before it, never inside it. */}{' '}
              <span class="points" title={t('poäng till matchningen', 'points towards the score')}>
                {formatPoints(g.points, l)}
              </span>
            </li>
          );
        })}
    </ul>
  );
}
