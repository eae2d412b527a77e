// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { scoreItems } from '../../../extension/background/score-items.ts';
import { findItems } from '../../../extension/content/find-items.ts';
import { layoutCases } from '../../support/layout-cases.ts';
import { loadHtml } from './fixture-dom.ts';

const NOW = new Date('2026-11-30T10:00:00Z');

/** The bands the worker gives the calls of the layout set (default profile, Karlskrona). */
describe('bands over the layout set', { timeout: 60_000 }, () => {
  it('at least 80% of the clearly relevant calls are strong or relevant and of the clearly irrelevant weak or none', () => {
    const profile = getSeedProfile('karlskrona')!;
    const wrong: string[] = [];
    let judged = 0;
    const all: string[] = [];
    for (const c of layoutCases().filter((x) => !x.scripted)) {
      const doc = loadHtml(c.html, c.url);
      const u = new URL(c.url);
      const found = findItems(doc, { hostname: u.hostname, pathname: u.pathname, href: c.url } as Location);
      const scored = scoreItems(
        found.map((f) => f.item),
        c.url,
        profile,
        new Set(),
        NOW,
      );
      for (const e of c.items) {
        const s = scored.find((x) => x.item.title.startsWith(e.title));
        if (!s) continue;
        all.push(`${s.match.band} ${Math.round(s.match.score)} ${e.band ?? '-'} ${e.title}`);
        if (!e.band) continue;
        judged += 1;
        const high = s.match.band === 'strong' || s.match.band === 'relevant';
        if (high !== (e.band === 'high'))
          wrong.push(`${c.name}: ${e.title} → ${s.match.band} ${Math.round(s.match.score)}`);
      }
    }
    if (process.env.SHOW_BANDS) console.log(all.join('\n'));
    if (wrong.length > 0) console.log(`bands off (${wrong.length}/${judged}):\n${wrong.join('\n')}`);
    expect(judged).toBeGreaterThanOrEqual(25);
    expect(1 - wrong.length / judged).toBeGreaterThanOrEqual(0.8);
  });
});
