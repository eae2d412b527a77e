import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { funderParts } from '../../core/format/funder-line.ts';
import { formatPoints, formatScore, grossPoints } from '../../core/format/points.ts';
import { timingBeyondShort } from '../../core/format/timing-lines.ts';
import { safeHttpUrl } from '../../core/sources/lib/url.ts';
import type { RankedCall } from '../calls/ranker.ts';
import { BandBadge } from '../components/band-badge.tsx';
import { DeadlineText } from '../components/deadline-text.tsx';
import { PointsSum } from '../components/points-sum.tsx';
import { ReasonsList } from '../components/reasons-list.tsx';
import { lang, t } from '../i18n/lang.ts';
import { notEligibleReason, scoreLine, scoreParts, unscoredEligibility } from './score-parts.ts';

interface Props {
  r: RankedCall;
  now: Date;
  watched: boolean;
  onWatch: () => void;
  /** "Dölj": hide the call from the matches with a reason (in a team, for everyone). */
  onHide: (reason: string) => void;
}

const HIDE_REASONS = [
  { sv: 'Inte aktuell för oss', en: 'Not relevant for us' },
  { sv: 'Vi kan inte söka', en: 'We cannot apply' },
  { sv: 'Redan sökt eller beviljad', en: 'Already applied or granted' },
  { sv: 'Saknar resurser just nu', en: 'No capacity right now' },
];

function HideForm({ id, onHide, onCancel }: { id: string; onHide: (reason: string) => void; onCancel: () => void }) {
  const l = lang();
  const [reason, setReason] = useState(HIDE_REASONS[0][l]);
  const [other, setOther] = useState('');
  return (
    <form
      class="hide-form stack"
      onSubmit={(e) => {
        e.preventDefault();
        onHide(other.trim() || reason);
      }}
    >
      <label for={`${id}-reason`}>{t('Varför döljs den?', 'Why hide it?')}</label>
      <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
        {HIDE_REASONS.map((r) => (
          <option key={r.sv} value={r[l]}>
            {r[l]}
          </option>
        ))}
      </select>
      <label for={`${id}-other`}>{t('Eller med egna ord (valfritt)', 'Or in your own words (optional)')}</label>
      <input id={`${id}-other`} value={other} maxLength={300} onInput={(e) => setOther(e.currentTarget.value)} />
      <div class="row">
        <button type="submit">{t('Dölj utlysningen', 'Hide the call')}</button>
        <button type="button" onClick={onCancel}>
          {t('Avbryt', 'Cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * One call, compact: title, funder, deadline, and the points that make up its score in one line; the
 * reasons with the call's own words on demand. Funder text is text only, isolated from its neighbours.
 */
export function CallCard({ r, now, watched, onWatch, onHide }: Props) {
  const [hiding, setHiding] = useState(false);
  const [why, setWhy] = useState(false);
  const l = lang();
  const blocked = notEligibleReason(r.match);
  const parts = scoreParts(r.match);
  const adjustments = parts.filter((p) => p.kind !== 'content');
  const url = safeHttpUrl(r.call.url);
  const dates = why ? timingBeyondShort(r.call, l, now) : [];
  const titleId = `t-${r.call.id.replace(/[^\w-]/g, '_')}`;
  return (
    <li class={`card band-edge-${blocked ? 'none' : r.match.band}`} data-call-id={r.call.id} aria-labelledby={titleId}>
      <div class="card-head">
        <h3 id={titleId} class="clamp" dir="auto">
          {url ? (
            <a href={url} target="_blank" rel="noopener noreferrer">
              {r.call.title}
            </a>
          ) : (
            r.call.title
          )}
        </h3>
        {blocked ? (
          <span class="band band-blocked">{t('Ej behörig', 'Not eligible')}</span>
        ) : (
          <BandBadge band={r.match.band} score={r.match.score} />
        )}
      </div>
      <p class="meta one-line">
        {funderParts(r.call).map((name, i) => (
          <Fragment key={name}>
            {i > 0 && ' · '}
            <bdi>{name}</bdi>
          </Fragment>
        ))}
      </p>
      <DeadlineText call={r.call} now={now} />
      {blocked && <p class="blockers">{blocked[l]}</p>}
      <p class="score-line">
        <span class="sr-only">{t('Poängen består av: ', 'The score is made up of: ')}</span>
        {scoreLine(parts).map((p, i) => (
          <span key={i} class={`part part-${p.kind}`} data-points={p.points}>
            {p.label[l]} {formatPoints(p.points, l)}
          </span>
        ))}
        <span class="part part-sum" data-score={r.match.score}>
          = {formatScore(r.match.score, l)}
        </span>
      </p>
      <div class="card-actions">
        {watched ? (
          // A second tap must not throw away notes and a decision log: it opens the entry instead.
          <a class="button watch on" href={`#/bevakning?call=${encodeURIComponent(r.call.id)}`}>
            {t('Bevakas ✓', 'Watching ✓')}
            <span class="sr-only">{t(' – öppna bevakningen', ' – open the watched call')}</span>
          </a>
        ) : (
          <button type="button" class="watch" aria-pressed="false" onClick={onWatch}>
            {t('Bevaka', 'Watch')}
          </button>
        )}
        {!watched && (
          <button type="button" class="hide" aria-expanded={hiding} onClick={() => setHiding(!hiding)}>
            {t('Dölj', 'Hide')}
            <span class="sr-only">: {r.call.title}</span>
          </button>
        )}
        {/* The details are drawn when opened: a list of cards paints without every card's reasons and quotes. */}
        <details class="why" onToggle={(e) => setWhy((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{t('Varför?', 'Why?')}</summary>
          {why && (
            <>
              {/* Only the dates the card's line above does not give: no date is read twice. */}
              {dates.length > 0 && (
                <ul class="full-deadline">
                  {dates.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
              {/* Every priority and every adjustment, then their sum: the details add up to the score. */}
              <ReasonsList
                reasons={r.match.reasons}
                max={Number.POSITIVE_INFINITY}
                gross={grossPoints(r.match)}
                title={r.call.title}
              />
              {adjustments.map((p, i) => (
                <p key={i} class={`adjust part-${p.kind}`}>
                  {p.text && <strong>{p.label[l]}: </strong>}
                  {(p.text ?? p.label)[l]} <span class="points">{formatPoints(p.points, l)}</span>
                </p>
              ))}
              {/* A verdict without points still tells the reader what the call leaves in doubt. */}
              {unscoredEligibility(r.match, parts).map((p) => (
                <p key={p.kind} class={`adjust part-${p.kind} unscored`}>
                  <strong>{p.label[l]}: </strong>
                  {p.text?.[l]}
                </p>
              ))}
              <PointsSum figures={parts.map((p) => p.points)} score={r.match.score} />
            </>
          )}
        </details>
      </div>
      {hiding && <HideForm id={`${titleId}-hide`} onHide={onHide} onCancel={() => setHiding(false)} />}
    </li>
  );
}
