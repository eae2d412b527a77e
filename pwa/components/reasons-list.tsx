import { foldMinor, minorHeading } from '../../core/format/minor-reasons.ts';
import { formatPoints } from '../../core/format/points.ts';
import { groupReasons, type ReasonLike, topicsText } from '../../core/match/reason-groups.ts';
import { lang, t } from '../i18n/lang.ts';

const pointsTitle = () => t('poäng till matchningen', 'points towards the score');

/**
 * Why a call matches: each priority with the call's own words; priorities worth a sliver of the score folded into
 * one line that opens to name them (core's rule, minor-reasons.ts). `gross` is what a sliver is measured against:
 * the match's positive figures (core's grossPoints), or the reasons' own when only they were saved. Funder text is
 * rendered as text only.
 */
export function ReasonsList({ reasons, max = 3, gross }: { reasons: ReasonLike[]; max?: number; gross?: number }) {
  if (reasons.length === 0)
    return (
      <p class="muted">{t('Inga träffar på profilens prioriteringar.', 'No hits on the profile’s priorities.')}</p>
    );
  const l = lang();
  const groups = groupReasons(reasons, l, { words: 2 });
  const { shown, minor, minorPoints } = foldMinor(
    groups,
    gross ?? groups.reduce((sum, g) => sum + Math.max(0, g.points), 0),
  );
  // A quote already shown for a priority above is not repeated: the next priority shows its matched words instead.
  const quoted = new Set<string>();
  return (
    <ul class="reasons">
      {shown.slice(0, max).map((g) => {
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
            <span class="points" title={pointsTitle()}>
              {formatPoints(g.points, l)}
            </span>
          </li>
        );
      })}
      {minor.length > 0 && shown.length <= max && (
        <li class="minor">
          <details>
            <summary>
              {minorHeading(minor.length, l)}{' '}
              <span class="points" title={pointsTitle()}>
                {formatPoints(minorPoints, l)}
              </span>
            </summary>
            <ul>
              {minor.map((g) => (
                <li key={g.priorityId}>
                  <span dir="auto">{g.label[l]}</span>
                  {topicsText(g, l) && <span class="concepts"> ({topicsText(g, l)})</span>}{' '}
                  <span class="minor-points">{formatPoints(g.points, l)}</span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      )}
    </ul>
  );
}
