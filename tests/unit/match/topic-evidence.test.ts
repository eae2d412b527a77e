import { describe, expect, it } from 'vitest';
import { LEXICON, NETWORKS_FUNDERS } from '../../../core/data/index.ts';
import { NetworksFundersSchema } from '../../../core/data/schemas.ts';
import { analyse } from '../../../core/match/analyse.ts';
import { CONCEPTS } from '../../../core/match/concepts.ts';
import type { FundingCall } from '../../../core/model/call.ts';

function call(summary: string, over: Partial<FundingCall> = {}): FundingCall {
  return {
    id: 't:1',
    source: 'test',
    funder: 'Test funder',
    title: 'A call',
    summary,
    url: '',
    language: 'en',
    deadlines: [],
    ...over,
  };
}
/** The concepts a call's text is read as being about. */
function topics(summary: string, over: Partial<FundingCall> = {}): string[] {
  const a = analyse(call(summary, over));
  return CONCEPTS.filter((_, i) => a.tf[i] > 0).map((c) => c.id);
}
const countries = (summary: string) => [...analyse(call(summary)).signals.countries];

describe('where the money comes from is context, not a topic', () => {
  const boilerplate = [
    'Co-funded by the European Union.',
    'This project is funded by the EU.',
    'EU funding is available for projects in the region.',
    'The European Commission publishes the call.',
    'Projektet medfinansieras av Europeiska unionen.',
    'Kommunen söker EU-medel för projektet.',
    'Europeiska kommissionen har öppnat utlysningen.',
  ];
  for (const text of boilerplate) {
    it(`"${text}" is not EU affairs`, () => {
      expect(topics(text)).not.toContain('eu-affairs');
    });
  }
  it('a programme in the European Union is not about the EU', () => {
    expect(topics('Interreg Aurora is a programme in the European Union for cooperation in the north.')).not.toContain(
      'eu-affairs',
    );
  });
  it("an EU fund's name is not its theme", () => {
    expect(topics('The European Regional Development Fund co-finances the call.')).not.toContain(
      'regional-development',
    );
    expect(topics('Financed by the Recovery and Resilience Facility.')).not.toContain('resilience-preparedness');
    expect(topics('The Just Transition Fund supports the call.')).not.toContain('green-transition');
    expect(topics('Stödet kommer från Landsbygdsprogrammet.')).not.toContain('rural-development');
  });
  it('the same words as the subject of the call still count', () => {
    expect(topics('Projects on regional development and resilience of rural towns.')).toEqual(
      expect.arrayContaining(['regional-development', 'resilience-preparedness']),
    );
  });
  it('a call about knowledge of the EU is EU affairs, in both languages', () => {
    expect(topics('Teaching pupils about the European Union and EU citizenship.')).toContain('eu-affairs');
    expect(topics('Projektet ska öka ungas kunskap om EU och om Europas framtid.')).toContain('eu-affairs');
  });
  it('"påverkan" of a project on the environment is no advocacy; "politisk påverkan" is', () => {
    expect(topics('Projektets påverkan på miljön ska beskrivas.')).not.toContain('eu-affairs');
    expect(topics('Regionens politiska påverkan i Bryssel.')).toContain('eu-affairs');
  });
  it('the funding wording is a reviewed data list with a schema', () => {
    expect(NetworksFundersSchema.safeParse(NETWORKS_FUNDERS).success).toBe(true);
    const bad = structuredClone(NETWORKS_FUNDERS) as { fundingContext: { sv: string[] } };
    bad.fundingContext.sv = [];
    expect(NetworksFundersSchema.safeParse(bad).success).toBe(false);
    // EU affairs is said by what a call is about, never by the bare name of the Union.
    const eu = LEXICON.concepts.find((c) => c.id === 'eu-affairs');
    expect(eu?.terms.en).not.toContain('european union');
    expect(eu?.terms.sv).not.toContain('europeiska unionen');
  });
});

