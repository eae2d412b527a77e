import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProfileFromText, conceptEvidence } from '../../../core/profile/from-document.ts';
import { lineAt, passageAt, readStructure, sectionOf } from '../../../core/profile/structure.ts';
import { sharedDir } from '../../shared-dir.ts';

const SEEDS = sharedDir('seeds') ?? 'no-shared-seeds';

/** A strategy written for these tests: contents, background, a goal list, sub-headings, administration. */
const DOC = [
  'Internationell strategi för Exempelby kommun',
  '',
  'Innehåll',
  'Bakgrund ........ 2',
  'Prioriterade områden\t3',
  '',
  'Antagen: 2025-01-01',
  '',
  'Bakgrund',
  '',
  'Kommunen har länge haft turism som näringsgren. Turismen har vuxit, turister kommer från hela världen',
  'och besöksnäringen ordnar festivaler för turister varje sommar.',
  '',
  'Prioriterade områden',
  '',
  'Kommunen ska arbeta inom följande prioriterade områden:',
  '- klimatanpassning och översvämningar,',
  '- integration av nyanlända',
  '',
  'Klimatanpassning',
  '',
  'Kommunen ska minska riskerna för översvämningar genom internationellt samarbete om skyfall.',
  '',
  'Särskild vikt ska läggas vid jämställdhet.',
  '',
  'Kommunen ska bidra till kulturellt utbyte bland skolelever och ungdomar.',
  '',
  'Organisation och ansvar',
  '',
  'Kommunstyrelsen ansvarar för turism och uppföljning av turismen.',
].join('\n');

describe('document structure', () => {
  const lines = readStructure(DOC);
  const find = (start: string) => lines.find((l) => l.text.startsWith(start))!;

  it('tells contents, metadata, headings, lead-ins, list items and prose apart', () => {
    expect(find('Bakgrund ....').role).toBe('toc');
    expect(find('Prioriterade områden\t').role).toBe('toc');
    expect(find('Antagen:').role).toBe('meta');
    expect(lines.find((l) => l.text === 'Prioriterade områden')?.role).toBe('heading');
    expect(find('Kommunen ska arbeta inom').role).toBe('lead');
    expect(find('- klimatanpassning').role).toBe('bullet');
    expect(find('Kommunen har länge').role).toBe('prose');
    // A wrapped line that starts in lower case is prose, not a heading.
    expect(find('och besöksnäringen').role).toBe('prose');
  });

  it('knows which sections state priorities and which describe or administer', () => {
    expect(sectionOf('2. Mål')).toBe('priority');
    expect(sectionOf('Fokusområden för internationellt arbete')).toBe('priority');
    expect(sectionOf('Organisation och ansvar')).toBe('background');
    expect(sectionOf('Synpunkter')).toBe('background');
    expect(sectionOf('Bakgrund')).toBe('neutral');
    expect(sectionOf('Vänorter')).toBeUndefined();
    expect(find('Kommunen har länge').section).toBe('neutral');
    expect(find('Kommunen ska minska').section).toBe('priority');
    expect(find('Kommunstyrelsen ansvarar').section).toBe('background');
  });

  it('marks short items of an announced list and sub-headings of a priority section as stated', () => {
    expect(find('- klimatanpassning').stated).toBe(true);
    expect(find('- integration').stated).toBe(true);
    expect(find('Klimatanpassning').stated).toBe(true);
    expect(lines.find((l) => l.text === 'Prioriterade områden')?.stated).toBe(false);
    expect(find('Kommunen har länge').stated).toBe(false);
  });

  it('reads OCR bullets ("e ") and ends a list at the next capitalised paragraph', () => {
    const ocr =
      'Sarskilt fokus liggs pa insatser med syfte att:\n\ne stodja erfarenhetsutbyte,\n\ne delta i projekt.\n\nEfter listan kommer prosa.';
    const l = readStructure(ocr);
    expect(l.filter((x) => x.role === 'bullet').map((x) => x.stated)).toEqual([true, true]);
    expect(l.at(-1)?.stated).toBe(false);
    expect(passageAt(ocr, l, ocr.indexOf('erfarenhetsutbyte'))).toBe('stodja erfarenhetsutbyte,');
  });

  it('quotes one list item, not the items after it, and joins wrapped prose', () => {
    const text = 'Mål:\n- Samarbeten inom Östersjön ska prioriteras.\n- Kompetens ska höjas.\n';
    const at = text.indexOf('Östersjön');
    expect(passageAt(text, readStructure(text), at)).toBe('Samarbeten inom Östersjön ska prioriteras.');
    const wrapped = 'Inledning\n\nVi lever i en alltmer globali-\nserad värld med nya möjligheter. Nästa mening.\n';
    expect(passageAt(wrapped, readStructure(wrapped), wrapped.indexOf('värld'))).toBe(
      'Vi lever i en alltmer globali- serad värld med nya möjligheter.',
    );
  });

  it('finds the line of an offset', () => {
    expect(lines[lineAt(lines, DOC.indexOf('Antagen'))].text).toBe('Antagen: 2025-01-01');
    expect(lineAt(lines, 0)).toBe(0);
  });
});

