// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Match } from '../../../core/model/match.ts';
import { readItem } from '../../../extension/content/item.ts';
import { markItem } from '../../../extension/content/ui/badge.ts';
import type { ItemVerdict } from '../../../extension/messages.ts';

const HOSTILE = '<img src=x onerror=alert(1)> Höstens ansökningsomgång';

function verdict(overrides: Partial<Match> = {}): ItemVerdict {
  return {
    key: 'k',
    callId: 'page:1',
    deadline: '2026-09-23',
    saved: false,
    match: {
      callId: 'page:1',
      score: 72.4,
      band: 'strong',
      reasons: [
        {
          priorityId: 'p',
          priorityLabel: { sv: 'Gränsregionalt samarbete', en: 'Cross-border cooperation' },
          points: 30,
          evidence: [{ term: 'gränsregionalt', quote: '<b>gränsregionalt</b> samarbete' }],
        },
      ],
      eligibility: {
        area: 'eligible',
        areaText: { sv: 'Blekinge ingår i programområdet', en: 'Blekinge is in the programme area' },
        applicant: 'unknown',
        applicantText: { sv: 'Sökande anges inte', en: 'Applicants not stated' },
      },
      blockers: [],
      boosts: [{ kind: 'preferred', points: 5, text: { sv: 'Föredragen finansiär', en: 'Preferred funder' } }],
      ...overrides,
    },
  };
}

beforeAll(() => {
  // jsdom has no constructable stylesheets; the badge only needs somewhere to put them.
  if (!('replaceSync' in CSSStyleSheet.prototype)) {
    Object.assign(CSSStyleSheet.prototype, { replaceSync: () => undefined });
  }
});

function setup(): { root: Element; found: NonNullable<ReturnType<typeof readItem>> } {
  document.body.innerHTML = `<ul><li class="item"><h2><a href="/a">${HOSTILE.replace('<', '&lt;').replace('>', '&gt;')}</a></h2><p>Nästa ansökningsomgång för gränsregionalt samarbete.</p></li></ul>`;
  const root = document.querySelector('.item')!;
  const found = readItem(root, root.querySelector('h2')!)!;
  return { root, found };
}

describe('badge and explanation', () => {
  it('puts the test-contract marks on the item and a badge after its title', () => {
    const { root, found } = setup();
    markItem(found, verdict(), { lang: 'sv', watch: async () => undefined });
    expect(root.getAttribute('data-fundwatch-band')).toBe('strong');
    expect(root.getAttribute('data-fundwatch-score')).toBe('72');
    const host = root.querySelector('h2 [data-fundwatch-ui="badge"]')!;
    expect(host.shadowRoot!.querySelector('button.badge')!.textContent).toBe('Stark 72');
  });

  it('shows reasons, eligibility, deadline and adjustments as text, and Watch calls the worker', async () => {
    const { root, found } = setup();
    const watch = vi.fn(async () => undefined);
    markItem(found, verdict(), { lang: 'sv', watch });
    const shadow = root.querySelector('[data-fundwatch-ui="badge"]')!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.badge')!.click();
    const panel = shadow.querySelector('.panel')!;
    expect(panel.querySelector('h2')!.textContent).toBe(HOSTILE);
    expect(panel.querySelectorAll('img, b').length).toBe(0);
    expect(panel.textContent).toContain('Gränsregionalt samarbete: gränsregionalt');
    expect(panel.textContent).toContain('✓ Programområde: Blekinge ingår i programområdet');
    expect(panel.textContent).toContain('? Sökande: Sökande anges inte');
    expect(panel.textContent).toContain('2026-09-23');
    expect(panel.textContent).toContain('+5 Föredragen finansiär');
    const button = panel.querySelector<HTMLButtonElement>('button.watch')!;
    button.click();
    expect(watch).toHaveBeenCalledWith(found);
    await vi.waitFor(() => expect(button.textContent).toBe('Bevakas ✓'));
    // A second click on the badge closes the explanation.
    shadow.querySelector<HTMLButtonElement>('button.badge')!.click();
    expect((panel as HTMLElement).hidden).toBe(true);
  });

  it('speaks English, and says so when nothing matched', () => {
    const { root, found } = setup();
    markItem(found, verdict({ reasons: [], band: 'none', score: 3, boosts: [] }), {
      lang: 'en',
      watch: async () => undefined,
    });
    const shadow = root.querySelector('[data-fundwatch-ui="badge"]')!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.badge')!.click();
    expect(shadow.querySelector('button.badge')!.textContent).toBe('None 3');
    expect(shadow.querySelector('.panel')!.textContent).toContain("None of the profile's priorities were found");
  });
});