describe('programme names run on past the reference data', () => {
  it('capitalised words right after a known name are part of it', () => {
    expect(topics('Nordplus Adult Education call')).not.toContain('vocational-adult');
    expect(topics('Creative Europe Culture opens a call.')).not.toContain('culture-heritage');
    expect(topics('Horizon Europe Cluster 6 Food call')).not.toContain('bioeconomy');
  });
  it('a name is not a partner country', () => {
    expect(countries('Interreg Danube Hungary call for small projects')).toEqual([]);
  });
  it('words after a name that are not part of it still count', () => {
    expect(topics('Nordplus funds adult education across the Nordic countries.')).toContain('vocational-adult');
    expect(topics('Creative Europe. The call supports culture and heritage.')).toContain('culture-heritage');
  });
});

describe('a country is its name, not a word the stemmer folds into it', () => {
  it('"unga" (young people) is not Hungary ("Ungern")', () => {
    expect(countries('Stöd till unga och unga vuxna.')).toEqual([]);
  });
  it('"Ungerns kommuner" is Hungary, not young people', () => {
    expect(countries('Partner ska vara Ungerns kommuner.')).toEqual(['Hungary']);
    expect(topics('Partner ska vara Ungerns kommuner.')).not.toContain('youth');
  });
  it('genitives and names in either language are found', () => {
    expect(countries("Partners from Ukraine's municipalities and kommuner i Polen.")).toEqual(
      expect.arrayContaining(['Ukraine', 'Poland']),
    );
  });
});

describe('partner countries come from what the call says of partners', () => {
  const partners = [
    ['en', 'Projects with partners from Ukraine are welcome.', 'Ukraine'],
    ['en', 'The project is run together with municipalities in Poland.', 'Poland'],
    ['en', 'Applicants must be based in Sweden and work with partners in Moldova.', 'Moldova'],
    ['sv', 'Projektet genomförs med kommuner i Polen.', 'Poland'],
    ['sv', 'Sökande ska vara baserade i Sverige och ha en partner i Ukraina.', 'Ukraine'],
    ['sv', 'Stöd till samarbete med Georgien och Armenien.', 'Georgia'],
    [
      'en',
      "Apply together with a partner in one of the programme's countries: Georgia, Kenya, Uganda and Ukraine.",
      'Uganda',
    ],
  ] as const;
  for (const [language, summary, country] of partners) {
    it(`${summary} → ${country}`, () => {
      expect([...analyse(call(summary, { language })).signals.countries]).toContain(country);
    });
  }
  const notPartners = [
    ['en', 'Applicants must be located in Finland, Norway or Sweden.'],
    ['en', 'Eligible countries: EU Member States and Norway.'],
    ['en', 'The programme area covers regions in Denmark, Germany, Poland, Lithuania and Sweden.'],
    ['en', 'Town-twinning projects must involve municipalities from at least two EU Member States.'],
    ['en', 'Interreg VI-A Sweden-Finland-Norway opens its third call.'],
    ['sv', 'Organisationer som är baserade i Polen eller Litauen kan söka.'],
    ['sv', 'Programområdet omfattar regioner i Danmark, Tyskland och Polen.'],
    ['sv', 'Stödberättigade länder är Finland, Norge och Sverige.'],
    ['en', 'The call is open to organisations from Ukraine and Moldova.'],
  ] as const;
  for (const [language, summary] of notPartners) {
    it(`${summary} → no partner`, () => {
      const named = [...analyse(call(summary, { language })).signals.countries].filter((c) => c !== 'Sweden');
      expect(named).toEqual([]);
    });
  }
});

