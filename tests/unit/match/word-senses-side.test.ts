/**
 * Words in a side sense are no topic evidence (lexicon `otherSenses`, `excludeWords`, `home`, and programme names
 * with or without their articles). Sentences written for this test, after how funders generally write:
 * "minority languages" is language work, not minorities' rights; "cultural awareness" of pupils on an exchange is
 * no culture-and-heritage call; "clustering" of projects is no business cluster; the public sector of a partner
 * country is not the body's own public-sector innovation; "Programme for Environment and Climate Action" is LIFE's
 * name, not a climate topic.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const IDS = [
  'human-rights',
  'culture-heritage',
  'business-development',
  'public-innovation',
  'climate-mitigation',
  'green-transition',
  'biodiversity-nature',
] as const;
const body = testProfile({
  priorities: IDS.map((c) => ({ id: c, label: { sv: c, en: c }, weight: 1, concepts: [c], terms: [] })),
});
const concepts = (title: string, summary: string, language: 'sv' | 'en' = 'en') =>
  score(testCall({ title, summary, language }), body).reasons.map((r) => r.conceptId);

describe('side senses', () => {
  const cases: [string, string, string, 'sv' | 'en', string][] = [
    [
      'minority languages',
      'Language grants',
      'Projects promote minority languages and language learning.',
      'en',
      'human-rights',
    ],
    ['minoritetsspråk', 'Språkstöd', 'Projekten ska främja minoritetsspråk och språkinlärning.', 'sv', 'human-rights'],
    [
      'cultural awareness',
      'Pupil exchange',
      'Pupils travel abroad to increase their cultural awareness and learn about other cultures.',
      'en',
      'culture-heritage',
    ],
    [
      'kulturell förståelse',
      'Elevutbyte',
      'Elever och lärare får ökad kulturell förståelse och interkulturell kompetens.',
      'sv',
      'culture-heritage',
    ],
    [
      'organisational culture',
      'Leadership',
      'Managers develop the organisational culture of their workplaces.',
      'en',
      'culture-heritage',
    ],
    [
      'project clustering',
      'Capitalisation',
      'Project clustering brings existing projects together to share results.',
      'en',
      'business-development',
    ],
    [
      'public sector abroad',
      'Partnership',
      'The project strengthens the local public sector in Ukraine.',
      'en',
      'public-innovation',
    ],
    [
      'partner countries',
      'Partnership',
      'Support to public administration in the partner countries.',
      'en',
      'public-innovation',
    ],
    [
      'partnerländernas',
      'Partnerskap',
      'Stöd till partnerländernas offentliga förvaltning.',
      'sv',
      'public-innovation',
    ],
    ['Ukrainas', 'Partnerskap', 'Projektet stärker lokal offentlig sektor i Ukraina.', 'sv', 'public-innovation'],
    [
      'programme name without its article',
      'Nature call',
      'LIFE – Programme for Environment and Climate Action: the nature strand funds habitat restoration.',
      'en',
      'climate-mitigation',
    ],
  ];
  for (const [kind, title, summary, language, concept] of cases) {
    it(`${kind}: not ${concept}`, () => {
      expect(concepts(title, summary, language)).not.toContain(concept);
    });
  }
});

describe('the senses themselves still count', () => {
  const cases: [string, string, 'sv' | 'en', string][] = [
    ['Rights', 'Projects protect the rights of national minorities.', 'en', 'human-rights'],
    ['Culture', 'Culture and the arts in rural areas; cultural heritage sites.', 'en', 'culture-heritage'],
    ['Clusters', 'Support for business clusters and cluster organisations.', 'en', 'business-development'],
    ['Innovation', 'Innovation i offentlig sektor i Sverige.', 'sv', 'public-innovation'],
    ['Innovation', 'Public sector innovation in municipalities.', 'en', 'public-innovation'],
    ['Climate call', 'Projects cut greenhouse gas emissions and support climate action.', 'en', 'climate-mitigation'],
  ];
  for (const [title, summary, language, concept] of cases) {
    it(`"${summary}" is ${concept}`, () => {
      expect(concepts(title, summary, language)).toContain(concept);
    });
  }
});
