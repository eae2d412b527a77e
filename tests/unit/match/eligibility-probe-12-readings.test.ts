/**
 * Readings that round ew–ez of the eligibility probe (tests/fixtures/eligibility-probe, written blind in the
 * thirty-seventh session, read in the thirty-eighth) showed wrong, each as a general rule. Sentences written for this
 * test, none copied from the probe:
 * - "staff costs of public bodies …, and VAT … is not eligible": the bodies' costs, not the bodies;
 * - "organisations in the adjacent Swedish counties of … may be partners receiving ERDF; their share may not exceed
 *   …": funded partners from named län outside the area, the cap no refusal;
 * - "Beneficiaries located outside the programme area … may receive ERDF": funded partners from outside;
 * - a size limit of the lead role said after the size ("… with at least 50 000 inhabitants may apply as main urban
 *   authority") leaves smaller kommuner the way in as funded partners; "other local authorities cannot be project
 *   partners" is no way in;
 * - "Regional authorities acting in a general regional development capacity cannot be beneficiaries": one capacity;
 * - "Kommuner som … klassas som storstadskommuner kan inte söka": a class by a classification;
 * - "Offentliga organisationer omfattas inte av statsstödsreglerna": exempt from a rule;
 * - "Municipalities with more than 30 000 inhabitants, regional authorities and companies cannot be project partners"
 *   and the list entry "Ej kommuner över 15 000 invånare": the size refused, the other side the limit.
 */
import { describe, expect, it } from 'vitest';
import { scoredForSeed, seedAreaText, seedBlockers } from '../../support/seed-score.ts';

const blockers = seedBlockers;
const area = seedAreaText;
const applicant = (over: Parameters<typeof scoredForSeed>[0], body: string) =>
  scoredForSeed(over, body).eligibility.applicantText.sv;