describe('who may apply is eligibility, not a topic', () => {
  it('applicant classes in a who-may-apply sentence earn no topic', () => {
    const t = topics('Public authorities, universities and SMEs may apply.');
    expect(t).not.toContain('public-innovation');
    expect(t).not.toContain('higher-education-research');
    expect(t).not.toContain('business-development');
    expect(topics('Vem kan söka? Kommuner, företag och universitet kan söka.')).not.toContain('business-development');
  });
  it('concepts that name actors ("civilsamhället", universities, companies) say who in such a sentence', () => {
    const t = topics(
      'Projekt för cirkulär ekonomi. Vem kan söka: offentliga aktörer, universitet, företag och civilsamhället.',
      { language: 'sv' },
    );
    expect(t).toContain('circular-economy');
    for (const c of ['civil-society', 'higher-education-research', 'business-development']) expect(t).not.toContain(c);
    expect(topics('Projekt som stärker civilsamhället och föreningslivet.', { language: 'sv' })).toContain(
      'civil-society',
    );
  });
  it('nor in the sentence saying who coordinates and who the project parties are', () => {
    const sv = topics(
      'Koordinator ska vara ett universitet, som söker tillsammans med företag och offentlig verksamhet som projektparter.',
      { language: 'sv' },
    );
    expect(sv).not.toContain('public-innovation');
    expect(topics('The coordinator must be a university applying with companies and the public sector.')).not.toContain(
      'public-innovation',
    );
    expect(topics('Projekten ska utveckla offentlig verksamhet.', { language: 'sv' })).toContain('public-innovation');
  });
  it('nor in the list of applicant types', () => {
    const a = analyse(
      call('A call.', { applicantTypes: ['public authorities', 'SMEs', 'universities', 'civil society'] }),
    );
    expect(CONCEPTS.filter((_, i) => a.tf[i] > 0).map((c) => c.id)).toEqual([]);
  });
  it('the same words as what the call is about still count', () => {
    expect(topics('The call supports innovation in the public sector and growth of SMEs.')).toEqual(
      expect.arrayContaining(['public-innovation', 'business-development']),
    );
  });
});

describe('words with a generic sense are not topics; phrases that fix the sense are', () => {
  const generic = [
    ['en', 'More information about the call and its dissemination requirements.', 'media-information'],
    ['en', 'Promotion of the project results and visibility of EU funding are required.', 'place-marketing'],
    ['en', 'Investments in equipment are eligible costs.', 'investment-promotion'],
    ['en', 'Schools develop a safe learning environment.', 'green-transition'],
    ['en', 'The nature of the activities must be described.', 'biodiversity-nature'],
    ['en', 'Advisory services for applicants are free.', 'public-services'],
    ['sv', 'Stödet varierar beroende på projektets storlek.', 'social-services'],
    ['sv', 'Projektet ska synliggöra resultaten.', 'place-marketing'],
    ['sv', 'Skolan utvecklar en trygg lärmiljö.', 'green-transition'],
  ] as const;
  for (const [language, summary, concept] of generic) {
    it(`${summary} → not ${concept}`, () => {
      expect(topics(summary, { language })).not.toContain(concept);
    });
  }
  const meant = [
    ['en', 'Campaigns for media literacy and strategic communication.', 'media-information'],
    ['en', 'Attracting investment and foreign direct investment to the region.', 'investment-promotion'],
    ['en', 'Nature restoration and biodiversity in protected areas.', 'biodiversity-nature'],
    ['en', 'Access to services in sparsely populated areas.', 'public-services'],
    ['sv', 'Stöd till personer med beroendeproblematik och missbruk.', 'social-services'],
    ['sv', 'Kommunen ska marknadsföra platsen och stärka sin attraktivitet.', 'place-marketing'],
  ] as const;
  for (const [language, summary, concept] of meant) {
    it(`${summary} → ${concept}`, () => {
      expect(topics(summary, { language })).toContain(concept);
    });
  }
});

