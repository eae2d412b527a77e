// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockText, readItem } from '../../../extension/content/item.ts';

describe('reading an item’s text', () => {
  it('keeps words of adjacent blocks apart, and inline markup inside a word together', () => {
    document.body.innerHTML = `<sedia-result-card><div class="t"><a href="/x">Town-Twinning</a></div><div>CERV | Deadline 17:00 Brussels time</div><p>Town-twinning for <b>munic</b>ipalities</p>after<script>alert(1)</script><style>p{}</style></sedia-result-card>`;
    const card = document.querySelector('sedia-result-card')!;
    const found = readItem(card, card.querySelector('.t')!)!;
    expect(found.item.text).toBe(
      'Town-Twinning CERV | Deadline 17:00 Brussels time Town-twinning for municipalities after',
    );
    expect(card.textContent).toContain('timeTown-twinning');
  });

  it('stops reading once it has enough text', () => {
    document.body.innerHTML = `<div>${'<p>ord ord ord</p>'.repeat(1000)}</div>`;
    expect(blockText(document.querySelector('div')!, 100).length).toBeLessThan(130);
  });
});
