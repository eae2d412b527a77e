// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Match } from '../../../core/model/match.ts';
import { readItem } from '../../../extension/content/item.ts';
import { type MarkContext, markItem, uiRootOf } from '../../../extension/content/ui/badge.ts';
import { buildPanel } from '../../../extension/content/ui/panel.ts';
import type { ItemMark, ItemVerdict } from '../../../extension/messages.ts';

const HOSTILE = '<img src=x onerror=alert(1)> Höstens ansökningsomgång';

function verdict(overrides: Partial<Match> = {}): ItemVerdict {
  return {
    key: 'k',
    callId: 'page:1',
    deadline: '2026-09-23',
    saved: false,
    match: {
      callId: 'page:1',
      score: 35,
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

function ctx(
  lang: 'sv' | 'en' = 'sv',
  v: ItemVerdict = verdict(),
): MarkContext & { explain: ReturnType<typeof vi.fn> } {
  return { lang, watch: async () => undefined, explain: vi.fn(async () => v) };
}

function mark(overrides: Partial<ItemMark> = {}): ItemMark {
  return { key: 'k', callId: 'page:1', band: 'strong', score: 72, saved: false, ...overrides };
}

function shadowOf(root: Element): ShadowRoot {
  return uiRootOf(root.querySelector('[data-fundwatch-ui="badge"]')!)!;
}

const actions = () => ({ watch: vi.fn(async () => undefined), close: vi.fn() });

describe('badge', () => {
  it('puts the marks on the item and a badge after its title, in a closed shadow root', () => {
    const { root, found } = setup();
    markItem(found, mark(), ctx());
    expect(root.getAttribute('data-fundwatch-band')).toBe('strong');
    expect(root.getAttribute('data-fundwatch-score')).toBe('72');
    const host = root.querySelector('h2 [data-fundwatch-ui="badge"]')!;
    // Closed: the page sees the host, never what is inside it.
    expect(host.shadowRoot).toBeNull();
    expect(shadowOf(root).querySelector('button.badge')!.textContent).toBe('Stark 72');
    expect(shadowOf(root).querySelector('.when')).toBeNull();
  });

  it('says "Stängd" first on a closed call and is muted; a coming call says when it opens', () => {
    const closed = setup();
    markItem(closed.found, mark({ status: 'closed' }), ctx());
    const button = shadowOf(closed.root).querySelector('button.badge')!;
    expect(button.textContent).toBe('Stängd · Stark 72');
    expect(button.className).toContain('muted');
    expect(closed.root.getAttribute('data-fundwatch-status')).toBe('closed');
    const coming = setup();
    markItem(coming.found, mark({ status: 'forthcoming', opens: '2027-01-15', band: 'relevant', score: 45 }), ctx());
    expect(shadowOf(coming.root).querySelector('button.badge')!.textContent).toBe('Öppnar 15 jan. 2027 · Relevant 45');
    const en = setup();
    markItem(en.found, mark({ status: 'forthcoming', band: 'none', score: 3 }), ctx('en'));
    expect(shadowOf(en.root).querySelector('button.badge')!.textContent).toBe('Forthcoming · No match 3');
  });

  it('ignores clicks the page dispatches: no explanation is asked for, nothing opens', async () => {
    const { root, found } = setup();
    const c = ctx();
    markItem(found, mark(), c);
    shadowOf(root).querySelector<HTMLButtonElement>('button.badge')!.click();
    await new Promise((r) => setTimeout(r, 10));
    expect(c.explain).not.toHaveBeenCalled();
    expect(shadowOf(root).querySelector('.panel')).toBeNull();
  });
});

describe('explanation panel', () => {
  it('shows the deadline and eligibility rows first, then one line per priority, as text', () => {
    const a = actions();
    const panel = buildPanel(HOSTILE, verdict(), 'sv', a);
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
    const order = [...panel.querySelectorAll('.facts, .reasons')].map((e) => e.className);
    expect(order).toEqual(['facts', 'reasons']);
    const reason = panel.querySelector('.reasons li')!;
    expect(reason.querySelector('.prio')!.textContent).toBe('Gränsregionalt samarbete+30 p');
    expect(reason.querySelector('.words')!.textContent).toBe('Utlysningens ord: ”gränsregionalt”');
    expect(reason.querySelector('q')!.textContent).toBe('<b>gränsregionalt</b> samarbete');
    expect(panel.querySelector('.adjustments')!.textContent).toBe('+5 p Föredragen finansiär');
    // Every figure shown is summed in sight, and the sum is the score.
    const sum = panel.querySelector<HTMLElement>('.sum')!;
    expect(sum.textContent).toBe(`Summa: +30 p +5 p = ${sum.dataset.score} p`);
    expect(panel.getAttribute('role')).toBe('dialog');
    // Only the user's own click saves: one the page dispatches does nothing.
    panel.querySelector<HTMLButtonElement>('button.watch')!.click();
    expect(a.watch).not.toHaveBeenCalled();
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
    const panel = buildPanel(found.item.title, v, 'sv', actions());
    expect(root).toBeTruthy();
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
    expect(panel.querySelector('.blockers')!.textContent).toBe('Hinder✗ Profilen utesluter forskning (−20 p)');
  });

  it('speaks English, and says so when nothing matched', () => {
    const shadow = buildPanel('x', verdict({ reasons: [], band: 'none', score: 3, boosts: [] }), 'en', actions());
    expect(shadow.textContent).toContain("None of the profile's priorities were found");
    expect([...shadow.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([
      'Deadline',
      'Programme area',
      'Applicants',
    ]);
    expect(shadow.querySelector('button.watch')!.textContent).toBe('Watch');
    expect(shadow.querySelector('.score')!.textContent).toBe('3 of 100 · No match');
  });
});
