import { minorHeading } from '../../../core/format/minor-reasons.ts';
import { clampLabel, formatPoints, roundPoints, sumParts } from '../../../core/format/points.ts';
import { freshQuotes } from '../../../core/format/quotes.ts';
import { adjustmentLine, applicantLine, areaLine } from '../../../core/match/provenance.ts';
import { groupReasons, type ReasonGroup, topicsText } from '../../../core/match/reason-groups.ts';
import type { EligibilityVerdict, Match } from '../../../core/model/match.ts';
import type { ItemVerdict, Lang } from '../../messages.ts';
import { el } from './dom.ts';
import { type Strings, strings } from './i18n.ts';
import { type PanelPoints, panelPoints } from './panel-points.ts';

const VERDICT_ICON = { eligible: '✓', 'not-eligible': '✗', unknown: '?' } as const;
const VERDICT_CLASS = { eligible: 'ok', 'not-eligible': 'block', unknown: 'unknown' } as const;

export interface PanelActions {
  watch(): Promise<void>;
  close(): void;
}

let panelSeq = 0;

/** A figure of points, written by core's one formatter and marked with its value for checks. */
function pointsEl(points: number, lang: Lang, cls = 'pts'): HTMLElement {
  const span = el('span', cls, formatPoints(points, lang));
  span.dataset.points = String(roundPoints(points));
  return span;
}

function fact(
  label: string,
  text: string,
  cls: string,
  icon?: string,
  iconLabel?: string,
  points?: HTMLElement,
): HTMLElement {
  const row = el('div', `fact ${cls}`);
  const dd = el('dd');
  if (icon) {
    const mark = el('span', 'icon', icon);
    mark.setAttribute('aria-hidden', 'true');
    dd.append(mark);
    // A blocker is spelled out for everyone; the other verdicts only for screen readers (the icon says it).
    if (iconLabel) dd.append(el('span', cls === 'block' ? 'verdict' : 'sr', `${iconLabel}: `));
  }
  dd.append(text);
  if (points) dd.append(' (', points, ')');
  row.append(el('dt', undefined, label), dd);
  return row;
}

function deadlineFact(verdict: ItemVerdict, s: Strings, lang: Lang): HTMLElement {
  const info = verdict.match.deadline;
  const text = info?.text[lang] ?? verdict.deadline ?? s.noDeadline;
  const cls = info?.status === 'closed' ? 'block' : info?.status === 'closing-soon' ? 'warn' : 'neutral';
  const icon = cls === 'block' ? '✗' : cls === 'warn' ? '!' : '◷';
  return fact(s.deadline, text, `deadline ${cls}`, icon);
}

function eligibilityFact(
  label: string,
  v: EligibilityVerdict,
  text: string,
  pts: number,
  s: Strings,
  lang: Lang,
): HTMLElement {
  return fact(label, text, VERDICT_CLASS[v], VERDICT_ICON[v], s.verdict[v], pts ? pointsEl(pts, lang) : undefined);
}

/** The priorities too small for a line of their own: one line with their sum, opening to name them. */
function minorItem(groups: readonly ReasonGroup[], points: number, lang: Lang): HTMLElement {
  const li = el('li', 'minor');
  const details = el('details');
  const summary = el('summary', 'prio');
  summary.append(el('span', undefined, minorHeading(groups.length, lang)), ' ', pointsEl(points, lang));
  const list = el('ul');
  for (const g of groups) {
    const item = el('li', undefined, g.label[lang]);
    item.append(' ', el('span', 'minor-pts', formatPoints(g.points, lang)));
    list.append(item);
  }
  details.append(summary, list);
  li.append(details);
  return li;
}

function reasonList(title: string, m: Match, points: PanelPoints, s: Strings, lang: Lang): HTMLElement {
  const groups = groupReasons(m.reasons, lang);
  if (groups.length === 0) return el('p', 'muted', s.noReasons);
  const list = el('ul', 'reasons');
  const folded = new Set(points.minor.priorityIds);
  const quoted = new Set<string>();
  for (const g of groups) {
    if (folded.has(g.priorityId)) continue;
    const li = el('li');
    const head = el('div', 'prio');
    head.append(
      el('strong', undefined, g.label[lang]),
      pointsEl(points.priorities.get(g.priorityId) ?? g.points, lang),
    );
    li.append(head);
    const topics = topicsText(g, lang);
    // "Om: Klimat; närliggande ämne: Energi", but "Närliggande ämne: Energi" alone, not "Om: närliggande ämne: …".
    if (topics)
      li.append(
        el(
          'div',
          'concepts',
          g.concepts.length ? `${s.concepts}: ${topics}` : topics[0].toUpperCase() + topics.slice(1),
        ),
      );
    if (g.words.length > 0) li.append(el('div', 'words', `${s.words}: ${g.words.map((w) => `”${w}”`).join(', ')}`));
    // What programme data said, with its mark: never among the call's own words.
    if (g.fromData.length > 0) li.append(el('div', 'from-data', g.fromData.join(', ')));
    // The title is already on screen, and a passage shown under a priority above is not repeated.
    const [quote] = freshQuotes(g.quotes, quoted, 1, title);
    if (quote) li.append(el('q', undefined, quote));
    list.append(li);
  }
  if (folded.size > 0)
    list.append(
      minorItem(
        groups.filter((g) => folded.has(g.priorityId)),
        points.minor.points,
        lang,
      ),
    );
  return list;
}

