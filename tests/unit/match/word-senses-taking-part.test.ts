/**
 * Three word senses that made top reasons of what a call does not say, read as general rules:
 * - "participation" of organisations in a programme or project ("open to participation from institutions and
 *   organisations", "participation in the programme") is no citizen participation: the English word counts only
 *   beside a word of people or democracy in its sentence (lexicon `inContext`); "citizen participation",
 *   "participation of residents" always count. Swedish "deltagande" is no term (only "delaktighet"): the
 *   organisational sense stays out, as the cases below show.
 * - A negated funding statement ("man kan inte få stöd till X utöver Y", "stöd kan inte ges till X", "bidrag lämnas
 *   inte till X", "support cannot be given for X", "funding is not available for X") does not make X a topic
 *   (core/match/negation.ts); a contrast ("men", "but") ends the negated stretch.
 * - Kinds of organisation named only as whose staff are trained or served ("anställda inom företag, myndigheter,
 *   kommuner, föreningar", "staff of SMEs, NGOs and local authorities") are no civil-society or business topic
 *   (core/match/staff-lists.ts); a topic in the same clause ("personal … som arbetar med turism") still counts.
 * Sentences written for this test, after how Swedish and European funders generally write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const IDS = [
  'participation-democracy',
  'civil-society',
  'business-development',
  'tourism',
  'culture-heritage',
  'public-innovation',
] as const;
const body = testProfile({
  priorities: IDS.map((c) => ({ id: c, label: { sv: c, en: c }, weight: 1, concepts: [c], terms: [] })),
});
const inCall = (summary: string, language: 'sv' | 'en') =>
  score(
    testCall({ title: language === 'sv' ? 'Utlysning' : 'Call for proposals', summary, language }),
    body,
  ).reasons.map((r) => r.conceptId);

const rejected: [string, string, 'sv' | 'en'][] = [
  // Organisations taking part.
  [
    'The programme is open to participation from institutions and organisations in all member states.',
    'participation-democracy',
    'en',
  ],
  [
    'Participation in the programme is open to public bodies, universities and companies.',
    'participation-democracy',
    'en',
  ],
  ['Participation of organisations from Norway is possible at their own cost.', 'participation-democracy', 'en'],
  ['Deltagande i programmet är öppet för organisationer från alla medlemsländer.', 'participation-democracy', 'sv'],
  // Negated funding.
  ['Man kan inte få stöd till turism utöver det som ingår i projektet.', 'tourism', 'sv'],
  ['Stöd kan inte ges till turismprojekt.', 'tourism', 'sv'],
  ['Det går inte att få stöd för kulturverksamhet.', 'culture-heritage', 'sv'],
  ['Bidrag lämnas inte till kulturverksamhet.', 'culture-heritage', 'sv'],
  ['Stödet får inte användas till turism.', 'tourism', 'sv'],
  ['Projekt som gäller turism kan inte få stöd.', 'tourism', 'sv'],
  ['Support cannot be given for tourism activities.', 'tourism', 'en'],
  ['Funding is not available for tourism projects.', 'tourism', 'en'],
  ['You cannot receive support for tourism beyond the project.', 'tourism', 'en'],
  // Whose staff.
  [
    'Insatsen ger kompetensutveckling för anställda i företag, offentlig sektor och ideella organisationer.',
    'civil-society',
    'sv',
  ],
  [
    'Insatsen ger kompetensutveckling för anställda i företag, offentlig sektor och ideella organisationer.',
    'business-development',
    'sv',
  ],
  [
    'Projektet erbjuder utbildning för personal inom företag, myndigheter, kommuner, föreningar och stiftelser.',
    'civil-society',
    'sv',
  ],
  ['Training is offered to staff of companies, public authorities, municipalities and NGOs.', 'civil-society', 'en'],
  [
    'Training is offered to staff of companies, public authorities, municipalities and NGOs.',
    'public-innovation',
    'en',
  ],
];

const kept: [string, string, 'sv' | 'en'][] = [
  ['Projects should strengthen citizen participation in local decisions.', 'participation-democracy', 'en'],
  ['Projects should encourage participation in public life and decision-making.', 'participation-democracy', 'en'],
  ['The aim is broad participation of young people in the community.', 'participation-democracy', 'en'],
  ['Projekten ska öka ungas delaktighet i demokratin.', 'participation-democracy', 'sv'],
  ['Stöd ges till turism och kulturarv.', 'tourism', 'sv'],
  ['Kommuner kan inte få stöd för drift men kan söka för turism.', 'tourism', 'sv'],
  ['Support is given for sustainable tourism.', 'tourism', 'en'],
  ['Projekten ska stärka civilsamhället och ideella föreningar i regionen.', 'civil-society', 'sv'],
  ['The project supports NGOs and civil society organisations working for democracy.', 'civil-society', 'en'],
  ['Insatsen vänder sig till personal i kommuner och föreningar som arbetar med turism.', 'tourism', 'sv'],
];

describe('a word in another sense, or negated, is no topic', () => {
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
