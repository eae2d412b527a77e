import type { Match } from '../../../core/model/match.ts';
import type { ItemVerdict, Lang } from '../../messages.ts';
import { el } from './dom.ts';
import { strings } from './i18n.ts';

const VERDICT_ICON = { eligible: '✓', 'not-eligible': '✗', unknown: '?' } as const;

export interface PanelActions {
  watch(): Promise<void>;
  close(): void;
}

/** The explanation: priorities hit with the call's own words, eligibility, deadline, and Watch. */
export function buildPanel(title: string, verdict: ItemVerdict, lang: Lang, actions: PanelActions): HTMLElement {
  const s = strings(lang);
  const m: Match = verdict.match;
  const panel = el('section', 'panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', `Fundwatch: ${title}`);
  panel.append(el('h2', undefined, title));
  panel.append(el('p', 'score', `${Math.round(m.score)}/100 · ${s.band[m.band]} ${s.match}`));

  panel.append(el('h3', undefined, s.why));
  if (m.reasons.length === 0) panel.append(el('p', undefined, s.noReasons));
  else {
    const list = el('ul', 'reasons');
    for (const r of m.reasons) {
      const li = el('li');
      li.append(el('strong', undefined, r.priorityLabel[lang]));
      const words = r.evidence.map((e) => e.term).join(', ');
      if (words) li.append(document.createTextNode(`: ${words}`));
      const quote = r.evidence[0]?.quote;
      if (quote) li.append(document.createTextNode(' '), el('q', undefined, quote));
      list.append(li);
    }
    panel.append(list);
  }

  panel.append(el('h3', undefined, s.eligibility));
  const elig = el('ul', 'eligibility');
  elig.append(
    el('li', undefined, `${VERDICT_ICON[m.eligibility.area]} ${s.area}: ${m.eligibility.areaText[lang]}`),
    el(
      'li',
      undefined,
      `${VERDICT_ICON[m.eligibility.applicant]} ${s.applicant}: ${m.eligibility.applicantText[lang]}`,
    ),
  );
  panel.append(elig);

  panel.append(el('h3', undefined, s.deadline), el('p', 'deadline', verdict.deadline ?? s.noDeadline));

  const adjustments = [...m.boosts, ...m.blockers];
  if (adjustments.length > 0) {
    panel.append(el('h3', undefined, s.adjust));
    const list = el('ul', 'adjustments');
    for (const a of adjustments)
      list.append(el('li', undefined, `${a.points > 0 ? '+' : ''}${a.points} ${a.text[lang]}`));
    panel.append(list);
  }

  const row = el('div', 'row');
  const watch = el('button', 'watch', verdict.saved ? s.watched : s.watch);
  watch.type = 'button';
  watch.disabled = verdict.saved;
  watch.addEventListener('click', () => {
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
  close.addEventListener('click', () => actions.close());
  row.append(watch, close);
  panel.append(row);
  return panel;
}
