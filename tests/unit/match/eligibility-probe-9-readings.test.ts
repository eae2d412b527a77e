/**
 * Readings that rounds ck–cn and co–cr of the eligibility probe (tests/fixtures/eligibility-probe, written blind in
 * the thirty-fourth and thirty-fifth sessions, read in the thirty-fifth) showed wrong, each as a general rule.
 * Sentences written for this test, none copied from the probe:
 * - a level compared with ("above the municipal level"), joint applications from several kommuner, bodies covering
 *   several kommuner: none refuses kommuner;
 * - those who have held the title or got the grant before, and "may not apply again": part of the class;
 * - "Authorities whose territory …": a relative clause that narrows the class;
 * - "Kommuner i X och Y län kan dock inte söka" in a nationwide call: the län's kommuner out, the rest in;
 * - a fund named as the reason others are refused is not the call's area;
 * - the funding regions "kan själva vara projektägare": they apply to their own call;
 * - "As an exception, organisations located in X län may participate as project partners": that län is in;
 * - a foreign region's call for partners from another country, paid, with Sweden among the countries;
 * - a region's call listing other län only; a länsstyrelse's grant that "kan sökas" by neighbouring län's kommuner;
 * - "Kommunal hälso- och sjukvård omfattas inte": an activity, not public bodies; "kan därför inte rekvirera";
 * - a city's fund abroad naming a kommun among its partner cities.
 */
import { describe, expect, it } from 'vitest';
import { scoredForSeed, seedAreaText, seedBlockers } from '../../support/seed-score.ts';

const blockers = seedBlockers;
const area = seedAreaText;
const applicant = (call: Parameters<typeof seedBlockers>[0], body: string) =>
  scoredForSeed(call, body).eligibility.applicantText.sv;