describe('a body word owning costs', () => {
  it('is not refused by a negation later in the sentence', () => {
    const call = {
      programme: 'Interreg South Baltic 2021–2027',
      title: 'Call for small-scale cooperation projects',
      summary:
        'Lead partners may be public authorities or non-governmental organisations located in the programme area. ' +
        'Salaries and staff costs of public bodies are reimbursed as a flat rate, and recoverable VAT is not eligible.',
      eligibleCountries: ['Sweden', 'Denmark', 'Poland'],
      applicantTypes: ['Public authorities', 'NGOs'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
});

describe('areas outside a programme area the call funds', () => {
  it('takes in named adjacent counties whose share is capped', () => {
    const call = {
      programme: 'Interreg Öresund-Kattegat-Skagerrak 2021–2027',
      title: 'Call for projects on circular economy',
      summary:
        'The programme funds cross-border projects on the circular economy. Public authorities, universities and ' +
        'companies may take part. Moreover, bodies located in the adjacent Swedish counties of Kronoberg and ' +
        'Blekinge may join as partners receiving ERDF, but their total share may not exceed 15% of the budget.',
      eligibleCountries: ['Sweden', 'Denmark', 'Norway'],
      applicantTypes: ['Public authorities', 'Universities', 'Companies'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
    expect(area(call, 'kronoberg')).toContain('tar med parter också från Kronobergs län');
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('takes in beneficiaries from elsewhere in the participating states', () => {
    const call = {
      programme: 'Interreg North Sea 2021–2027',
      title: 'Fourth call: climate adaptation',
      summary:
        'The programme supports projects on climate adaptation. Beneficiaries located outside the programme area ' +
        'but in a participating Member State may receive ERDF when their work benefits the programme area. Public ' +
        'authorities and NGOs are eligible.',
      eligibleCountries: ['Belgium', 'Denmark', 'Sweden'],
      applicantTypes: ['Public authorities', 'NGOs'],
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
    expect(area(call, 'linkoping')).toContain('tar med parter utanför området');
  });
});

describe('a size limit on the lead role', () => {
  it('said after the size leaves smaller kommuner a way in as funded partners', () => {
    const call = {
      programme: 'European Urban Initiative',
      title: 'Call for innovative actions',
      summary:
        'Any local authority of a unit with at least 50 000 inhabitants may apply as main urban authority. Projects ' +
        'may involve delivery partners, which can be any public or private body, including smaller municipalities ' +
        'and regional authorities. Delivery partners receive a share of the ERDF grant.',
      eligibleCountries: ['EU Member States'],
      applicantTypes: ['Urban authorities', 'Delivery partners'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(applicant(call, 'alvsbyn')).toContain('väg in för mindre kommuner');
  });
  it('is no way in where the smaller are refused as partners', () => {
    const call = {
      programme: 'European Urban Initiative',
      title: 'Call for innovative actions',
      summary:
        'Main urban authorities must be municipalities with at least 50 000 inhabitants. Each project may include ' +
        'partners such as universities and companies, but regional authorities and smaller municipalities cannot ' +
        'be project partners. Projects can receive up to EUR 5 million of ERDF co-financing.',
      eligibleCountries: ['EU Member States'],
      applicantTypes: ['Urban authorities'],
    };
    expect(blockers(call, 'alvsbyn')).not.toEqual([]);
    expect(applicant(call, 'alvsbyn')).not.toContain('väg in');
  });
});

describe('a refusal of part of a class', () => {
  it('by one capacity of the body', () => {
    const call = {
      programme: 'Interreg South Baltic 2021–2027',
      title: 'Targeted call: regional bus and rail links',
      summary:
        'Municipalities and public transport authorities are eligible. Regional authorities acting in a general ' +
        'development capacity cannot be beneficiaries; they are eligible only as public transport authorities.',
      eligibleCountries: ['Sweden', 'Denmark', 'Poland'],
      applicantTypes: ['Municipalities', 'Public transport authorities'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it('by a classification', () => {
    const call = {
      funder: 'Post- och telestyrelsen',
      title: 'Stöd till lokal samordning av bredband',
      summary:
        'Stödet går till kommuner i glesbygd. Kommuner som enligt Tillväxtverkets indelning räknas som täta ' +
        'kommuner kan inte söka.',
      eligibleCountries: ['Sverige'],
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('not by an exemption from a rule', () => {
    const call = {
      funder: 'Naturvårdsverket',
      title: 'Stöd till lokala klimatinvesteringar',
      summary:
        'Kommuner, regioner och företag kan söka stöd till investeringar som minskar utsläppen. Offentliga ' +
        'organisationer omfattas inte av statsstödsreglerna för sin myndighetsutövning.',
      eligibleCountries: ['Sverige'],
      applicantTypes: ['Kommuner', 'Regioner', 'Företag'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
});

describe('a size refused', () => {
  it('after the rest of a list, its other side the limit', () => {
    const call = {
      programme: 'Interreg Baltic Sea Region',
      title: 'Small projects for small municipalities',
      summary:
        'Partners must be municipalities with fewer than 25 000 inhabitants. Municipalities with more than 25 000 ' +
        'inhabitants, regional authorities, universities and companies cannot be project partners in this call.',
      eligibleCountries: ['Sweden', 'Finland', 'Estonia'],
      applicantTypes: ['Small municipalities'],
    };
    expect(blockers(call, 'kalmar')).toContain('population-limit');
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('as a list entry opened by "Ej"', () => {
    const call = {
      funder: 'Stiftelsen Levande bygd',
      title: 'Stöd till små kommuners utveckling',
      summary:
        'Vem kan söka Kommuner med högst 12 000 invånare Ej regioner Ej kommuner över 12 000 invånare Belopp Upp ' +
        'till 800 000 kronor',
      eligibleCountries: ['Sverige'],
      applicantTypes: ['Kommuner med högst 12 000 invånare'],
    };
    expect(blockers(call, 'karlskrona')).toContain('population-limit');
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
});

/**
 * (fa–fd, written blind in the thirty-eighth session and read in it) a call's own statement of its Swedish part that
 * leaves out a län the programme data holds; an area of named kommuner "samt de delar av X kommun som …".
 */
describe('a call’s statement of its area beside the programme data', () => {
  it('leaves a län the data holds but the call does not list open, saying both', () => {
    const call = {
      programme: 'Interreg North Sea 2021–2027',
      title: 'Call 6: green ports',
      summary:
        'The programme funds transnational pilots for greener ports. In Sweden the programme area consists of ' +
        'Västra Götalands län and Hallands län. Public authorities may lead.',
      eligibleCountries: ['Sweden', 'Denmark', 'Netherlands'],
      applicantTypes: ['Public authorities'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
    expect(area(call, 'kronoberg')).toContain('men utlysningen räknar inte upp det');
  });
});

describe('an area of named kommuner and parts of another', () => {
  it('takes in the kommun whose parts it names', () => {
    const call = {
      funder: 'Leader Sjöbygden',
      title: 'Projektstöd för landsbygdens utveckling',
      summary:
        'Leaderområdet omfattar kommunerna Mjölby, Boxholm och Ödeshög samt de delar av Linköpings kommun som ligger ' +
        'utanför tätorten. Föreningar, företag och kommuner kan söka.',
      eligibleCountries: ['Sverige'],
      applicantTypes: ['Föreningar', 'Företag', 'Kommuner'],
      language: 'sv' as const,
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('a list of countries made of NUTS codes', () => {
  it('limits Sweden to the län its Swedish codes name', () => {
    const call = {
      funder: 'Nordic Innovation',
      title: 'Pilot sites for shared mobility',
      summary: 'Municipalities may apply to host a pilot site. Pilot sites must lie in the listed NUTS 3 regions.',
      eligibleCountries: ['SE213', 'SE221', 'FI1C1', 'NO0A2'],
      applicantTypes: ['Municipalities'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
  });
});

/** (fe–fh, the same) kinds of the public class excepted from its refusal; kommuner by where their area borders. */
describe('an exception to a refusal of public bodies', () => {
  it('lets the kinds it names apply, and its own limit still holds', () => {
    const call = {
      funder: 'Post- och telestyrelsen',
      title: 'Stöd till bredband på landsbygden',
      summary:
        'Stödet går i första hand till nätägare. Offentliga aktörer kan inte söka. Undantag: kommuner och regioner ' +
        'får söka för nät som de själva äger. Undantaget gäller inte kommuner med fler än 100 000 invånare.',
      eligibleCountries: ['Sverige'],
      applicantTypes: ['Nätägare', 'Kommuner (undantag)', 'Regioner (undantag)'],
      language: 'sv' as const,
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('population-limit');
  });
});

describe('kommuner refused by where their area borders', () => {
  it('are a kind of kommun, not the class', () => {
    const call = {
      funder: 'Havs- och vattenmyndigheten',
      title: 'Bidrag mot nedskräpning av stränder',
      summary:
        'Kommuner vid havet kan söka bidrag för strandstädning. Kommuner som bara gränsar till insjöar omfattas inte.',
      eligibleCountries: ['Sverige'],
      applicantTypes: ['Kommuner'],
      language: 'sv' as const,
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
  });
});

describe('a footnote mark after a list entry', () => {
  it('is the page’s pointer to a note, not part of the name', () => {
    const call = {
      funder: 'Havs- och vattenmyndigheten',
      title: 'Bidrag mot marint skräp',
      summary:
        'Vem kan söka Kustkommuner* Ej regioner. * Med kustkommun avses en kommun vars område gränsar till havet.',
      eligibleCountries: ['Sverige'],
      applicantTypes: ['Kustkommuner*'],
      language: 'sv' as const,
    };
    expect(applicant(call, 'kalmar')).not.toContain('framgår inte');
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
});
