import { dateText } from '../../../core/format/deadline-text.ts';
import type { ItemMark, ItemVerdict, Lang } from '../../messages.ts';
import { msg } from '../../shared/i18n.ts';
import type { FoundItem } from '../item.ts';
import { el } from './dom.ts';
import { clearHighlights, highlightTerms } from './highlight.ts';
import { strings } from './i18n.ts';
import { buildPanel } from './panel.ts';
import { placePanel } from './place.ts';
import { adoptPanelStyles, badgeStyles } from './styles.ts';

export interface MarkContext {
  lang: Lang;
  watch(found: FoundItem): Promise<void>;
  /** The full explanation, asked for when a panel opens (the badge has band and score only). */
  explain(found: FoundItem): Promise<ItemVerdict>;
}

function evidenceTerms(verdict: ItemVerdict): string[] {
  return verdict.match.reasons.flatMap((r) => r.evidence.map((e) => e.term));
}

/**
 * Our UI lives in closed shadow roots: the page can neither read the explanation (the body's priorities)
 * nor reach in to drive it. The host keeps a handle to the root for itself only.
 */
const roots = new WeakMap<Element, ShadowRoot>();

/** Our own handle on a UI host's closed root (content-script code only; the page has no way to it). */
export function uiRootOf(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}

function uiHost(kind: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement('span');
  host.setAttribute('data-fundwatch-ui', kind);
  const shadow = host.attachShadow({ mode: 'closed' });
  roots.set(host, shadow);
  shadow.adoptedStyleSheets = [badgeStyles()];
  return { host, shadow };
}

/** What the badge says first: a closed call is closed before it is anything else; a coming one tells when. */
function timingText(mark: ItemMark, lang: Lang): string | undefined {
  const s = strings(lang);
  if (mark.status === 'closed') return s.status.closed;
  if (mark.status === 'forthcoming')
    return mark.opens ? msg(lang, 'badgeOpens', dateText(mark.opens, lang)) : s.forthcoming;
  return undefined;
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

/** A badge's state: kept small, the panel's machinery is made on the first open only. */
interface Badge {
  found: FoundItem;
  ctx: MarkContext;
  host: HTMLElement;
  shadow: ShadowRoot;
  button: HTMLButtonElement;
  toggle?: () => void;
}

/**
 * Puts the marks on the item root and a badge after its title: timing first for closed and coming calls
 * (muted once closed), then band and score. Returns the badge's host so a re-rendered item can be re-marked.
 * Hundreds of badges go on a listing, so each is only a host, a closed root adopting the shared badge sheet
 * and a button with one listener; the panel's code, listeners and styles come when it first opens.
 */
export function markItem(found: FoundItem, mark: ItemMark, ctx: MarkContext): HTMLElement {
  const { root, titleEl } = found;
  const { band, score } = mark;
  root.setAttribute('data-fundwatch-band', band);
  root.setAttribute('data-fundwatch-score', String(score));
  if (mark.status === 'closed') root.setAttribute('data-fundwatch-status', 'closed');
  else root.removeAttribute('data-fundwatch-status');

  const s = strings(ctx.lang);
  const { host, shadow } = uiHost('badge');
  const when = timingText(mark, ctx.lang);
  const label = `${s.band[band]} ${score}`;
  const button = el(
    'button',
    `badge ${band}${mark.status === 'closed' ? ' muted' : ''}`,
    when ? `${when} · ${label}` : label,
  );
  button.type = 'button';
  button.title = s.badgeTitle;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  shadow.append(button);
  if (mark.status === 'closing-soon') shadow.append(el('span', 'when closing-soon', s.status['closing-soon']));
  const badge: Badge = { found, ctx, host, shadow, button };
  // On the closed root, not the host: a listener outside a closed root does not see what inside was hit.
  shadow.addEventListener('click', (e) => {
    // The badge may sit inside a card that is one big link: opening it must not follow the link.
    e.preventDefault();
    e.stopPropagation();
    // Clicks the page script dispatches are not the user's: they never open or save anything.
    if (!e.isTrusted || !e.composedPath().includes(button)) return;
    badge.toggle ??= panelToggle(badge);
    badge.toggle();
  });
  if (titleEl.tagName === 'A') titleEl.after(host);
  else titleEl.append(host);
  return host;
}

/** The explanation panel of one badge: asked for, built and wired on its first opening. */
function panelToggle(b: Badge): () => void {
  const { found, ctx, host, shadow, button } = b;
  const root = found.root;
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
  let verdict: ItemVerdict | undefined;
  const open = async () => {
    closeOpen?.(false);
    if (!panel) {
      verdict ??= await ctx.explain(found);
      if (panel) return;
      adoptPanelStyles(shadow);
      panel = buildPanel(found.item.title, verdict, ctx.lang, {
        watch: () => ctx.watch(found),
        close: () => close(true),
      });
      panel.id = 'panel';
      button.setAttribute('aria-controls', 'panel');
      shadow.append(panel);
    }
    if (!verdict) return;
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
  shadow.addEventListener('keydown', (e) => {
    if (!e.isTrusted || (e as KeyboardEvent).key !== 'Escape' || !panel || panel.hidden) return;
    e.stopPropagation();
    close(true);
  });
  return () => {
    if (panel && !panel.hidden) close(true);
    else open().catch((err) => console.debug('fundwatch: no explanation', err));
  };
}

let openCard: HTMLElement | undefined;

/** On a detail page: a fixed score card in the corner (fixed position, so the page does not move). */
export async function showScoreCard(found: FoundItem, ctx: MarkContext): Promise<void> {
  const verdict = await ctx.explain(found);
  // A single-page app may move on to another call without a reload: one card at a time.
  openCard?.remove();
  const { host, shadow } = uiHost('card');
  adoptPanelStyles(shadow);
  host.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
  });
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
    if (e.isTrusted && (e as KeyboardEvent).key === 'Escape') dismiss();
  });
  document.body.append(host);
  highlightTerms(found.root, evidenceTerms(verdict));
}
