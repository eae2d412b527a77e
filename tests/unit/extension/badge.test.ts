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
        areaPoints: 0,
        applicantPoints: 0,
        points: 0,
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
    // No deadline note: no status tag.
    expect(host.shadowRoot!.querySelector('.when')).toBeNull();
  });

  it('shows the deadline and eligibility rows first, then one line per priority, as text; Watch calls the worker', async () => {
    const { root, found } = setup();
    const watch = vi.fn(async () => undefined);
    markItem(found, verdict(), { lang: 'sv', watch });
    const shadow = root.querySelector('[data-fundwatch-ui="badge"]')!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.badge')!.click();
    const panel = shadow.querySelector('.panel')!;
    expect(panel.querySelector('h2')!.textContent).toBe(HOSTILE);
    expect(panel.querySelectorAll('img, b').length).toBe(0);
    const rows = [...panel.querySelectorAll('.facts .fact')].map((r) => [
      r.querySelector('dt')!.textContent,
      r.querySelector('dd')!.textContent,
    ]);
    expect(rows).toEqual([
      ['Tidsfrist', '◷2026-09-23'],
      ['Programområde', '✓Uppfyllt: Blekinge ingår i programområdet'],
      ['Sökande', '?Oklart: Sökande anges inte'],
    ]);
    // The facts come before the reasons.
    const order = [...panel.querySelectorAll('.facts, .reasons')].map((e) => e.className);
    expect(order).toEqual(['facts', 'reasons']);
    const reason = panel.querySelector('.reasons li')!;
    expect(reason.querySelector('.prio')!.textContent).toBe('Gränsregionalt samarbete+30 p');
    expect(reason.querySelector('.words')!.textContent).toBe('Utlysningens ord: ”gränsregionalt”');
    expect(reason.querySelector('q')!.textContent).toBe('<b>gränsregionalt</b> samarbete');
    expect(panel.querySelector('.adjustments')!.textContent).toBe('+5 Föredragen finansiär');
    const button = panel.querySelector<HTMLButtonElement>('button.watch')!;
    button.click();
    expect(watch).toHaveBeenCalledWith(found);
    await vi.waitFor(() => expect(button.textContent).toBe('Bevakas ✓'));
    // A second click on the badge closes the explanation.
    shadow.querySelector<HTMLButtonElement>('button.badge')!.click();
    expect((panel as HTMLElement).hidden).toBe(true);
  });

  it('groups reasons by priority, most points first, and marks blockers', () => {
    const { root, found } = setup();
    const reason = (priorityId: string, sv: string, concept: string, term: string, points: number) => ({
      priorityId,
      priorityLabel: { sv, en: sv },
      conceptId: concept,
      conceptLabel: { sv: concept, en: concept },
      points,
      evidence: [{ term, quote: `…${term}…` }],
    });
    const v = verdict({
      reasons: [
        reason('a', 'Östersjösamarbete', 'Gränssamarbete', 'cross-border', 10),
        reason('b', 'Kompetensförsörjning', 'Skola', 'schools', 4),
        reason('a', 'Östersjösamarbete', 'Partnerskap', 'partnerships', 12.5),
        reason('a', 'Östersjösamarbete', 'Partnerskap', 'Cross-border', 1),
      ],
      eligibility: {
        area: 'not-eligible',
        areaText: { sv: 'Blekinge ligger utanför programområdet', en: 'Blekinge is outside the programme area' },
        applicant: 'eligible',
        applicantText: { sv: 'Kommuner kan söka', en: 'Municipalities may apply' },
        areaPoints: 0,
        applicantPoints: 0,
        points: 0,
      },
      blockers: [
        { kind: 'outside-programme-area', points: 0, text: { sv: 'Utanför', en: 'Outside' } },
        { kind: 'exclusion', points: -20, text: { sv: 'Profilen utesluter forskning', en: 'Excluded: research' } },
      ],
      boosts: [],
      deadline: { status: 'closed', text: { sv: 'Stängd (sista dag var 15 januari 2026)', en: 'Closed' } },
    });
    markItem(found, v, { lang: 'sv', watch: async () => undefined });
    const shadow = root.querySelector('[data-fundwatch-ui="badge"]')!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.badge')!.click();
    const panel = shadow.querySelector('.panel')!;
    const items = [...panel.querySelectorAll('.reasons > li')];
    expect(items.map((li) => li.querySelector('.prio')!.textContent)).toEqual([
      'Östersjösamarbete+23,5 p',
      'Kompetensförsörjning+4 p',
    ]);
    expect(items[0].querySelector('.concepts')!.textContent).toBe('Om: Gränssamarbete, Partnerskap');
    expect(items[0].querySelector('.words')!.textContent).toBe('Utlysningens ord: ”cross-border”, ”partnerships”');
    expect(items[0].querySelectorAll('q')).toHaveLength(1);
    // A closed call and a programme area outside the body's län are blockers, in words and not only colour.
    expect(panel.querySelector('.fact.deadline')!.className).toContain('block');
    expect(panel.querySelector('.fact.deadline dd')!.textContent).toContain('Stängd');
    const area = panel.querySelectorAll('.fact')[1];
    expect(area.className).toContain('block');
    expect(area.querySelector('dd')!.textContent).toBe('✗Hinder: Blekinge ligger utanför programområdet');
    // Eligibility blockers are told on their row; the others in the blocker box, not twice.
    expect(panel.querySelector('.blockers')!.textContent).toBe('Hinder✗ Profilen utesluter forskning (−20)');
    // The badge says the call is closed, beside (not inside) the band and score.
    expect(shadow.querySelector('button.badge')!.textContent).toBe('Stark 72');
    expect(shadow.querySelector('.when.closed')!.textContent).toBe('Stängd');
  });

  it('Escape closes the explanation and gives focus back to the badge; opening moves focus into it', () => {
    const { root, found } = setup();
    markItem(found, verdict(), { lang: 'sv', watch: async () => undefined });
    const shadow = root.querySelector('[data-fundwatch-ui="badge"]')!.shadowRoot!;
    const badge = shadow.querySelector<HTMLButtonElement>('button.badge')!;
    badge.focus();
    badge.click();
    const panel = shadow.querySelector<HTMLElement>('.panel')!;
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(shadow.activeElement).toBe(panel);
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(shadow.getElementById(panel.getAttribute('aria-labelledby')!)!.textContent).toBe(HOSTILE);
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(panel.hidden).toBe(true);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(badge);
  });

  it('speaks English, and says so when nothing matched', () => {
    const { root, found } = setup();
    markItem(found, verdict({ reasons: [], band: 'none', score: 3, boosts: [] }), {
      lang: 'en',
      watch: async () => undefined,
    });
    const shadow = root.querySelector('[data-fundwatch-ui="badge"]')!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.badge')!.click();
    expect(shadow.querySelector('button.badge')!.textContent).toBe('No match 3');
    expect(shadow.querySelector('.panel')!.textContent).toContain("None of the profile's priorities were found");
    expect([...shadow.querySelectorAll('.panel dt')].map((d) => d.textContent)).toEqual([
      'Deadline',
      'Programme area',
      'Applicants',
    ]);
    expect(shadow.querySelector('.panel button.watch')!.textContent).toBe('Watch');
    expect(shadow.querySelector('.panel .score')!.textContent).toBe('3 of 100 · No match');
  });
});
