/**
 * What a reviewer reads in a drafted profile must be what the strategy says: who the work benefits is no area of
 * work, a priority's label names what its quoted passage holds, and a network that also funds, named only as a
 * source of money, is no network the body works in. Synthetic Swedish text only, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { conceptEvidence, draftProfileFromText } from '../../../core/profile/from-document.ts';
import { BENEFICIARY_CUE, basisOfMention } from '../../../core/profile/weight-rule.ts';
import { fold } from '../../../core/text/fold.ts';

const HEAD = ['Internationell strategi för Exempelby kommun', '', 'Prioriterade områden', ''];
const draft = (lines: string[]) => draftProfileFromText([...HEAD, ...lines].join('\n'), { lan: 'kalmar' }).profile;
const basisOf = (lines: string[], concept: string) =>
  draft(lines).priorities.find((p) => p.concepts.includes(concept))?.source?.basis;

describe('who the work should benefit', () => {
  it('is read on the words before a mention: "mervärde för", "nytta för", "gynna"', () => {
    const cueBefore = (s: string) => BENEFICIARY_CUE.test(fold(s.toLowerCase()));
    expect(cueBefore('arbetet ska skapa mervärde för invånare, föreningar och ')).toBe(true);
    expect(cueBefore('projekten ska vara till nytta för kommunens ')).toBe(true);
    expect(cueBefore('arbetet ska ytterst gynna kommunens ')).toBe(true);
    expect(cueBefore('the work is for the benefit of residents and ')).toBe(true);
    expect(cueBefore('kommunen ska stärka ')).toBe(false);
    // Only within the clause: a new sentence after the beneficiary starts afresh.
    expect(cueBefore('skapa mervärde för invånarna. kommunen ska stärka ')).toBe(false);
  });

  it('names those the strategy serves, not an area of work: only mentioned', () => {
    const prose = { stated: false, listed: false, naming: false, section: 'priority' as const };
    // The builder hands the rule folded lower-case text.
    const sentence = fold('internationella projekt ska skapa mervärde för invånare, föreningar och näringsliv');
    const before = fold('internationella projekt ska skapa mervärde för invånare, ');
    expect(basisOfMention({ ...prose, sentence, before })).toBe('mentioned');
    expect(
      basisOfMention({ ...prose, sentence: 'kommunen ska stärka näringslivet', before: 'kommunen ska stärka ' }),
    ).toBe('named');
  });

  it('so a strategy saying only that the work should benefit businesses has no business priority above 0,7', () => {
    const lines = [
      'Kommunen ska särskilt prioritera klimatanpassning.',
      '',
      'Internationella projekt ska skapa mervärde för kommunens invånare, föreningar och näringsliv.',
    ];
    expect(basisOf(lines, 'business-development') ?? 'mentioned').toBe('mentioned');
    const working = ['Kommunen ska särskilt prioritera klimatanpassning.', '', 'Kommunen ska stärka näringslivet.'];
    expect(basisOf(working, 'business-development')).toBe('named');
  });
});

describe('a priority label says what its passage holds', () => {
  // Energy is named more often (so it heads the group of neighbouring concepts named together), but the passage
  // that gives the group its basis is the listed item on sustainable development.
  const lines = [
    'Kommunen ska arbeta inom följande områden:',
    '- hållbar utveckling',
    '',
    'Bakgrund',
    '',
    'Vi deltar i nätverk om förnybar energi och hållbar utveckling.',
    'Nätverken samlar kunskap om energieffektivisering, energiomställning och förnybar energi.',
  ];

  it('labels the group by the concept its quoted passage names', () => {
    const profile = draft(lines);
    const group = profile.priorities.find((p) => p.concepts.includes('energy-transition'));
    expect(group).toBeDefined();
    const passage = group!.source!.passage;
    expect(conceptEvidence(passage).strength[CONCEPT_INDEX.get(group!.id)!]).toBeGreaterThan(0);
    expect(group!.concepts).toEqual(expect.arrayContaining(['energy-transition', 'green-transition']));
  });
});

describe('a network that also funds', () => {
  it('named only as a source of money, gives no geographic focus', () => {
    const lines = [
      'Kommunen ska särskilt prioritera klimatanpassning.',
      '',
      'Projekten har finansierats med stöd av till exempel Vinnova, Tillväxtverket och Nordiska ministerrådet.',
    ];
    const profile = draft(lines);
    expect(profile.priorities.some((p) => p.concepts.includes('nordic-arctic'))).toBe(false);
    expect(profile.preferredFunders).toContain('Nordiska ministerrådet');
  });

  it('named as a cooperation the body takes part in, it does', () => {
    const lines = [
      'Kommunen ska särskilt prioritera klimatanpassning.',
      '',
      'Kommunen deltar aktivt i samarbetet inom Nordiska ministerrådet.',
    ];
    expect(draft(lines).priorities.some((p) => p.concepts.includes('nordic-arctic'))).toBe(true);
  });
});

describe("the names of the body's own offices", () => {
  const strengthOf = (text: string, concept: string) => conceptEvidence(text).strength[CONCEPT_INDEX.get(concept)!];

  it('say who writes or answers, not what the body works on', () => {
    expect(strengthOf('Servicenämnden beslutar att anta förvaltningens yttrande.', 'public-innovation')).toBe(0);
    expect(strengthOf('Kultur- och fritidsnämnden har yttrat sig över förslaget.', 'culture-heritage')).toBe(0);
    expect(strengthOf('Näringslivskontoret samordnar arbetet.', 'business-development')).toBe(0);
    expect(strengthOf('Dokumentansvarig: näringslivschef', 'business-development')).toBe(0);
    expect(strengthOf('Miljöförvaltningen ansvarar för uppföljningen.', 'green-transition')).toBe(0);
  });

  it('while the same words said of the work count, and water management is no office', () => {
    expect(strengthOf('Kommunen ska stödja kultur- och fritidsverksamheten.', 'culture-heritage')).toBeGreaterThan(0);
    expect(strengthOf('Kommunen ska stärka näringslivet.', 'business-development')).toBeGreaterThan(0);
    expect(strengthOf('Kommunen ska arbeta för en hållbar vattenförvaltning.', 'water-marine')).toBeGreaterThan(0);
  });
});
