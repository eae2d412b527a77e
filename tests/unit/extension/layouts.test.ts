// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findItems } from '../../../extension/content/find-items.ts';
import { layoutCases, scoreCase } from '../../support/layout-cases.ts';
import { loadHtml } from './fixture-dom.ts';

/**
 * Every layout variant and recorded page that renders without its own script: the calls found are exactly
 * the expected ones (news, events and closed-call posts left out). The scripted ones run in real Chromium
 * (tests/e2e/extension-layouts.test.ts).
 */

describe('detector over the layout set', () => {
  const cases = layoutCases();
  it('has at least 20 synthetic variants in at least 10 classes', () => {
    const synthetic = cases.filter((c) => c.name.startsWith('layouts/'));
    expect(synthetic.length).toBeGreaterThanOrEqual(20);
    expect(new Set(synthetic.map((c) => c.class)).size).toBeGreaterThanOrEqual(10);
  });
  for (const c of cases.filter((x) => !x.scripted)) {
    it(`${c.name} (${c.class})`, () => {
      const doc = loadHtml(c.html, c.url);
      const u = new URL(c.url);
      const found = findItems(doc, { hostname: u.hostname, pathname: u.pathname, href: c.url } as Location);
      const r = scoreCase(
        c,
        found.map((f) => f.item.title),
      );
      expect(JSON.stringify({ missed: r.missed, extra: r.extra })).toBe('{"missed":[],"extra":[]}');
    });
  }
});
