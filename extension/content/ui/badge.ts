import { BAND_LABEL } from '../../../core/match/band-labels.ts';
import type { ItemVerdict, Lang } from '../../messages.ts';
import type { FoundItem } from '../item.ts';
import { el } from './dom.ts';
import { clearHighlights, highlightTerms } from './highlight.ts';
import { strings } from './i18n.ts';
import { buildPanel } from './panel.ts';
import { placePanel } from './place.ts';
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

/** The one explanation open on the page; opening another closes it. */
let closeOpen: ((refocus: boolean) => void) | undefined;

/**
 * The panel goes to the top layer (a manual popover) where the browser has it: a card with
 * overflow:hidden cannot clip it, no z-index of the page can cover it, and it never moves the layout.
 */
function show(panel: HTMLElement): void {
  panel.hidden = false;
  if (typeof panel.showPopover === 'function') {
    panel.popover = 'manual';
    if (!panel.matches(':popover-open')) panel.showPopover();
  }
}

function hide(panel: HTMLElement): void {
  if (typeof panel.hidePopover === 'function' && panel.matches(':popover-open')) panel.hidePopover();
  panel.hidden = true;
}

/** Puts the test-contract marks on the item root and a badge (band + score) after its title. */
export function markItem(found: FoundItem, verdict: ItemVerdict, ctx: MarkContext): void {
  const { root, titleEl } = found;
  const { band, score } = verdict.match;
  root.setAttribute('data-fundwatch-band', band);
  root.setAttribute('data-fundwatch-score', String(Math.round(score)));

  const s = strings(ctx.lang);
  const { host, shadow } = uiHost('badge');
  const button = el('button', `badge ${band}`, `${BAND_LABEL[band][ctx.lang]} ${Math.round(score)}`);
  button.type = 'button';
  button.title = s.badgeTitle;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  shadow.append(button);
  // A strong match whose deadline has passed, or is days away, must be told apart at a glance.
  const status = verdict.match.deadline?.status;
  if (status === 'closed' || status === 'closing-soon') shadow.append(el('span', `when ${status}`, s.status[status]));

  let panel: HTMLElement | undefined;
  let frame = 0;
  const reposition = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!panel || panel.hidden) return;
      const r = button.getBoundingClientRect();
      // The badge scrolled away: a panel left floating over other content would point at nothing.
      if (r.bottom < 0 || r.top > innerHeight) return close(false);
      placePanel(panel, r);
    });
  };
  const outside = (e: Event) => {
    if (!e.composedPath().includes(host)) close(false);
  };
  function close(refocus: boolean): void {
    if (!panel || panel.hidden) return;
    hide(panel);
    button.setAttribute('aria-expanded', 'false');
    clearHighlights();
    removeEventListener('scroll', reposition, true);
    removeEventListener('resize', reposition);
    document.removeEventListener('pointerdown', outside, true);
    if (closeOpen === close) closeOpen = undefined;
    if (refocus) button.focus();
  }
  const open = () => {
    closeOpen?.(false);
    if (!panel) {
      panel = buildPanel(found.item.title, verdict, ctx.lang, {
        watch: () => ctx.watch(found),
        close: () => close(true),
      });
      panel.id = 'panel';
      button.setAttribute('aria-controls', 'panel');
      shadow.append(panel);
    }
    show(panel);
    placePanel(panel, button.getBoundingClientRect());
    button.setAttribute('aria-expanded', 'true');
    panel.focus({ preventScroll: true });
    highlightTerms(root, evidenceTerms(verdict));
    addEventListener('scroll', reposition, { capture: true, passive: true });
    addEventListener('resize', reposition, { passive: true });
    document.addEventListener('pointerdown', outside, true);
    closeOpen = close;
  };
  button.addEventListener('click', () => (panel && !panel.hidden ? close(true) : open()));
  shadow.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Escape' || !panel || panel.hidden) return;
    e.stopPropagation();
    close(true);
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
  const dismiss = () => {
    host.remove();
    clearHighlights();
  };
  const card = buildPanel(found.item.title, verdict, ctx.lang, { watch: () => ctx.watch(found), close: dismiss });
  // Not a dialog: it appears by itself, takes no focus, and the page stays usable around it.
  card.setAttribute('role', 'region');
  card.classList.add('card');
  shadow.append(card);
  shadow.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') dismiss();
  });
  document.body.append(host);
  highlightTerms(found.root, evidenceTerms(verdict));
}
