/**
 * Words that look like a topic but say something else (issue 12: explanations that never claim what the call does
 * not say). Sentences written for this test, after how funders generally write:
 * - "transport and communication networks" are wires and roads, not networks of partners;
 * - "cross-border infrastructure", "gränsöverskridande förbindelser": a road, railway or link that crosses a border
 *   is transport, not cooperation between neighbouring municipalities or regions; the transport words still count;
 * - "Strukturfondspartnerskapet" is the body in each region that prioritises the structural funds' applications,
 *   named in every regional fund call's timetable: no partnership the call funds;
 * - "international" alone says only that something is international (a training programme, markets, a conference):
 *   it is international cooperation beside words of working with others abroad (partners, exchange, contacts, twin
 *   towns) or another term of cooperation in the same sentence;
 * - a term naming a document of the application package ("Project Partner Declarations", "partnership statement",
 *   "statements on partnership") names the document, not the call's topic;
 * - a phrase is read within one sentence or list item: the tags "adult learning; mobility" are no "learning
 *   mobility", and neither is "…adult learning. Mobility grants…"; the words still count on their own.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { score } from '../../../core/match/index.ts';
import { conceptEvidence } from '../../../core/profile/from-document.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const IDS = ['cross-border', 'international-cooperation', 'mobility-transport', 'mobility-exchange'] as const;
const body = testProfile({
  priorities: IDS.map((c) => ({ id: c, label: { sv: c, en: c }, weight: 1, concepts: [c], terms: [] })),
});
const inCall = (summary: string, language: 'sv' | 'en') =>
  score(testCall({ title: 'Utlysning', summary, language }), body).reasons.map((r) => r.conceptId);
const strengthIn = (text: string, concept: string) =>
  conceptEvidence(`Internationell strategi för Exempelby kommun\n\n${text}\n`).strength[CONCEPT_INDEX.get(concept)!];
const inStrategy = (text: string, concept: string) => strengthIn(text, concept) > 0;

const rejected: [string, (typeof IDS)[number], 'sv' | 'en'][] = [
  ['The facility funds works on cross-border infrastructure for railways and roads.', 'cross-border', 'en'],
  ['Better cross-border connections and links between national transport networks.', 'cross-border', 'en'],
  ['Stöd till gränsöverskridande infrastruktur och nya gränsöverskridande förbindelser.', 'cross-border', 'sv'],
  // Networks of wires and roads, coordinated ("transport and communication networks"): infrastructure, no partners.
  [
    'Priority 3 supports sustainable transport and communication networks and systems.',
    'international-cooperation',
    'en',
  ],
  ['Ansökningarna prioriteras vid Strukturfondspartnerskapets möte i december.', 'international-cooperation', 'sv'],
  ['Applications are ranked by the Structural Funds Partnership in December.', 'international-cooperation', 'en'],
  ['An international training programme gives participants the chance to study.', 'international-cooperation', 'en'],
  ['The call helps small firms grow on international markets.', 'international-cooperation', 'en'],
  ['Stödet ska göra företagen internationellt konkurrenskraftiga.', 'international-cooperation', 'sv'],
  // A document of the application package named by a term: what is filed, not what the call is about.
  ['Application package: Application Form; Project Partner Declarations; budget.', 'international-cooperation', 'en'],
  ['Annexes: the partnership statement and the financial capacity form.', 'international-cooperation', 'en'],
  ['Annexes: statements on partnership and on state aid.', 'international-cooperation', 'en'],
];
const kept: [string, (typeof IDS)[number], 'sv' | 'en'][] = [
  ['Projects build cross-border cooperation between neighbouring municipalities.', 'cross-border', 'en'],
  ['Kommunerna stärker det gränsöverskridande samarbetet med grannländerna.', 'cross-border', 'sv'],
  ['The facility funds works on cross-border infrastructure for railways and roads.', 'mobility-transport', 'en'],
  ['Kommunen bygger partnerskap med sina vänorter.', 'international-cooperation', 'sv'],
  ['Kommunen utvecklar sina internationella kontakter.', 'international-cooperation', 'sv'],
  ['Schools build international contacts and exchange with twin towns.', 'international-cooperation', 'en'],
  ['Projects build partnerships with twin towns; a budget form is attached.', 'international-cooperation', 'en'],
];

describe('words of another sense are no evidence in a call', () => {
  for (const [sentence, concept, language] of rejected) {
    it(`"${sentence}" is not ${concept}`, () => {
      expect(inCall(sentence, language)).not.toContain(concept);
    });
  }
});

describe('the same words in their own sense still count', () => {
  for (const [sentence, concept, language] of kept) {
    it(`"${sentence}" is ${concept}`, () => {
      expect(inCall(sentence, language)).toContain(concept);
    });
  }
});

describe('a strategy is read in the same senses', () => {
  it('cross-border infrastructure is no cross-border cooperation', () => {
    expect(inStrategy('Regionen verkar för gränsöverskridande infrastruktur mot Norge.', 'cross-border')).toBe(false);
    expect(inStrategy('Regionen verkar för gränsöverskridande samarbete med Norge.', 'cross-border')).toBe(true);
  });
  it('the Structural Funds Partnership is no partnership', () => {
    // The heading the helper puts first ("Internationell strategi") is international work already: compare with it alone.
    const alone = strengthIn('', 'international-cooperation');
    const text = 'Regionen är ordförande i Strukturfondspartnerskapet för Småland och Öarna.';
    expect(strengthIn(text, 'international-cooperation')).toBe(alone);
    expect(strengthIn('Regionen bygger partnerskap med Polen.', 'international-cooperation')).toBeGreaterThan(alone);
  });
});

describe('a phrase does not run across a sentence or list item', () => {
  const withThemes = (themes: string[], summary = 'Stöd till projekt.') =>
    score(testCall({ title: 'Utlysning', summary, themes, language: 'en' }), body).reasons.map((r) => r.conceptId);
  it('the tags "adult learning; mobility" are no learning mobility', () => {
    expect(withThemes(['adult learning', 'mobility', 'networks'])).not.toContain('mobility-exchange');
  });
  it('nor are two sentences', () => {
    expect(inCall('The call supports adult learning. Mobility grants cover travel.', 'en')).not.toContain(
      'mobility-exchange',
    );
  });
  it('the phrase within one tag or sentence still counts', () => {
    expect(withThemes(['learning mobility', 'networks'])).toContain('mobility-exchange');
    expect(inCall('The call supports learning mobility of adults.', 'en')).toContain('mobility-exchange');
  });
});
