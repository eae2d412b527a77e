/**
 * Calls for cities (city networks, exchange between European cities) on sentences written for this test: the
 * wording funders use for cities working together is its own concept, 'städer'/'cities' named as applicants beside
 * other bodies are eligibility, not the topic, while a call only cities may apply for is a call for cities (and no phrase of the concept hides an applicant word: "open to European cities"), and phrases of another sense ("a brand-new call") are not place branding.
 */
import { describe, expect, it } from 'vitest';
import { explain, score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [
    { id: 'cities', label: { sv: 'Städer', en: 'Cities' }, weight: 1, concepts: ['city-cooperation'], terms: [] },
    { id: 'plan', label: { sv: 'Planering', en: 'Planning' }, weight: 1, concepts: ['urban-planning'], terms: [] },
    { id: 'brand', label: { sv: 'Profilering', en: 'Branding' }, weight: 1, concepts: ['place-marketing'], terms: [] },
  ],
});
const concepts = (title: string, summary: string, language: 'sv' | 'en' = 'en') =>
  score(testCall({ title, summary, language }), body).reasons.map((r) => r.conceptId);

describe('cities working together', () => {
  const cases = [
    ['en', 'Networks for local action', 'Peer cities from at least five countries share what works in city networks.'],
    ['en', 'Learning together', 'The programme links cities across Europe in networks of cities.'],
    ['sv', 'Nätverk för lokal utveckling', 'Städer i flera länder lär av varandra i ett stadsnätverk.'],
    ['sv', 'Utbyte', 'Projektet bygger på samarbete mellan städer i Norden.'],
  ] as const;
  for (const [language, title, summary] of cases) {
    it(`is city cooperation: ${summary}`, () => {
      expect(concepts(title, summary, language)).toContain('city-cooperation');
    });
  }
  it('a named applicant class is who may apply, not the topic', () => {
    const found = concepts('Stöd till skolan', 'Sökande kan vara kommuner, städer och regioner.', 'sv');
    expect(found).not.toContain('city-cooperation');
  });
  it('"European cities" stays who the call is for: no topic phrase hides the applicant word', () => {
    const m = score(
      testCall({ title: 'Call for European cities', summary: 'Support for local climate action.' }),
      body,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
  it('the longer phrase wins: smart and sustainable cities are urban planning', () => {
    const found = concepts('Smart cities', 'Support for smart cities and sustainable cities.');
    expect(found).toContain('urban-planning');
    expect(found).not.toContain('city-cooperation');
  });
});

describe('a call only cities may apply for is a call for cities', () => {
  const forList = (applicantTypes: string[], language: 'sv' | 'en' = 'en') =>
    score(
      testCall({
        title: 'Innovative actions',
        summary: 'Projects test new solutions for the energy transition.',
        applicantTypes,
        language,
      }),
      body,
    );
  for (const list of [['urban authorities'], ['city administrations'], ['cities', 'public-equivalent bodies']]) {
    it(`its list of applicants is its subject: ${list.join('; ')}`, () => {
      const m = forList(list);
      const reason = m.reasons.find((r) => r.conceptId === 'city-cooperation');
      expect(reason?.evidence.map((e) => e.term)).toContain(list[0]);
      expect(m.eligibility.applicant).toBe('eligible');
    });
  }
  it('in Swedish too', () => {
    expect(forList(['städer'], 'sv').reasons.map((r) => r.conceptId)).toContain('city-cooperation');
  });
  it('and the explanation says the list is the evidence, not a word of the text', () => {
    const lines = explain(forList(['urban authorities']), 'sv').join('\n');
    expect(lines).toContain('att utlysningen bara vänder sig till städer ("urban authorities")');
    expect(lines).not.toMatch(/genom "urban authorities"/);
    // …and does not quote the list back as if it were a passage of the call.
    expect(lines).not.toMatch(/Citat: urban authorities/);
  });
  // Kommuner at large, regions or other bodies beside the cities: the list says who may apply, not what about.
  for (const list of [['municipalities', 'cities'], ['cities', 'regions'], ['cities', 'companies'], ['kommuner']]) {
    it(`a list that names more than cities is eligibility only: ${list.join('; ')}`, () => {
      expect(forList(list).reasons.map((r) => r.conceptId)).not.toContain('city-cooperation');
    });
  }
});

describe('cities working together weigh like twin towns working together', () => {
  // Both concepts are kinds of cooperation with partners of one kind, read from fixed phrases or, for the bare
  // word "städer"/"cities", only beside words of cooperation: neither is a broad theme that a call names in passing.
  const pair = testProfile({
    priorities: [
      { id: 'cities', label: { sv: 'Städer', en: 'Cities' }, weight: 1, concepts: ['city-cooperation'], terms: [] },
      { id: 'twins', label: { sv: 'Vänorter', en: 'Twins' }, weight: 1, concepts: ['town-twinning'], terms: [] },
    ],
  });
  const pointsFor = (id: string, title: string, summary: string) =>
    score(testCall({ title, summary, language: 'sv' }), pair)
      .reasons.filter((r) => r.priorityId === id)
      .reduce((t, r) => t + r.points, 0);
  it('a call for a network of cities scores its priority as a twinning call scores twinning', () => {
    const cities = pointsFor(
      'cities',
      'Stöd till stadsnätverk',
      'Kommunerna bygger ett nätverk av städer för utbyte mellan städer.',
    );
    const twins = pointsFor(
      'twins',
      'Stöd till vänortssamarbete',
      'Kommunerna bygger ett vänortssamarbete för utbyte mellan vänorter.',
    );
    expect(cities).toBeGreaterThan(0);
    expect(cities).toBeCloseTo(twins, 0);
  });
});

describe('"brand new" is not place branding', () => {
  it('a brand-new call type names no branding', () => {
    expect(concepts('A brand-new call', 'This brand new type of call opens in March.')).not.toContain(
      'place-marketing',
    );
  });
  it('but branding is', () => {
    expect(concepts('Branding', 'Place branding for towns that want visitors.')).toContain('place-marketing');
  });
});

describe("Linköping's built-in profile reads its strategy's cities", () => {
  it('a call for a network of European cities on urban policy meets its priorities on cities', async () => {
    const { SEED_PROFILES } = await import('../../../core/profile/seeds.ts');
    const linkoping = SEED_PROFILES.find((p) => p.id === 'linkoping');
    if (!linkoping) throw new Error('no Linköping profile');
    const call = testCall({
      title: 'Networks of cities for integrated urban development',
      summary: 'Partner cities from several member states improve their urban policies together.',
    });
    const hit = score(call, linkoping).reasons.filter((r) => r.conceptId === 'city-cooperation');
    expect(hit.map((r) => r.priorityId)).toEqual(expect.arrayContaining(['staders-roll', 'omvarldsbevakning']));
  });

  // "Linköpings kommun arbetar för att lyfta fram städernas roll och röst … För att driva ett strategiskt
  // påverkansarbete krävs …": the paragraph is the strategy's account of its advocacy (påverkan), one of the three
  // areas it lists ("omvärldsbevakning och påverkan"), so it is stated as that area is, not a commitment named apart.
  it("the cities' role is the listed advocacy work, weighed as that listed area", async () => {
    const { SEED_PROFILES } = await import('../../../core/profile/seeds.ts');
    const linkoping = SEED_PROFILES.find((p) => p.id === 'linkoping');
    const cities = linkoping?.priorities.find((p) => p.id === 'staders-roll');
    const advocacy = linkoping?.priorities.find((p) => p.id === 'omvarldsbevakning');
    expect(cities?.source?.basis).toBe('stated');
    expect(cities?.weight).toBe(advocacy?.weight);
  });
});
