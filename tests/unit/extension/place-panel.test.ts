// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { placePanel } from '../../../extension/content/ui/place.ts';

function panel(width: number, height: number): HTMLElement {
  const p = document.createElement('section');
  Object.defineProperty(p, 'offsetWidth', { value: width });
  Object.defineProperty(p, 'scrollHeight', { value: height });
  return p;
}

const rect = (left: number, top: number, w = 60, h = 20) => new DOMRect(left, top, w, h);
const px = (v: string) => Number(v.replace('px', ''));

describe('placing the explanation panel', () => {
  it('opens under the badge when there is room', () => {
    const p = panel(400, 300);
    placePanel(p, rect(100, 100), { width: 1280, height: 800 });
    expect(px(p.style.left)).toBe(100);
    expect(px(p.style.top)).toBe(124);
  });

  it('moves left to stay on screen near the right edge and on a 390 px phone', () => {
    const wide = panel(400, 300);
    placePanel(wide, rect(1200, 100), { width: 1280, height: 800 });
    expect(px(wide.style.left) + 400).toBeLessThanOrEqual(1280 - 8);
    const phone = panel(374, 300);
    placePanel(phone, rect(300, 100), { width: 390, height: 844 });
    expect(px(phone.style.left)).toBe(8);
  });

  it('opens above a badge near the bottom, and never taller than the room it has', () => {
    const p = panel(400, 500);
    placePanel(p, rect(100, 700), { width: 1280, height: 800 });
    const top = px(p.style.top);
    expect(top).toBeGreaterThanOrEqual(8);
    expect(top + Math.min(500, px(p.style.maxHeight))).toBeLessThanOrEqual(700);
    expect(px(p.style.maxHeight)).toBeLessThanOrEqual(700 - 4 - 8);
  });
});
