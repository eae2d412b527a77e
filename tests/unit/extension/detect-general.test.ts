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

  it('takes a terse member of a run of calls that shows only a state, but never a news title among them', () => {
    const item = (status: string, title: string, text: string) =>
      `<div class="opt"><span class="st">${status}</span><h3><a href="/${title.length}">${title}</a></h3><p>${text}</p></div>`;
    const doc = load(`<main><h1>Projektmedel</h1><section>
      ${item('Löpande', 'Småprojekt över gränsen', 'Kommuner kan söka upp till 50 000 euro.')}
      ${item('Öppen', 'Större samarbeten inom energiomställning', 'Med partner i minst två länder.')}
      ${item('Kommande', 'Utlysning för folk-till-folk', 'Mer information kommer.')}
      ${item('Öppen', 'Webinar about the open call', 'Join us online.')}
    </section></main>`);
    expect(detectGeneral(doc).map((f) => f.item.title)).toEqual([
      'Småprojekt över gränsen',
      'Större samarbeten inom energiomställning',
      'Utlysning för folk-till-folk',
    ]);
  });

  it('does not take the dated peers of a run whose members mostly are not calls', () => {
    const news = (t: string, d: string) =>
      `<article class="n"><h2><a href="/${t.length}">${t}</a></h2><p>${d}</p></article>`;
    const doc = load(`<main><h1>Nyheter</h1><div>
      ${news('Ny utlysning för kommuner öppnar', '2 mars 2027')}
      ${news('Call for proposals for ports opens', '3 mars 2027')}
      ${news('Kommunen firar 400 år', '4 mars 2027')}
      ${news('Nya medarbetare på kansliet', '5 mars 2027')}
      ${news('Årsrapporten är klar', '6 mars 2027')}
    </div></main>`);
    const titles = detectGeneral(doc).map((f) => f.item.title);
    expect(titles).not.toContain('Kommunen firar 400 år');
    expect(titles).not.toContain('Årsrapporten är klar');
  });

  it('takes a call announced in a news list, and nothing else of that list', () => {
    const news = (t: string, d: string) =>
      `<article class="n"><time>${d}</time><h2><a href="/${t.length}">${t}</a></h2><p>Läs mer om detta.</p></article>`;
    const doc = load(`<main><h1>Senaste nytt</h1><div>
      ${news('Tredje utlysningen har stängt: 112 ansökningar inkom', '20 november 2026')}
      ${news('Fjärde utlysningen öppnar 1 februari 2027', '28 oktober 2026')}
      ${news('Nya medarbetare på sekretariatet', '10 oktober 2026')}
    </div></main>`);
    expect(detectGeneral(doc).map((f) => f.item.title)).toEqual(['Fjärde utlysningen öppnar 1 februari 2027']);
  });

  it('reads cards that are one big link as items, not the page as one call', () => {
    const card = (t: string) =>
      `<a class="card" href="/${t.length}"><span class="tag">Öppen för ansökan</span><h3>${t}</h3><p>Kommuner kan söka. Ansök senast 1 oktober 2027.</p></a>`;
    const doc = load(
      `<main><h1>Internationella bidrag</h1><div class="grid">${card('Volontärprojekt')}${card('Ungdomars deltagande')}</div></main>`,
    );
    const found = detectGeneral(doc);
    expect(found.map((f) => f.item.title)).toEqual(['Volontärprojekt', 'Ungdomars deltagande']);
    expect(found.every((f) => f.root.localName === 'a' && !f.item.detail)).toBe(true);
  });

  it('takes a Norwegian state ("Løpende søknadsmottak") as a call\'s timing', () => {
    const doc = load(`<main><h1>Finansiering</h1><div>
      <div class="a"><h3><a href="/x">Grenseregionalt samarbeid</a></h3><div>Kommuner kan søke. Søknadsfrist 15.03.2027.</div></div>
      <div class="a"><h3><a href="/y">Forstudier</a></h3><div>Midler til å forberede et prosjekt. Løpende søknadsmottak.</div></div>
    </div></main>`);
    expect(detectGeneral(doc).map((f) => f.item.title)).toEqual(['Grenseregionalt samarbeid', 'Forstudier']);
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
