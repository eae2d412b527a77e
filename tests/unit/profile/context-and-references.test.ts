/**
 * Profiles drafted from a strategy skip what is not the body's own priority: lists of other documents (the plans
 * a strategy refers to, a bibliography), titles quoted in a sentence, and sentences about the world around the
 * body (war, the security situation, a pandemic). Synthetic text only: the rules read structure and cue words,
 * never a particular document's sentences.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { buildProfileFromText, conceptEvidence } from '../../../core/profile/from-document.ts';
import { readStructure, referenceLines } from '../../../core/profile/structure.ts';

const GOALS = [
  'Internationell strategi för Exempelby kommun',
  '',
  'Prioriterade områden',
  '',
  'Kommunen ska prioritera klimatanpassning och samarbete kring skolans internationella utbyten.',
  '',
  'Särskild vikt ska läggas vid näringslivsutveckling och företagande.',
  '',
];

const strengthOf = (text: string, concept: string) => conceptEvidence(text).strength[CONCEPT_INDEX.get(concept)!];
const hasPriority = (text: string, concept: string) =>
  buildProfileFromText(text, { lan: 'kalmar' }).priorities.some((p) => p.concepts.includes(concept));

describe('lists of other documents', () => {
  const list = [
    'Bilaga 1. Andra styrdokument',
    '',
    'Regional transportplan för Exempellän 2022–2033',
    'Kulturplan 2025 - 2028',
    'Folkhälsoprogram för Exempellän 2024–2030',
    'Näringslivsstrategi 2021',
  ];

  it('marks a run of document titles with years as reference lines, not headings or priorities', () => {
    const lines = readStructure([...GOALS, ...list].join('\n'));
    const roles = lines.slice(GOALS.length).map((l) => l.role);
    expect(roles.slice(2)).toEqual(['reference', 'reference', 'reference', 'reference']);
    const text = [...GOALS, ...list].join('\n');
    expect(strengthOf(text, 'mobility-transport')).toBe(0);
    expect(strengthOf(text, 'culture-heritage')).toBe(0);
    expect(hasPriority(text, 'mobility-transport')).toBe(false);
    expect(hasPriority(text, 'climate-adaptation')).toBe(true);
  });

  it('finds the list with a blank line between titles, bulleted, or as a bibliography', () => {
    const spaced = ['Transportplan 2022–2033', '', 'Kulturplan 2025–2028', '', '- Handlingsplan för turism 2024'];
    expect(referenceLines(spaced)).toEqual([true, false, true, false, true]);
    const biblio = [
      'Andersson, A. (2021). Kollektivtrafik i glesbygd. Stockholm: Förlaget.',
      'Berg, B. (2019). Kulturarv och turism. https://example.org/rapport',
    ];
    expect(referenceLines(biblio)).toEqual([true, true]);
    expect(strengthOf([...GOALS, ...biblio].join('\n'), 'mobility-transport')).toBe(0);
  });

  it('leaves a single dated plan among goals, and goal sentences, as they are', () => {
    const goals = [
      'Mål',
      '',
      '- Kollektivtrafiken ska byggas ut i hela kommunen',
      '- Handlingsplan för klimatet 2030',
      '- Fler företag ska exportera',
    ];
    expect(referenceLines(goals)).toEqual([false, false, false, false, false]);
    expect(strengthOf(goals.join('\n'), 'mobility-transport')).toBeGreaterThan(0);
  });

  it('ignores the words of a document title quoted inside a sentence', () => {
    const quoted = `${GOALS.join('\n')}\nProgrammet ersätter "Handlingsplan för kollektivtrafik och cykel" från 2019.\n`;
    const plain = `${GOALS.join('\n')}\nKommunen ska arbeta för bättre kollektivtrafik och cykel i regionen.\n`;
    expect(strengthOf(quoted, 'mobility-transport')).toBe(0);
    expect(strengthOf(plain, 'mobility-transport')).toBeGreaterThan(0);
  });
});

describe('sentences about the world around the body', () => {
  it('counts topics named in a sentence about war or the security situation as setting, not priority', () => {
    const ctx = [
      ...GOALS,
      'Förord',
      '',
      'Kriget i Europa och det försämrade säkerhetspolitiska läget gör det viktigt att stärka kulturella och idrottsliga band inom EU.',
      '',
      'The security situation and the pandemic have shown how much public health and tourism depend on the world around us.',
    ].join('\n');
    expect(strengthOf(ctx, 'culture-heritage')).toBeLessThan(0.5);
    expect(strengthOf(ctx, 'tourism')).toBeLessThan(0.5);
    expect(hasPriority(ctx, 'culture-heritage')).toBe(false);
    // The same topic stated as a goal counts in full.
    const goal = ctx.replace('Kriget i Europa och det försämrade säkerhetspolitiska läget gör', 'Kommunen anser');
    expect(strengthOf(goal, 'culture-heritage')).toBeGreaterThanOrEqual(1);
  });

  it('keeps a sentence that names the setting but says outright what is prioritised', () => {
    const text = [
      ...GOALS,
      'Med anledning av kriget ska särskilt fokus läggas på kulturarv och kulturutbyte med partnerstäder.',
    ].join('\n');
    expect(hasPriority(text, 'culture-heritage')).toBe(true);
  });

  it('never quotes a context sentence as a priority passage', () => {
    const text = [
      ...GOALS,
      'Pandemin visade hur viktig folkhälsa är för samhället.',
      '',
      'Kommunen ska samarbeta internationellt om folkhälsa och hälsofrämjande arbete.',
    ].join('\n');
    const p = buildProfileFromText(text, { lan: 'kalmar' }).priorities.find((x) => x.concepts.includes('health-care'));
    if (p) expect(p.source?.passage).not.toMatch(/Pandemin/);
  });
});

describe('an exchange of pupils or young people', () => {
  it('is an exchange: its cultural adjective names no culture priority', () => {
    const text = [
      ...GOALS,
      'Kommunen ska bidra till ett ökat kulturellt utbyte bland skolelever och ungdomar i Europa.',
      '',
      'We will support cultural exchanges for young people with our partner towns.',
    ].join('\n');
    expect(strengthOf(text, 'culture-heritage')).toBe(0);
    expect(strengthOf(text, 'youth')).toBeGreaterThanOrEqual(1);
    expect(hasPriority(text, 'culture-heritage')).toBe(false);
  });
  it('but culture for its own sake, or an exchange of artists, is the culture sector', () => {
    const text = [
      ...GOALS,
      'Kommunen ska stärka ett kulturellt utbyte mellan konstnärer i Östersjöregionen.',
      '',
      'Kommunen ska bidra till kultur för skolelever och ungdomar.',
    ].join('\n');
    expect(strengthOf(text, 'culture-heritage')).toBeGreaterThanOrEqual(1.5);
  });
});
