/** Room kept between the panel and the viewport's edges, and between the panel and its badge. */
const EDGE = 8;
const GAP = 4;

/**
 * Puts a fixed-position panel under its badge (above it when there is more room there), moved left as
 * far as needed to stay inside the viewport, and caps its height to the room it has.
 */
export function placePanel(panel: HTMLElement, anchor: DOMRect, view = { width: innerWidth, height: innerHeight }) {
  const width = Math.min(panel.offsetWidth || 360, view.width - 2 * EDGE);
  const left = Math.max(EDGE, Math.min(anchor.left, view.width - width - EDGE));
  const below = view.height - anchor.bottom - GAP - EDGE;
  const above = anchor.top - GAP - EDGE;
  const natural = panel.scrollHeight;
  const downwards = below >= Math.min(natural, 240) || below >= above;
  const room = Math.max(120, downwards ? below : above);
  const height = Math.min(natural, room);
  panel.style.left = `${Math.round(left)}px`;
  panel.style.maxHeight = `${Math.round(room)}px`;
  panel.style.top = `${Math.round(downwards ? Math.min(anchor.bottom + GAP, view.height - EDGE - height) : Math.max(EDGE, anchor.top - GAP - height))}px`;
}
