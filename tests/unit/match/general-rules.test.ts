import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const call = testCall;
const body = (over: Partial<Profile> = {}): Profile =>
  testProfile({
    lan: 'blekinge',
    priorities: [
      { id: 'tourism', label: { sv: 'Turism', en: 'Tourism' }, weight: 1, concepts: ['tourism'], terms: [] },
      { id: 'youth', label: { sv: 'Unga', en: 'Youth' }, weight: 1, concepts: ['youth'], terms: [] },
    ],
    ...over,
  });
const concepts = (m: ReturnType<typeof score>) => m.reasons.map((r) => r.conceptId);

describe('negation: a negated mention is not a match', () => {
  const cases = [
    ['en', 'All priorities are open except sustainable tourism.'],
    ['en', 'Projects in any field, excluding tourism, may be funded.'],
    ['en', 'Tourism projects are not eligible.'],
    ['sv', 'Alla områden utom turism kan få stöd.'],
    ['sv', 'Stöd ges till alla områden med undantag av turism.'],
    ['sv', 'Turismprojekt är inte stödberättigade.'],
    ['sv', 'Projekt som ej rör turism prioriteras.'],
  ] as const;
  for (const [language, summary] of cases) {
    it(summary, () => {
      expect(concepts(score(call({ language, summary }), body()))).not.toContain('tourism');
    });
  }
  it('the same words without a negation do match', () => {
    expect(concepts(score(call({ summary: 'Projects on sustainable tourism may be funded.' }), body()))).toContain(
      'tourism',
    );
    expect(concepts(score(call({ language: 'sv', summary: 'Stöd ges till turism.' }), body()))).toContain('tourism');
  });
});

describe('word sense: verbs and homonyms are not concepts', () => {
  const p = body({
    priorities: [
      { id: 'd', label: { sv: 'Demokrati', en: 'Democracy' }, weight: 1, concepts: ['local-democracy'], terms: [] },
      { id: 'r', label: { sv: 'Landsbygd', en: 'Rural' }, weight: 1, concepts: ['rural-development'], terms: [] },
      { id: 'm', label: { sv: 'Profilering', en: 'Branding' }, weight: 1, concepts: ['place-marketing'], terms: [] },
    ],
  });
  it('"governance" of a project, "leaders" of a team and "attract" as a verb earn nothing', () => {
    const m = score(
      call({ summary: 'The project governance must be clear; team leaders attract funding from partners.' }),
      p,
    );
    expect(m.reasons).toEqual([]);
  });
  it('the phrases that fix the sense still match', () => {
    const m = score(call({ summary: 'Local democracy, the LEADER method and an attractive region for residents.' }), p);
    expect(new Set(concepts(m))).toEqual(new Set(['local-democracy', 'rural-development', 'place-marketing']));
  });
  it('"etablering" of companies and "mottagande" of visitors are not integration; "nyanländas etablering" is', () => {
    const integration = body({
      priorities: [
        {
          id: 'i',
          label: { sv: 'Integration', en: 'Integration' },
          weight: 1,
          concepts: ['integration-migration'],
          terms: [],
        },
      ],
    });
    const companies =
      'Kommunen ska främja etableringar och presenteras som etablerings- och bostadsort, med gott mottagande av besökare; a warm reception for visitors.';
    expect(score(call({ language: 'sv', summary: companies }), integration).reasons).toEqual([]);
    const newcomers = 'Stöd till nyanländas etablering och etablering på arbetsmarknaden; reception of refugees.';
    expect(concepts(score(call({ language: 'sv', summary: newcomers }), integration))).toContain(
      'integration-migration',
    );
  });
  it('an Erasmus+ partnership action is cooperation, not mobility; mobility for learning is', () => {
    const mobility = body({
      priorities: [
        { id: 'm', label: { sv: 'Utbyten', en: 'Exchanges' }, weight: 1, concepts: ['mobility-exchange'], terms: [] },
      ],
    });
    const ka2 = 'Cooperation Partnerships and small-scale partnerships in education; samarbetspartnerskap.';
    expect(concepts(score(call({ summary: ka2 }), mobility))).not.toContain('mobility-exchange');
    const ka1 = 'Learning mobility of staff and pupils; school partnerships.';
    expect(concepts(score(call({ summary: ka1 }), mobility))).toContain('mobility-exchange');
  });
  it('cities and towns as partners are not urban planning; sustainable cities and urban development are', () => {
    const urban = body({
      priorities: [
        { id: 'u', label: { sv: 'Stadsutveckling', en: 'Urban' }, weight: 1, concepts: ['urban-planning'], terms: [] },
      ],
    });
    const partners = 'Alliances with organisations, networks and cities; exchanges between towns in Europe.';
    expect(score(call({ summary: partners }), urban).reasons).toEqual([]);
    expect(score(call({ language: 'sv', summary: 'Samarbete mellan städer i Europa.' }), urban).reasons).toEqual([]);
    const topic = 'Sustainable cities and urban development; hållbar stadsutveckling.';
    expect(concepts(score(call({ summary: topic }), urban))).toContain('urban-planning');
  });
});