describe('priorities from structure', () => {
  const p = buildProfileFromText(DOC, { lan: 'blekinge' });
  const byConcept = (id: string) => p.priorities.find((x) => x.concepts.includes(id));

  it('a theme named once in a stated goal outweighs one repeated in background and administration', () => {
    const ev = conceptEvidence(DOC);
    const ids = (set: Set<number>) => [...set];
    expect(ids(ev.stated).length).toBeGreaterThan(0);
    const integration = byConcept('integration-migration');
    expect(integration).toBeDefined();
    const tourism = byConcept('tourism');
    expect(integration!.weight).toBeGreaterThanOrEqual(tourism?.weight ?? 0);
  });

  it("gives a priority the text says gets particular weight the rule's weight for that", () => {
    expect(byConcept('gender-equality')?.weight).toBe(1.5);
  });

  it('merges concepts the lexicon relates and the text names in one sentence into one priority', () => {
    const school = byConcept('schools-education');
    expect(school?.concepts).toContain('youth');
    expect(p.priorities.filter((x) => x.id === 'youth' || x.id === 'schools-education')).toHaveLength(1);
  });

  it('quotes the passage that gives the weight its basis (the listed item), never a contents line', () => {
    // The weight is the rule's for a listed priority, so the review shows the list item that makes it one.
    expect(byConcept('climate-adaptation')?.source).toMatchObject({
      passage: 'klimatanpassning och översvämningar,',
      basis: 'stated',
    });
    for (const pr of p.priorities) expect(pr.source?.passage).not.toMatch(/\.{4}|\t/);
  });
});

describe('structure words survive OCR damage', () => {
  it('reads damaged headings and emphasis like clean ones', () => {
    expect(sectionOf('Prioriterade omriden')).toBe('priority');
    expect(sectionOf('2. M6l')).toBe('priority');
    expect(sectionOf('Uppf6ljning')).toBe('background');
    expect(sectionOf('Nulige')).toBe('neutral');
    const damaged = DOC.replace(/ä/g, 'i').replace(/å/g, 'a').replace(/ö/g, '6');
    const p = buildProfileFromText(damaged, { lan: 'blekinge' });
    expect(p.priorities.find((x) => x.concepts.includes('gender-equality'))?.weight).toBeGreaterThanOrEqual(1.3);
  });
});

describe.skipIf(!existsSync(SEEDS))('structure on the seed documents', () => {
  const read = (f: string) => readFileSync(join(SEEDS, f), 'utf8');

  it('finds the Linköping goal list and its stated climate emphasis', () => {
    const text = read('001_87ce5caeaccdaa1f.txt');
    const lines = readStructure(text);
    const stated = lines.filter((l) => l.role === 'bullet' && l.stated).map((l) => l.text.trim());
    expect(stated).toEqual([
      '- verksamhetsutveckling och kunskapsutbyten,',
      '- omvärldsbevakning och påverkan,',
      '- profilering och investeringsfrämjande',
    ]);
    const p = buildProfileFromText(text);
    const climate = p.priorities.find((x) => x.concepts.includes('climate-mitigation'));
    expect(climate?.weight).toBeGreaterThanOrEqual(1.3);
    expect(climate?.source?.passage).toBe('Särskild vikt ska läggas vid miljö- och klimatfrågor.');
  });

  it('treats the consultation replies before the Kalmar strategy as administration', () => {
    const lines = readStructure(read('002_a6e8ddb46fe9562c.txt'));
    const reply = lines.find((l) => l.role === 'heading' && l.text.trim() === 'Synpunkter')!;
    expect(reply.section).toBe('background');
    const focus = lines.find(
      (l) => l.text.startsWith('Fokusområden för internationellt arbete i Kalmar') && l.role === 'heading',
    );
    expect(focus?.section).toBe('priority');
  });

  it('quotes single list items in every document and names the body', () => {
    for (const [f, name] of [
      ['000_4f32bc43d6662503.txt', 'Karlskrona kommun'],
      ['004_35535c40559ed089.txt', 'Älvsbyns kommun'],
      ['003_a9d554ef1b51614d.txt', 'Region Kronoberg'],
    ]) {
      const p = buildProfileFromText(read(f));
      expect(p.name).toBe(name);
      for (const pr of p.priorities) expect(pr.source?.passage).not.toMatch(/ - \p{Lu}/u);
    }
  });
});

describe('network membership as evidence', () => {
  it('a network the text names adds its concepts, quoting where it is named', () => {
    const text =
      'Strategi för Exempelby kommun\n\nKommunen ska utveckla skolan och skolans utbyten.\n\nKommunen är medlem i Union of the Baltic Cities och deltar aktivt.\n';
    const p = buildProfileFromText(text, { lan: 'kalmar' });
    const baltic = p.priorities.find((x) => x.concepts.includes('baltic-sea'));
    expect(baltic?.source?.passage).toContain('Union of the Baltic Cities');
    const without = buildProfileFromText(text.replace('Union of the Baltic Cities', 'ett nätverk'), { lan: 'kalmar' });
    expect(without.priorities.some((x) => x.concepts.includes('baltic-sea'))).toBe(false);
  });
});