/**
 * The explanation, most decisive first: score, the deadline, eligibility (blockers marked), then one
 * line per priority with the call's own words, and Watch. Every string from the page or the engine is
 * set as text.
 */
export function buildPanel(title: string, verdict: ItemVerdict, lang: Lang, actions: PanelActions): HTMLElement {
  const s = strings(lang);
  const m: Match = verdict.match;
  const panel = el('section', 'panel');
  const headingId = `fundwatch-panel-${++panelSeq}`;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', headingId);
  panel.tabIndex = -1;
  // Our words are in the reader's language; the call's title and quotes are in the page's.
  panel.lang = lang;
  const heading = el('h2', undefined, title);
  heading.lang = document.documentElement.lang;
  heading.id = headingId;
  panel.append(heading);
  panel.append(el('p', `score ${m.band}`, `${Math.round(m.score)} ${s.of100} · ${s.bandVerdict[m.band]}`));

  // Every figure from the Match, through core's parts: the rows show them and the sum adds them up.
  const points = panelPoints(m);
  const facts = el('dl', 'facts');
  facts.setAttribute('aria-label', s.eligibility);
  facts.append(
    deadlineFact(verdict, s, lang),
    eligibilityFact(s.area, m.eligibility.area, areaLine(m.eligibility, lang), points.area, s, lang),
    eligibilityFact(
      s.applicant,
      m.eligibility.applicant,
      applicantLine(m.eligibility, lang),
      points.applicant,
      s,
      lang,
    ),
  );
  panel.append(el('h3', 'sr', s.eligibility), facts);

  if (points.blockers.length > 0) {
    const box = el('div', 'blockers');
    box.append(el('h3', undefined, s.blockers));
    const list = el('ul');
    for (const b of points.blockers) {
      const li = el('li', undefined, `✗ ${adjustmentLine(b.adjustment, lang)}`);
      if (b.points) li.append(' (', pointsEl(b.points, lang), ')');
      list.append(li);
    }
    box.append(list);
    panel.append(box);
  }

  panel.append(el('h3', undefined, s.why), reasonList(title, m, points, s, lang));

  if (points.boosts.length > 0) {
    panel.append(el('h3', undefined, s.other));
    const list = el('ul', 'adjustments');
    for (const a of points.boosts) {
      const li = el('li');
      li.append(pointsEl(a.points, lang), ` ${adjustmentLine(a.adjustment, lang)}`);
      list.append(li);
    }
    panel.append(list);
  }
  // Matches saved by older versions were clamped to 0–100 without a part saying so: say it here.
  if (points.clamp !== 0) {
    const line = el('p', 'clamp', `${clampLabel(points.clamp, m.score, lang)} `);
    line.append(pointsEl(points.clamp, lang));
    panel.append(line);
  }
  // The visible sum of the figures shown above, computed from the Match: a reader can check it against the score.
  const { label, terms, total } = sumParts(points.figures, lang);
  const sum = el('p', 'sum', `${label}:`);
  // Each figure on one line: a narrow panel never leaves a lone "p" at the start of a line.
  for (const term of terms) sum.append(' ', el('span', 'fig', term));
  sum.append(' ', el('span', 'fig', `= ${total}`));
  sum.dataset.score = String(m.score);
  panel.append(sum);

  const row = el('div', 'row');
  const watch = el('button', 'watch', verdict.saved ? s.watched : s.watch);
  watch.type = 'button';
  watch.disabled = verdict.saved;
  watch.addEventListener('click', (e) => {
    // The host page can dispatch clicks into our UI: only the user's own click saves.
    if (!e.isTrusted) return;
    watch.disabled = true;
    actions.watch().then(
      () => {
        watch.textContent = s.watched;
      },
      () => {
        watch.textContent = s.failed;
        watch.disabled = false;
      },
    );
  });
  const close = el('button', 'close', s.close);
  close.type = 'button';
  close.addEventListener('click', (e) => {
    if (e.isTrusted) actions.close();
  });
  row.append(watch, close);
  panel.append(row);
  return panel;
}