describe('one phrase, one concept in both languages', () => {
  it('"youth participation" is the participation that "ungas delaktighet" is', () => {
    const p = body({
      priorities: [
        {
          id: 'p',
          label: { sv: 'Delaktighet', en: 'Participation' },
          weight: 1,
          concepts: ['participation-democracy'],
          terms: [],
        },
      ],
    });
    const en = concepts(score(call({ summary: 'Projects on youth participation.' }), p));
    const sv = concepts(score(call({ language: 'sv', summary: 'Projekt om ungas delaktighet.' }), p));
    expect(en[0]).toBe('participation-democracy');
    expect(sv[0]).toBe('participation-democracy');
  });
});

describe('programme and funder names are context', () => {
  const geo = body({
    priorities: [
      {
        id: 'baltic',
        label: { sv: 'Östersjösamarbete', en: 'Baltic Sea cooperation' },
        weight: 1.5,
        concepts: ['baltic-sea', 'cross-border'],
        terms: [],
      },
      { id: 'youth', label: { sv: 'Unga', en: 'Youth' }, weight: 1, concepts: ['youth'], terms: [] },
    ],
  });
  it('"Interreg", "Nordplus" and "Baltic Sea Region Programme" earn no topic points', () => {
    const m = score(
      call({
        funder: 'Interreg Baltic Sea Region',
        title: 'Interreg Baltic Sea Region Programme: Nordplus and Interreg information day',
        summary: 'An information day about the Baltic Sea Region Programme.',
      }),
      geo,
    );
    expect(m.reasons).toEqual([]);
  });
  it('a place is a geographic focus met by the programme area, shown as a boost, not a topic', () => {
    const m = score(
      call({
        funder: 'Interreg South Baltic',
        title: 'Youth exchanges across the South Baltic',
        summary: 'Projects for young people.',
      }),
      geo,
    );
    expect(concepts(m)).not.toContain('baltic-sea');
    expect(m.boosts.find((b) => b.kind === 'geographic-focus')?.text.en).toMatch(/South Baltic/);
  });
  it('"region" inside a programme area or a place name is not an applicant type', () => {
    const k = getSeedProfile('karlskrona')!;
    for (const summary of [
      'Cooperation in the North Sea Region on youth.',
      'Samarbete i Östersjöregionen om ungdomar.',
      'Projects open to partners in the Baltic Sea region on youth.',
      'Who can apply? Organisations from the Central Baltic region may apply for youth projects.',
    ]) {
      const m = score(call({ summary }), k);
      expect(m.eligibility.applicant, summary).not.toBe('not-eligible');
      expect(m.eligibility.applicantText.en, summary).not.toMatch(/regions/);
    }
  });
});

describe('applicant wording for public bodies', () => {
  for (const t of [
    'public authorities',
    'public bodies',
    'local and regional authorities',
    'offentliga aktörer',
    'myndigheter',
    'public sector organisations',
  ]) {
    it(`"${t}" and companies: no "companies only" blocker`, () => {
      const m = score(
        call({
          summary: `The call is open to ${t} and companies working with youth.`,
          applicantTypes: [t, 'companies'],
        }),
        body(),
      );
      expect(m.eligibility.applicant).toBe('eligible');
      expect(m.blockers.map((b) => b.kind)).not.toContain('applicant-type');
    });
  }
});

