import { foldMinor, minorHeading } from '../../core/format/minor-reasons.ts';
import { formatPoints } from '../../core/format/points.ts';
import { freshQuotes } from '../../core/format/quotes.ts';
import { groupReasons, type ReasonLike, topicsText } from '../../core/match/reason-groups.ts';
import { lang, t } from '../i18n/lang.ts';

const pointsTitle = () => t('poäng till matchningen', 'points towards the score');

/**
 * Why a call matches: each priority with the call's own words; priorities worth a sliver of the score folded into
 * one line that opens to name them (core's rule, minor-reasons.ts). `gross` is what a sliver is measured against:
 * the match's positive figures (core's grossPoints), or the reasons' own when only they were saved. Funder text is
 * rendered as text only.
 */
export function ReasonsList({
  reasons,
  max = 3,
  gross,
  title,
}: {
  reasons: ReasonLike[];
  max?: number;
  gross?: number;
  /** The call's title, on screen already: never shown again as a quote. */
  title?: string;
}) {
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
  // A passage already shown for a priority above (or the title) is not repeated: the matched words say enough.
  const quoted = new Set<string>();
  return (
    <ul class="reasons">
      {shown.slice(0, max).map((g) => {
        const fresh = freshQuotes(g.quotes, quoted, 2, title);
        const said = fresh.length > 0 ? fresh : g.words.slice(0, 2);
        const topics = topicsText(g, l);
        // Name and figure first, as in the digest and the extension: a reader scans down the left edge.
        return (
          <li key={g.priorityId}>
            <strong dir="auto">{g.label[l]}</strong>
            {/* The space outside the figure: a line may break before it, never inside it. */}{' '}
            <span class="points" title={pointsTitle()}>
              {formatPoints(g.points, l)}
            </span>
            {topics && <span class="concepts"> — {topics}</span>}
            {g.fromData.length > 0 && <span class="from-data"> — {g.fromData.join(', ')}</span>}
            {said.length > 0 && <span> — {said.map((q) => `”${q}”`).join(', ')}</span>}
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
                  <span dir="auto">{g.label[l]}</span> <span class="minor-points">{formatPoints(g.points, l)}</span>
                  {topicsText(g, l) && <span class="concepts"> — {topicsText(g, l)}</span>}
                </li>
              ))}
            </ul>
          </details>
        </li>
      )}
    </ul>
  );
}
