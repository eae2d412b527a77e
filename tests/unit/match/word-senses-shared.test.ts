/**
 * Word senses in the lexicon (`otherSenses`, `excludeWords`, terms), read alike in calls and in strategy texts.
 * Sentences written for this test, after how Swedish public bodies and funders generally write:
 * - "utifrån tillgängliga resurser", "medlen finns tillgängliga": the adjective says available, not accessible;
 *   the noun "tillgänglighet" stays social inclusion;
 * - "människor från främmande kulturer" is whom people meet, as "andra kulturer" is: no culture sector, while
 *   "kulturella och kreativa näringar" and "kulturarv" stay culture;
 * - "involvera medborgare" is citizen participation;
 * - "utvecklingsprojekt" is any development project (in a school, in elderly care): no research and innovation,
 *   while "forsknings- och utvecklingsprojekt" and "innovationsprojekt" are;
 * - "en naturlig del av arbetet" is no nature; "hitta rätt partner" is no human right, nor are "minor adjustments";
 * - "friluftsliv", outdoor recreation, is what residents do outdoors (sport and leisure), not tourism;
 * - "border security", "gränskontroll" is a state's control of its borders, not a society's preparedness;
 * - a "competition" is a contest for a prize or a title, or rivalry in a market ("fair competition"), as Swedish
 *   "tävling" and "konkurrens" are: no business competitiveness ("konkurrenskraft"), which still counts.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { score } from '../../../core/match/index.ts';
import { conceptEvidence } from '../../../core/profile/from-document.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const IDS = [
  'social-inclusion',
  'culture-heritage',
  'participation-democracy',
  'research-innovation',
  'biodiversity-nature',
  'human-rights',
  'business-development',
  'tourism',
  'resilience-preparedness',
] as const;
const body = testProfile({
  priorities: IDS.map((c) => ({ id: c, label: { sv: c, en: c }, weight: 1, concepts: [c], terms: [] })),
});
const inCall = (summary: string, language: 'sv' | 'en' = 'sv') =>
  score(testCall({ title: 'Utlysning', summary, language }), body).reasons.map((r) => r.conceptId);
/** Whether a strategy text gives the concept any evidence. */
const inStrategy = (text: string, concept: string) =>
  conceptEvidence(`Internationell strategi för Exempelby kommun\n\n${text}\n`).strength[CONCEPT_INDEX.get(concept)!] >
  0;

const rejected: [string, string, 'sv' | 'en'][] = [
  [
    'Kommunen ska, utifrån tillgängliga resurser, bedriva ett strukturerat internationellt arbete.',
    'social-inclusion',
    'sv',
  ],
  ['Medlen finns tillgängliga för projekt som startar under året.', 'social-inclusion', 'sv'],
  ['Samarbetet ska öka förståelsen mellan människor från främmande kulturer.', 'culture-heritage', 'sv'],
  ['Pupils on the exchange meet foreign cultures and learn a new language.', 'culture-heritage', 'en'],
  ['Kommunen driver flera externfinansierade utvecklingsprojekt inom äldreomsorgen.', 'research-innovation', 'sv'],
  ['EU-arbetet ska vara en naturlig del av verksamhetsutvecklingen.', 'biodiversity-nature', 'sv'],
  ['Stödet hjälper kommuner att hitta rätt partner i andra länder.', 'human-rights', 'sv'],
  ['The committee also decided on some minor adjustments to the application procedure.', 'human-rights', 'en'],
  ['Bidraget går till lokal naturvård och friluftsliv nära där människor bor.', 'tourism', 'sv'],
  ['Grants for outdoor recreation for people with disabilities.', 'tourism', 'en'],
  [
    'Thematic objective 10: border management and border security, mobility and migration.',
    'resilience-preparedness',
    'en',
  ],
  ['Projektet gäller gränskontroll och gränsbevakning vid de yttre gränserna.', 'resilience-preparedness', 'sv'],
  ['The competition is open to cities of any size; the winner receives the title.', 'business-development', 'en'],
  ['Competitions for green cities are open for entries.', 'business-development', 'en'],
  ['Public procurement must ensure fair competition.', 'business-development', 'en'],
];
const kept: [string, string, 'sv' | 'en'][] = [
  ['Projekten ska öka tillgängligheten för personer med funktionsnedsättning.', 'social-inclusion', 'sv'],
  ['Stöd till kulturella och kreativa näringar och till kulturarv.', 'culture-heritage', 'sv'],
  ['Kommunen ska involvera medborgare i det internationella arbetet.', 'participation-democracy', 'sv'],
  ['Projects involving residents in decisions on their neighbourhood.', 'participation-democracy', 'en'],
  ['Företag och universitet genomför forsknings- och utvecklingsprojekt.', 'research-innovation', 'sv'],
  ['Stöd till innovationsprojekt i små företag.', 'research-innovation', 'sv'],
  ['Projekten ska skydda natur och biologisk mångfald.', 'biodiversity-nature', 'sv'],
  ['Arbetet ska stärka barnets rättigheter och motverka diskriminering.', 'human-rights', 'sv'],
  ['Projects protect the rights of national minorities.', 'human-rights', 'en'],
  ['Projekten utvecklar hållbar naturturism för besökare i regionen.', 'tourism', 'sv'],
  [
    'Projects strengthen civil preparedness and security of supply in the municipalities.',
    'resilience-preparedness',
    'en',
  ],
  ['Projects strengthen the competitiveness of the region.', 'business-development', 'en'],
  ['Arbetet ska stärka regionens konkurrenskraft.', 'business-development', 'sv'],
];

describe('a word in another sense is no evidence', () => {
  for (const [sentence, concept, language] of rejected) {
    it(`in a call: "${sentence}" is not ${concept}`, () => {
      expect(inCall(sentence, language)).not.toContain(concept);
    });
    it(`in a strategy: "${sentence}" is not ${concept}`, () => {
      expect(inStrategy(sentence, concept)).toBe(false);
    });
  }
});

describe('the same words in their own sense still count', () => {
  for (const [sentence, concept, language] of kept) {
    it(`in a call: "${sentence}" is ${concept}`, () => {
      expect(inCall(sentence, language)).toContain(concept);
    });
    it(`in a strategy: "${sentence}" is ${concept}`, () => {
      expect(inStrategy(sentence, concept)).toBe(true);
    });
  }
});