describe('a level compared with, joint bids and bodies over kommuner', () => {
  const call = {
    summary:
      'The award is open to local governments of all sizes in Council of Europe member states. Regions and other ' +
      'authorities above the municipal level cannot apply, and joint bids from two or more municipalities are not ' +
      'accepted. Intermunicipal bodies covering several municipalities are not eligible either.',
    eligibleCountries: ['Council of Europe member states'],
  };
  it('leaves kommuner in', () => {
    for (const body of ['karlskrona', 'linkoping', 'alvsbyn']) expect(blockers(call, body)).toEqual([]);
  });
  it('still refuses the region', () => {
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
  it('while "authorities at the municipal level are not eligible" refuses kommuner', () => {
    const refused = { ...call, summary: 'Authorities at the municipal level are not eligible; regions may apply.' };
    expect(blockers(refused, 'karlskrona')).toContain('applicant-type');
  });
});

describe('earlier winners and grant holders, not the class', () => {
  it('"cities that have already held the title may not apply again"', () => {
    const call = {
      summary:
        'Cities of any size in the EU may compete for the title. Cities that have already held the title may not ' +
        'apply again.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"kommuner som har fått stöd tidigare kan inte söka igen"', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Kommuner i hela landet kan söka bidrag till klimatanpassning. Kommuner som har fått bidraget 2025 eller ' +
        '2026 kan inte söka igen.',
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
  });
});

describe('a relative clause with "whose" narrows the class', () => {
  const call = {
    summary:
      'Lake and river authorities may apply for pilot grants. Municipalities whose territory holds no lake larger ' +
      'than 1 km² are not eligible.',
    eligibleCountries: ['EU Member States'],
  };
  it('does not refuse every kommun', () => {
    expect(blockers(call, 'linkoping')).not.toContain('applicant-type');
  });
});

describe('kommuner of named län left out of a nationwide call', () => {
  const call = {
    language: 'sv' as const,
    funder: 'Testverket',
    summary:
      'Stödet kan sökas av kommuner och regioner i hela landet. Kommuner i Jämtlands och Norrbottens län kan dock ' +
      'inte söka i denna omgång, eftersom de får motsvarande stöd genom Fonden för en rättvis omställning.',
    eligibleCountries: ['Sverige'],
    applicantTypes: ['Kommuner', 'Regioner'],
  };
  it('keeps the rest of the country in', () => {
    for (const body of ['karlskrona', 'linkoping', 'kalmar', 'kronoberg']) expect(blockers(call, body)).toEqual([]);
  });
  it('leaves a kommun of a named län out, by its area', () => {
    expect(blockers(call, 'alvsbyn')).toEqual(['outside-programme-area']);
    expect(area(call, 'alvsbyn')).toContain('Norrbottens län är ett av dem');
  });
  it('reads "ej kommuner i …" in a list of countries the same way', () => {
    const listed = {
      ...call,
      summary: 'Stödet kan sökas av kommuner och regioner.',
      eligibleCountries: ['Sverige (ej kommuner i Norrbottens län)'],
    };
    expect(blockers(listed, 'alvsbyn')).toEqual(['outside-programme-area']);
    expect(blockers(listed, 'kalmar')).toEqual([]);
  });
  it('but not where the län are the call\'s own ("kommuner i andra län kan inte söka")', () => {
    const own = { ...call, summary: 'Kommuner i Norrbottens län kan söka. Kommuner i andra län kan inte söka.' };
    expect(blockers(own, 'alvsbyn')).not.toContain('outside-programme-area');
  });
});

describe('the funding regions may apply to their own call', () => {
  const call = {
    language: 'sv' as const,
    funder: 'Region Kalmar län och Region Kronoberg',
    programme: 'Gemensam utlysning',
    summary:
      'Region Kalmar län och Region Kronoberg utlyser medel för gemensamma kollektivtrafikprojekt. Sökande kan vara ' +
      'kommuner och regioner i de två länen. Regionerna kan själva vara sökande, men ska då ha minst en kommun med.',
    eligibleCountries: ['Kalmar län', 'Kronobergs län'],
  };
  it('admits the region, telling why', () => {
    expect(blockers(call, 'kronoberg')).toEqual([]);
    expect(applicant(call, 'kronoberg')).toContain('själva kan söka');
  });
  it('while "kan inte själva söka" keeps the funder out', () => {
    const own = {
      ...call,
      summary: call.summary.replace('kan själva vara sökande, men ska då', 'kan inte själva söka och ska'),
    };
    expect(blockers(own, 'kronoberg')).toContain('applicant-type');
  });
});

describe('a län taken in by exception', () => {
  const call = {
    funder: 'Interreg Central Baltic',
    programme: 'Interreg Central Baltic 2021–2027',
    summary:
      'Partners must be located in the programme area. By way of exception, organisations located in Kalmar län may ' +
      'participate as project partners in projects on maritime safety.',
  };
  it('admits a kommun of that län', () => {
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('keeps other län outside', () => {
    expect(blockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
});

describe("a foreign region's call for paid partners abroad", () => {
  const call = {
    funder: 'Region Syddanmark',
    programme: 'Baltic Partnerships',
    summary:
      'Region Syddanmark invites municipalities in the region to lead projects on harbour towns. Each project must ' +
      'have at least one partner from another country. Partner municipalities can receive up to 20 % of the budget.',
    eligibleCountries: ['Denmark', 'Baltic Sea countries'],
    applicantTypes: ['Municipalities in Region Syddanmark (lead)', 'Municipalities (partners)'],
  };
  it('does not shut a Swedish kommun out', () => {
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(applicant(call, 'karlskrona')).not.toContain('svenska kommuner är inte bland dem');
  });
});

describe("a region's call to the regions around it", () => {
  const call = {
    language: 'sv' as const,
    funder: 'Region Skåne',
    programme: 'Regionsamverkan',
    summary:
      'Region Skåne utlyser medel för samverkan mellan regionerna i södra Sverige. Sökande ska vara Region Blekinge ' +
      'eller Region Kronoberg.',
    eligibleCountries: ['Blekinge län', 'Kronobergs län'],
    applicantTypes: ['Regioner'],
  };
  it('admits a region of a listed län', () => {
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
});

describe("a länsstyrelse's grant that neighbouring län's kommuner may apply for", () => {
  const call = {
    language: 'sv' as const,
    funder: 'Länsstyrelsen i Blekinge län',
    programme: 'Vattenförsörjning',
    summary:
      'Bidrag kan sökas av kommuner i Blekinge län och av kommuner i angränsande län, om projektet omfattar en kommun i ' +
      'Blekinge.',
    eligibleCountries: ['Blekinge län'],
    applicantTypes: ['Kommuner'],
  };
  it('admits a kommun of a neighbouring län', () => {
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('not one far away', () => {
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
  });
});

describe('an activity of a kind refused, not public bodies', () => {
  const call = {
    language: 'sv' as const,
    summary:
      'Medlen kan rekvireras av de regioner som bedriver specialiserad vård. Kommunal hälso- och sjukvård omfattas ' +
      'inte, och kommuner kan därför inte rekvirera medel.',
  };
  it('keeps the region in', () => {
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it('refuses kommuner by the later clause', () => {
    expect(blockers(call, 'kalmar')).toContain('applicant-type');
    expect(applicant(call, 'kalmar')).toContain('kommuner inte kan söka');
  });
});

describe("a city's fund abroad naming a kommun among its partner cities", () => {
  const call = {
    funder: 'Gdynia City Municipality',
    programme: 'Partner Cities Fund',
    summary:
      'The fund supports projects between organisations in Gdynia and its partner cities. Eligible partner cities are ' +
      'Kalmar (Sweden), Aalborg (Denmark) and Kotka (Finland). Part of the grant may go to the partner.',
    eligibleCountries: ['Poland (Gdynia)'],
    applicantTypes: ['NGOs in Gdynia'],
  };
  it('does not shut the named kommun out', () => {
    expect(blockers(call, 'kalmar')).not.toContain('country-not-eligible');
  });
  it('keeps another kommun out', () => {
    expect(blockers(call, 'karlskrona')).toContain('country-not-eligible');
  });
});

describe('bodies refused by name in the sentence after the refusal', () => {
  const call = {
    language: 'sv' as const,
    summary:
      'Stödet kan sökas av kommuner och regioner. Kommuner och regioner som fick stöd förra året kan inte söka igen. ' +
      'Det gäller Kalmar kommun, Borås stad och Region Kronoberg.',
  };
  it('refuses those named', () => {
    expect(blockers(call, 'kalmar')).toContain('applicant-type');
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
    expect(applicant(call, 'kalmar')).toContain('nämner Kalmar kommun bland dem');
  });
  it('admits the rest of the class', () => {
    expect(blockers(call, 'karlskrona')).toEqual([]);
  });
  it('not a list after a sentence that refuses nothing', () => {
    const admitted = {
      ...call,
      summary: 'Stödet kan sökas av några kommuner. Det gäller Kalmar kommun och Borås stad.',
    };
    expect(blockers(admitted, 'kalmar')).not.toContain('applicant-type');
  });
});

describe('a size refused with a bracket before the refusal', () => {
  const call = {
    summary:
      'The grant is open to municipalities. Municipalities with more than 100,000 inhabitants (Statistics Sweden, ' +
      '31 December 2025) are not eligible in this round.',
  };
  it('refuses the larger kommun', () => {
    expect(blockers(call, 'linkoping')).toContain('population-limit');
  });
  it('admits the smaller', () => {
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
});

describe('a call choosing its participants', () => {
  const call = {
    summary:
      'We are looking for small municipalities with fewer than 20 000 inhabitants to take part as case studies. ' +
      'Regional authorities cannot be selected.',
  };
  it('refuses the region', () => {
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
});

describe('"the counties of …" as a call\'s area', () => {
  const call = {
    summary: 'Who can apply? The call is open to municipalities in the counties of Norrbotten and Västerbotten.',
    eligibleCountries: ['Sweden'],
  };
  it('admits a kommun of a named county', () => {
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('leaves one elsewhere outside, quoting the call', () => {
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
    expect(area(call, 'kalmar')).toContain('"counties of Norrbotten and Västerbotten"');
  });
});

describe('applicants in Sweden referred elsewhere', () => {
  const call = {
    language: 'sv' as const,
    funder: 'Finlandssvenska kulturstiftelsen',
    summary:
      'Stiftelsen stöder kultur på svenska i Finland. Kommuner, föreningar och skolor i Finland kan söka. Sökande i ' +
      'Sverige hänvisas till andra finansiärer.',
    eligibleCountries: ['Finland'],
  };
  it('shuts a Swedish kommun out, quoting where they go instead', () => {
    expect(blockers(call, 'karlskrona')).toContain('country-not-eligible');
    expect(area(call, 'karlskrona')).toContain('hänvisas till andra finansiärer');
  });
});

describe("a chosen group's Swedish members named", () => {
  const only = {
    summary:
      'The call is restricted to the cities selected for the Net Zero Pilot in 2024. In Sweden these are Lund, Umeå ' +
      'and Kalmar. Other municipalities cannot apply.',
    eligibleCountries: ['EU Member States'],
  };
  it('admits a named kommun', () => {
    expect(blockers(only, 'kalmar')).toEqual([]);
  });
  it('leaves an unnamed kommun out', () => {
    expect(blockers(only, 'linkoping')).toContain('outside-programme-area');
  });
  it("while a refused group's members are those left out", () => {
    const refused = {
      summary:
        'Cities of at least 50 000 inhabitants may apply. Cities already selected for the Net Zero Pilot are not ' +
        'eligible; in Sweden these are Lund, Umeå and Kalmar.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(refused, 'linkoping')).toEqual([]);
    expect(blockers(refused, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('round cs–cv: non-city partners, paid partners, clusters, neighbouring län', () => {
  it('"non-city partners … are not eligible" leaves kommuner in', () => {
    const call = {
      summary:
        'Networks gather cities of any size. Non-city partners such as regional authorities and universities are not ' +
        'eligible in this call.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
  it('a lead role refused, and "kan delta som samarbetspartner" with a share of the budget', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Huvudsökande ska vara en ideell förening. Kommuner och regioner kan inte vara huvudsökande, men kan delta som ' +
        'samarbetspartner och får då del av budgeten.',
      applicantTypes: ['Ideella föreningar', 'Stiftelser'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it("smaller kommuner in a lead city's cluster, funded", () => {
    const call = {
      summary:
        'The lead applicant must be a local authority with at least 50 000 inhabitants. A lead city may form a cluster ' +
        'with up to two smaller municipalities; cluster members receive part of the grant.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'alvsbyn')).not.toContain('population-limit');
  });
  it('"i Östergötlands län eller angränsande län" holds the län next to it', () => {
    const call = {
      language: 'sv' as const,
      funder: 'Stiftelsen Testbygd',
      summary: 'Sökande ska vara verksam i Kronobergs län eller angränsande län. Kommuner och föreningar kan söka.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(area(call, 'kalmar')).toContain('Kronobergs län och angränsande län');
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it("a region's grant to prepare applications to other programmes is for its own län", () => {
    const call = {
      language: 'sv' as const,
      funder: 'Region Kronoberg',
      programme: 'Internationaliseringsstöd',
      title: 'Projektförberedande stöd för Interreg Södra Östersjön och Östersjöprogrammet',
      summary: 'Stödet kan sökas av kommuner och föreningar i Kronobergs län. Aktörer utanför länet kan inte söka.',
    };
    expect(blockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
  it('"verksam i någon av ägarkommunerna: A, B och C" is an area of kommuner', () => {
    const call = {
      language: 'sv' as const,
      funder: 'Stiftelsen Testenergi',
      summary:
        'Sökande ska vara verksam i någon av stiftelsens ägarkommuner: Kalmar, Nybro och Torsås. Föreningar och skolor ' +
        'kan söka.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
});

describe('leading refused, taking part not', () => {
  it('"kan alltså inte leda centrumet men deltar som parter" leaves kommuner in', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Huvudsökande ska vara ett universitet. Kommuner och regioner kan alltså inte leda centrumet men deltar som ' +
        'parter och kan få finansiering.',
    };
    expect(blockers(call, 'kalmar')).not.toContain('applicant-type');
  });
  it('while "kan varken leda eller delta" refuses them', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Föreningar kan söka. Kommuner kan varken leda eller delta i projekten.',
    };
    expect(blockers(call, 'kalmar')).toContain('applicant-type');
  });
});

describe('round cw–cz', () => {
  it('a care field "som bedrivs i regionens regi" refuses the owner only', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Statsbidraget kan rekvireras av kommuner för äldreomsorg. Regionerna omfattas inte, eftersom hälso- och ' +
        'sjukvård som bedrivs i regionens regi inte ingår.',
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"Kommuner mellan 30 000 och 100 000 invånare … kan inte vara sökande" refuses a size band', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Huvudsökande ska vara en kommun med minst 100 000 invånare. Kommuner mellan 30 000 och 100 000 invånare kan ' +
        'inte vara sökande.',
    };
    expect(blockers(call, 'linkoping')).not.toContain('applicant-type');
  });
  it('"All countries except …" holds Sweden unless named', () => {
    const call = { summary: 'City governments may apply.', eligibleCountries: ['All countries except Russia, Iran'] };
    expect(blockers(call, 'linkoping')).not.toContain('country-not-eligible');
    const without = { ...call, eligibleCountries: ['All countries except Sweden and Norway'] };
    expect(blockers(without, 'linkoping')).toContain('country-not-eligible');
  });
  it('"Kustkommuner vid Östersjön" beside foundations in a list admits a coastal kommun', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Vem kan söka? Föreningar, stiftelser och kustkommuner vid Östersjön.',
      applicantTypes: ['Ideella föreningar', 'Stiftelser', 'Kustkommuner vid Östersjön'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(applicant(call, 'karlskrona')).toContain('ligger vid havet');
  });
  it("a city's own partnership open to municipalities in a group of countries holding Sweden", () => {
    const call = {
      funder: 'City of Gdańsk',
      programme: 'Baltic Partnership',
      summary:
        'The City of Gdańsk invites municipalities in the Baltic Sea countries to join its partnership. Partner ' +
        'municipalities receive a grant for staff time.',
      eligibleCountries: ['Baltic Sea countries'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"minst två kommuner, varav minst en ska ha färre än 20 000 invånare" limits no single applicant', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Ansökan ska göras gemensamt av minst två kommuner, varav minst en ska ha färre än 20 000 invånare. Övriga ' +
        'kommuner kan vara av vilken storlek som helst.',
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
  });
  it('members "established in EU Member States" beside a lead from elsewhere', () => {
    const call = {
      summary:
        'The lead applicant must be a municipality established in a third country associated to the Programme. The ' +
        'network must include at least three further municipalities, of which at least two must be established in EU ' +
        'Member States.',
      eligibleCountries: ['Third countries associated to the Programme'],
    };
    expect(blockers(call, 'kalmar')).not.toContain('country-not-eligible');
    expect(area(call, 'kalmar')).toContain('Sverige bland dem');
  });
  it('"Undantaget gäller …" after a refusal makes it partial', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Ideella föreningar kan söka. Kommuner kan inte söka projektstöd. Undantaget gäller lokalstöd, som även kan ' +
        'sökas av kommuner.',
    };
    expect(blockers(call, 'kalmar')).not.toContain('applicant-type');
  });
});

describe('round da–dd', () => {
  it('costs refused, the body their agent', () => {
    const call = {
      summary:
        'Public bodies and universities in EU Member States may apply. Investments carried out by public bodies are not ' +
        'eligible costs under this topic.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"In Strand B, public authorities are not eligible" refuses one strand only', () => {
    const call = {
      summary:
        'Municipalities, regions and NGOs may apply in Strands A and C. In Strand B, public authorities are not ' +
        'eligible.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"Offentliga aktörer kan inte söka, med undantag för kommuner med färre än 15 000 invånare"', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Ideella föreningar kan söka. Offentliga aktörer kan inte söka, med undantag för kommuner med färre än 15 000 ' +
        'invånare. Regioner omfattas inte av undantaget.',
      applicantTypes: ['Föreningar', 'Kooperativ', 'Kommuner med färre än 15 000 invånare'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('population-limit');
    expect(applicant(call, 'kalmar')).toContain('inte uppfyller');
  });
  it('a region word as a place ("located in the partner regions") or a predicate ("som inte själva är regional …")', () => {
    const located = {
      summary:
        'Only the regional authorities of the partner regions may apply. Companies located in the partner regions ' +
        'cannot apply.',
    };
    expect(blockers(located, 'kronoberg')).not.toContain('applicant-type');
    const predicate = {
      language: 'sv' as const,
      summary:
        'Regionala kollektivtrafikmyndigheter kan söka. Kommuner som inte själva är regional kollektivtrafikmyndighet ' +
        'kan inte söka.',
    };
    expect(blockers(predicate, 'kronoberg')).not.toContain('applicant-type');
  });
  it('"Kommunernas hälso- och sjukvård omfattas inte" leaves the region in', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Statsbidraget kan rekvireras av regionerna. Kommunernas hälso- och sjukvård omfattas inte.',
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it("a city's fund abroad open to municipalities of named Swedish counties", () => {
    const call = {
      funder: 'Gdynia City Municipality',
      programme: 'Youth Twinning Fund',
      summary:
        'The fund is open to municipalities in Pomorskie, Kalmar County and Blekinge County. Each participating ' +
        'municipality receives a share of the grant.',
      eligibleCountries: ['Poland', 'Sweden'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(area(call, 'karlskrona')).toContain('Blekinge län');
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
});

describe('round de–dh', () => {
  it('"Other levels of public administration, such as regional authorities, are not eligible" leaves kommuner in', () => {
    const call = {
      summary:
        'Applicants must be towns or municipalities. Other levels of public administration, such as regional or ' +
        'national authorities, are not eligible.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
  it('smaller municipalities named before "delivery partners … receive ERDF" are a way in under a size', () => {
    const call = {
      summary:
        'The main urban authority must be a local administrative unit with at least 50 000 inhabitants. Other bodies, ' +
        'including smaller municipalities, may join as delivery partners and receive ERDF for their activities.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'alvsbyn')).not.toContain('population-limit');
  });
  it('"belägna i en gränsregion längs en inre landgräns" is a border territory', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Sökande ska vara offentliga myndigheter på lokal och regional nivå, belägna i en gränsregion längs en inre ' +
        'landgräns mellan EU:s medlemsstater.',
      eligibleCountries: ['EU:s medlemsstater'],
    };
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
    expect(blockers(call, 'alvsbyn')).not.toContain('outside-programme-area');
  });
});

describe('round di–dl', () => {
  it('"Public bodies at regional or national level are not eligible" refuses those levels only', () => {
    const call = {
      summary:
        'The following may apply: a non-profit organisation or a public body at local level. Public bodies at regional ' +
        'or national level are not eligible to apply in this action.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
  it('"Regioner i kustlän kan inte söka" is part of the class', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Kommuner och regioner i inlandslän kan söka. Regioner i kustlän kan inte söka.',
    };
    expect(blockers(call, 'kronoberg')).not.toContain('applicant-type');
  });
  it('"en kommun i ett kustlän eller en kommun med fler än 100 000 invånare" sets no size limit in the text', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Stödet kan sökas av en kommun i ett kustlän eller en kommun med fler än 100 000 invånare.',
    };
    expect(blockers(call, 'kalmar')).not.toContain('population-limit');
  });
});
