// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectGeneral } from '../../../extension/content/detect/index.ts';
import { loadPage } from './fixture-dom.ts';

describe('general detector', () => {
  it('finds the call boxes of a layout it has no extractor for (euro-access.eu)', () => {
    const doc = loadPage('euro-access.eu/en/calls.html', 'https://euro-access.eu/en/calls');
    const found = detectGeneral(doc);
    expect(found.map((f) => f.item.title)).toEqual([
      'Interreg Baltic Sea Region - Small projects',
      'Quantum chips pilot lines',
      'Erasmus+ Youth participation activities',
    ]);
    expect(found.every((f) => f.root.classList.contains('cbox'))).toBe(true);
    expect(found[0].item.url).toBe('https://euro-access.eu/en/calls/1811/Interreg-Baltic-Sea-Region-Small-projects');
  });
});

describe('general detector, edges', () => {
  function load(html: string): Document {
    document.documentElement.innerHTML = `<head></head><body>${html}</body>`;
    return document;
  }

  it('ignores repeated links with no dates (menus, tag clouds)', () => {
    const doc = load(
      `<ul>${['Om oss', 'Nyheter', 'Utlysningar', 'Kontakt'].map((t) => `<li><a href="/${t}">${t}</a></li>`).join('')}</ul>`,
    );
    expect(detectGeneral(doc)).toEqual([]);
  });

  it('ignores dated lists that are not about calls (events, press)', () => {
    const doc = load(
      `<div>${[1, 2, 3].map((i) => `<div class="ev"><a href="/e${i}">Konsert i parken ${i}</a><span>${i} juni 2026</span></div>`).join('')}</div>`,
    );
    expect(detectGeneral(doc)).toEqual([]);
  });

  it('reads table rows of a call calendar, titled by their longest link', () => {
    const doc = load(`<table><tbody>
      <tr><td><a href="/c1">Call 1: small projects for municipalities</a></td><td>Deadline 31.10.2026</td></tr>
      <tr><td><a href="/c2">Call 2: regular projects on green transition</a></td><td>Deadline 28.02.2027</td></tr>
    </tbody></table>`);
    const found = detectGeneral(doc);
    expect(found.map((f) => f.root.tagName)).toEqual(['TR', 'TR']);
    expect(found[1].item.title).toBe('Call 2: regular projects on green transition');
  });

  it('falls back to one call on a page with a heading, call words and a date', () => {
    const doc = load(`<nav><a href="/">Start</a></nav><main><h1>Stöd till lokal demokrati</h1>
      <p>Utlysningen är öppen för kommuner. Sista ansökningsdag 15 oktober 2026.</p></main>`);
    const found = detectGeneral(doc);
    expect(found).toHaveLength(1);
    expect(found[0].root.tagName).toBe('MAIN');
    expect(found[0].item.detail).toBe(true);
  });

  it('keeps the innermost run when runs nest', () => {
    const card = (i: number) =>
      `<section class="card"><h2>Utlysningar ${i}</h2><ul>${[1, 2]
        .map(
          (j) =>
            `<li class="call"><a href="/c${i}${j}">Utlysning ${i}.${j} för kommuner</a> ansök senast 0${j}.1${i}.2026</li>`,
        )
        .join('')}</ul></section>`;
    const found = detectGeneral(load(`<div>${card(1)}${card(2)}</div>`));
    expect(found.map((f) => f.root.className)).toEqual(['call', 'call', 'call', 'call']);
  });
});
