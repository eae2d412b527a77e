import type { ItemVerdict, Lang } from '../../messages.ts';
import type { FoundItem } from '../item.ts';
import { el } from './dom.ts';
import { clearHighlights, highlightTerms } from './highlight.ts';
import { strings } from './i18n.ts';
import { buildPanel } from './panel.ts';
import { shadowStyles } from './styles.ts';

export interface MarkContext {
  lang: Lang;
  watch(found: FoundItem): Promise<void>;
}

function evidenceTerms(verdict: ItemVerdict): string[] {
  return verdict.match.reasons.flatMap((r) => r.evidence.map((e) => e.term));
}

function uiHost(kind: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement('span');
  host.setAttribute('data-fundwatch-ui', kind);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [shadowStyles()];
  // The badge may sit inside a card that is one big link: opening it must not follow the link.
  host.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
  });
  return { host, shadow };
}

/** Puts the test-contract marks on the item root and a badge (band + score) after its title. */
export function markItem(found: FoundItem, verdict: ItemVerdict, ctx: MarkContext): void {
  const { root, titleEl } = found;
  const { band, score } = verdict.match;
  root.setAttribute('data-fundwatch-band', band);
  root.setAttribute('data-fundwatch-score', String(Math.round(score)));

  const s = strings(ctx.lang);
  const { host, shadow } = uiHost('badge');
  const button = el('button', `badge ${band}`, `${s.band[band]} ${Math.round(score)}`);
  button.type = 'button';
  button.title = s.badgeTitle;
  button.setAttribute('aria-expanded', 'false');
  shadow.append(button);

  let panel: HTMLElement | undefined;
  const close = () => {
    if (panel) panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    clearHighlights();
  };
  button.addEventListener('click', () => {
    if (panel && !panel.hidden) return close();
    if (!panel) {
      panel = buildPanel(found.item.title, verdict, ctx.lang, { watch: () => ctx.watch(found), close });
      shadow.append(panel);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    highlightTerms(root, evidenceTerms(verdict));
  });
  shadow.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') close();
  });

  if (titleEl.tagName === 'A') titleEl.after(host);
  else titleEl.append(host);
}

let openCard: HTMLElement | undefined;

/** On a detail page: a fixed score card in the corner (fixed position, so the page does not move). */
export function showScoreCard(found: FoundItem, verdict: ItemVerdict, ctx: MarkContext): void {
  // A single-page app may move on to another call without a reload: one card at a time.
  openCard?.remove();
  const { host, shadow } = uiHost('card');
  openCard = host;
  const card = buildPanel(found.item.title, verdict, ctx.lang, {
    watch: () => ctx.watch(found),
    close: () => {
      host.remove();
      clearHighlights();
    },
  });
  card.classList.add('card');
  shadow.append(card);
  document.body.append(host);
  highlightTerms(found.root, evidenceTerms(verdict));
}