describe('eligibility is symmetric and geographic', () => {
  it('an EU-wide programme counts like an Interreg area covering the body', () => {
    const m = score(
      call({ funder: 'European Commission (EACEA)', programme: 'CERV', title: 'Youth and tourism networks of towns' }),
      body(),
    );
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaPoints).toBeGreaterThan(0);
  });
  it('a call whose eligible countries leave Sweden out is blocked for a Swedish kommun', () => {
    const m = score(
      call({ title: 'Youth and tourism grants', eligibleCountries: ['Norway', 'Iceland', 'Liechtenstein'] }),
      body(),
    );
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
    expect(m.band).not.toBe('strong');
  });
  it('a regional ERDF programme of other län is outside; of its own län inside', () => {
    const erdf = call({
      funder: 'Tillväxtverket',
      programme: 'Regionalfondsprogram Övre Norrland',
      title: 'Turism och unga i Övre Norrland',
    });
    expect(score(erdf, body()).eligibility.area).toBe('not-eligible');
    expect(score(erdf, body({ lan: 'norrbotten' })).eligibility.area).toBe('eligible');
  });
  it('partner countries come from what the call says, not from its eligible-country list', () => {
    const p = body({ partnerCountries: ['Poland', 'Lithuania'] });
    const listOnly = score(call({ title: 'Youth tourism', eligibleCountries: ['Sweden', 'Poland', 'Lithuania'] }), p);
    expect(listOnly.boosts.map((b) => b.kind)).not.toContain('partner-country');
    const named = score(call({ title: 'Youth tourism', summary: 'Projects with partners in Poland.' }), p);
    expect(named.boosts.map((b) => b.kind)).toContain('partner-country');
  });
  it('the countries of an eligibility area are where, not partners', () => {
    const p = body({ partnerCountries: ['Poland', 'Lithuania'] });
    const area = call({
      title: 'Youth tourism',
      summary: 'The eligibility area is split into two zones: North (Poland, Lithuania, Latvia) and South.',
    });
    expect(score(area, p).boosts.map((b) => b.kind)).not.toContain('partner-country');
  });
});

describe('a generic call opening all priorities is scored against the programme’s priorities', () => {
  it('an "all priorities are open" South Baltic call matches tourism through the programme data', () => {
    const open = call({
      funder: 'Interreg South Baltic',
      title: 'Call for proposals',
      summary: 'All priorities are open in this call.',
    });
    const plain = call({ funder: 'Interreg South Baltic', title: 'Call for proposals', summary: 'A call is open.' });
    expect(concepts(score(open, body()))).toContain('tourism');
    expect(score(open, body()).score).toBeGreaterThan(score(plain, body()).score);
  });

  it.each([
    ['en', 'Full applications are welcome in all four priorities.'],
    ['en', 'Proposals under all programme priorities are accepted in this round.'],
    ['sv', 'Ansökningar är välkomna inom alla fyra insatsområden.'],
    ['sv', 'Utlysningen är öppen för alla prioriteringar.'],
    // The number the call gives its priorities, and the words Swedish pages use for a programme's objectives.
    ['sv', 'Alla sju ämnesområden är öppna i den här utlysningen.'],
    ['sv', 'Samtliga 9 målområden öppnas för ansökningar.'],
    ['en', 'All five specific objectives are open for applications.'],
  ] as const)('says it is open in its own words: %s "%s"', (language, summary) => {
    const c = call({ funder: 'Interreg South Baltic', title: 'Call for proposals', language, summary });
    expect(concepts(score(c, body()))).toContain('tourism');
  });

  it('a sentence about all priorities that does not open them is not an open call', () => {
    const c = call({
      funder: 'Interreg South Baltic',
      title: 'Results of the second call',
      summary: 'Projects were approved in all four priorities last year.',
    });
    expect(concepts(score(c, body()))).not.toContain('tourism');
  });
});