describe('negation cues on sentences of our own', () => {
  const negated = [
    ['en', 'All thematic areas are open, excepting tourism.'],
    ['en', 'Tourism projects will not be funded.'],
    ['en', 'The programme does not fund tourism.'],
    ['en', 'Tourism is outside the scope of this call.'],
    ['en', 'Culture is funded; tourism is not covered by this call.'],
    ['sv', 'Alla områden kan få stöd, bortsett från turism.'],
    ['sv', 'Stöd ges inte till turismprojekt.'],
    ['sv', 'Turism faller utanför utlysningen.'],
    ['sv', 'Alla insatsområden, undantaget turism, är öppna.'],
    ['sv', 'Bidraget täcker resor och boende men inte turistresor.'],
    ['sv', 'Stöd till kultur, inte turism.'],
    ['en', 'Culture projects are funded but not tourism projects.'],
    ['en', 'There is no funding for tourism.'],
  ] as const;
  for (const [language, summary] of negated) {
    it(`${summary} → not tourism`, () => {
      expect(topics(summary, { language })).not.toContain('tourism');
    });
  }
  it('"X, not Y," negates only the aside; "och inte minst" adds', () => {
    const t = topics('Municipalities, not companies, may apply for tourism projects.');
    expect(t).toContain('tourism');
    expect(t).not.toContain('business-development');
    expect(topics('Kultur och inte minst turism stöds.', { language: 'sv' })).toContain('tourism');
  });
  it('travel as a cost is not transport', () => {
    expect(topics('Bidraget täcker resor, mat och boende.', { language: 'sv' })).not.toContain('mobility-transport');
    expect(topics('Resande och kollektivtrafik ska öka.', { language: 'sv' })).toContain('mobility-transport');
  });
  it('the clause before a semicolon and "not only" are not negated', () => {
    expect(topics('Tourism is funded; culture is not covered by this call.')).toContain('tourism');
    expect(topics('Not only tourism but also culture is supported.')).toContain('tourism');
  });
});

describe('stems that fold another sense into a term', () => {
  it('"digital twins" are not town twinning; "twin towns" and "town twinning" are', () => {
    expect(topics('Local digital twins help cities plan.')).not.toContain('town-twinning');
    expect(topics('Town twinning brings twin towns together.')).toContain('town-twinning');
  });
  it('an exchange of experience is not learning mobility; youth exchanges and pupil exchanges are', () => {
    expect(topics('Exchange of good practice between towns, exchanging experience.')).not.toContain(
      'mobility-exchange',
    );
    expect(topics('Utbyte av erfarenheter mellan kommuner.', { language: 'sv' })).not.toContain('mobility-exchange');
    expect(topics('Youth exchanges and a youth exchange programme.')).toContain('mobility-exchange');
    expect(topics('Ungdomsutbyte och internationella utbyten för elever.', { language: 'sv' })).toContain(
      'mobility-exchange',
    );
  });
});

describe('infrastructure and ecosystems of any kind are not transport or nature', () => {
  it('research, digital and data infrastructure are not transport; transport and charging infrastructure are', () => {
    expect(topics('Digital infrastructure and research infrastructure for universities.')).not.toContain(
      'mobility-transport',
    );
    expect(topics('Investments in transport infrastructure and charging infrastructure.')).toContain(
      'mobility-transport',
    );
  });
  it('an innovation or startup ecosystem is not nature; marine ecosystems are', () => {
    expect(topics('Ett starkt innovationsekosystem i regionen.', { language: 'sv' })).not.toContain(
      'biodiversity-nature',
    );
    expect(topics('Startup ecosystems thrive in the region.')).not.toContain('biodiversity-nature');
    expect(topics('Restoring marine ecosystems.')).toContain('biodiversity-nature');
    expect(topics('Restaurering av marina ekosystem.', { language: 'sv' })).toContain('biodiversity-nature');
  });
});

describe('procedure words that the stemmer folds into a concept are not topics', () => {
  it('access, transparent, competitive, foundation, consultants and besök of a call are no topics', () => {
    const t = topics(
      'Applicants access the portal; a transparent and competitive selection lays the foundation; consultants may be hired.',
    );
    for (const c of ['social-inclusion', 'local-democracy', 'business-development', 'civil-society']) {
      expect(t).not.toContain(c);
    }
    expect(t).not.toContain('participation-democracy');
    expect(topics('Vid besök hos handläggaren lämnas ansökan in.', { language: 'sv' })).not.toContain('tourism');
  });
  it('the nouns that name the concepts still count', () => {
    const t = topics(
      'Accessibility for all; consultation of citizens; transparency; foundations and NGOs; competitiveness of SMEs.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'social-inclusion',
        'participation-democracy',
        'local-democracy',
        'civil-society',
        'business-development',
      ]),
    );
    expect(topics('Fler besökare till regionen.', { language: 'sv' })).toContain('tourism');
  });
});
