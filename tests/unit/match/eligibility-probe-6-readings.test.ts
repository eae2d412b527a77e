/**
 * Readings that the eleventh round of the eligibility probe (parts ao–ar of tests/fixtures/eligibility-probe, written
 * blind in the thirty-second session and first read in the thirty-third) showed wrong, each as a general rule.
 * Sentences written for this test, none copied from the probe:
 * - "Kommuner kan inte vara projektägare, men kan vara samverkanspart med egna kostnader": a party, not refused;
 * - "Organisationer utanför länet kan också vara projektägare, om …": a region's call open beyond its län;
 * - "Region Kronobergs egna verksamheter" among those who apply to Region Kronoberg's own funds: the region applies;
 * - a network's call "for members only" naming its member cities in Sweden: only those kommuner;
 * - "mindre kommuner och regioner kan delta som medsökande": a way in under a size limit, for both;
 * - "municipalities situated on the Baltic Sea coast": coastal kommuner;
 * - "any city in an EU Member State or associated country with at least 50 000 inhabitants": the city's size;
 * - "national ministries of health", "national public health institutes": the state's bodies;
 * - towns "or non-profit organisations representing local authorities": the local level, no region;
 * - "företag och regioner som leverantörer": bodies the project hires, not applicants.
 */
import { describe, expect, it } from 'vitest';
import { scoredForSeed, seedBlockers } from '../../support/seed-score.ts';

const blockers = seedBlockers;

describe('a refusal of the lead role, then a funded part', () => {
  const call = {
    language: 'sv' as const,
    summary:
      'Medlen går till projekt för regional kompetensförsörjning. Sökande ska vara en region. Kommuner kan inte vara ' +
      'projektägare, men kan vara samverkanspart med egna kostnader i budgeten.',
    applicantTypes: ['Regioner'],
  };
  it('lets kommuner take part', () => {
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(scoredForSeed(call, 'kalmar').eligibility.applicantText.sv).toContain('parter i projekten');
  });
  it('while "kan inte vara projektägare eller samverkanspart" still shuts them out', () => {
    const shut = {
      ...call,
      summary: 'Sökande ska vara en region. Kommuner kan inte vara projektägare eller samverkanspart.',
    };
    expect(blockers(shut, 'kalmar')).toContain('applicant-type');
  });
});

describe("a region's call that admits project owners from outside its län", () => {
  const call = {
    language: 'sv' as const,
    funder: 'Region Östergötland',
    programme: 'Regionala utvecklingsmedel',
    summary:
      'Regionen utlyser utvecklingsmedel för innovation i Östergötland. Offentliga aktörer och lärosäten kan söka. ' +
      'Organisationer utanför länet kan också vara projektägare, om projektet gör nytta i Östergötland.',
    applicantTypes: ['Offentliga aktörer', 'Lärosäten'],
  };
  it('shuts no body elsewhere out', () => {
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('while without the sentence the call keeps to its län', () => {
    const own = { ...call, summary: 'Regionen utlyser utvecklingsmedel för innovation. Offentliga aktörer kan söka.' };
    expect(blockers(own, 'alvsbyn')).toContain('outside-programme-area');
  });
});

describe("a region's own units among those who apply to its own funds", () => {
  const call = {
    language: 'sv' as const,
    funder: 'Region Kronoberg',
    programme: 'Folkhälsomedel',
    summary:
      'Medlen går till insatser för jämlik hälsa i länet. De kan sökas av kommunerna i länet och av Region ' +
      'Kronobergs egna verksamheter, till exempel vårdcentraler.',
    applicantTypes: ['Kommuner i Kronobergs län', 'Region Kronobergs egna verksamheter'],
  };
  it('let the region apply', () => {
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it('but not where the call says they may not', () => {
    const refused = {
      ...call,
      summary: 'Medlen kan sökas av kommunerna i länet. Region Kronobergs egna verksamheter kan inte söka.',
      applicantTypes: ['Kommuner i Kronobergs län'],
    };
    expect(blockers(refused, 'kronoberg')).not.toEqual([]);
  });
});

describe("a network's call for its members, naming its Swedish members", () => {
  const call = {
    funder: 'Baltic Towns Network',
    summary:
      'The fund is for members only: the lead applicant must be a member city. Member cities in Sweden are Gävle, ' +
      'Kalmar, Luleå and Norrtälje. Non-member cities are not eligible.',
    applicantTypes: ['Member cities'],
  };
  it('is open to a kommun named, and to no other', () => {
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'linkoping')).not.toEqual([]);
  });
});

describe('smaller kommuner and regions as co-applicants under a size limit', () => {
  it('lets both take part', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Huvudsökande ska vara en kommun med fler än 50 000 invånare. Mindre kommuner och regioner kan delta som ' +
        'medsökande med egen budget.',
      applicantTypes: ['Kommuner', 'Regioner som medsökande'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
});

describe('kommuner on the sea coast, in other words', () => {
  it('"municipalities situated on the Baltic Sea coast" are coastal kommuner', () => {
    const call = {
      summary:
        'The fund supports harbour towns. Eligible partners are municipalities situated on the Baltic Sea coast ' +
        'in Finland, Poland or Sweden.',
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('"kommuner längs kusten" too, after who may apply', () => {
    const call = { language: 'sv' as const, summary: 'Stödet kan sökas av kommuner längs kusten för strandskydd.' };
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
});

describe('a size after the country a city lies in', () => {
  it('is the size of the city', () => {
    const call = {
      summary:
        'Partner cities can be any city in an EU Member State or an associated country with at least 50 000 ' +
        'inhabitants.',
      applicantTypes: ['Cities'],
    };
    expect(blockers(call, 'alvsbyn')).toContain('population-limit');
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
});

describe("the state's ministries and institutes", () => {
  it('are no kommun or region', () => {
    const call = {
      summary:
        'A direct grant for a joint action on vaccination. Eligible applicants are the national ministries of ' +
        'health or the national public health institutes they nominate.',
      applicantTypes: ['National ministries of health', 'National public health institutes'],
    };
    expect(blockers(call, 'linkoping')).toContain('applicant-type');
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
});

describe('towns and the organisations that represent them', () => {
  const call = {
    summary:
      'Twinning events for citizens. Applicants must be towns, or non-profit organisations representing local authorities.',
    applicantTypes: ['Towns', 'Non-profit organisations representing local authorities'],
  };
  it('are the local level: a region is not among them', () => {
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('while towns beside associations of any kind leave it open', () => {
    const open = { ...call, applicantTypes: ['Towns', 'Non-profit organisations'], summary: 'Twinning events.' };
    expect(blockers(open, 'kronoberg')).toEqual([]);
  });
});

describe('bodies the project hires', () => {
  it('"regioner som leverantörer" names no region among the applicants', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stödet gäller digitala tjänster och kan sökas av kommuner. Projekten får anlita företag och regioner som ' +
        'leverantörer, men stödet beviljas endast de sökande kommunerna.',
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('while regions that "kan delta i projekten" beside "bara kommuner kan ansöka" take part', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Vem kan söka? Kommuner. Regioner och lärosäten kan delta i projekten, men det är bara kommuner som kan ' +
        'ansöka och vara huvudpartner.',
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
});

// The twelfth round (parts as–av, written blind this session and counted before they were read).

describe('a way in refused, not the class', () => {
  it('"kan inte söka direkt hos" the agency, where the call names the body that applies for them', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Medlen går till kommunernas äldreomsorg. Ansökan görs via ett nationellt nätverk som fördelar medlen till ' +
        'kommunerna. Kommuner kan inte söka direkt hos myndigheten.',
      applicantTypes: ['Kommuner (via nätverket)'],
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
  });
});

describe('a size for the lead, and partners of any size the project funds', () => {
  it('lets a small kommun take part as a delivery partner with a share of the grant', () => {
    const call = {
      summary:
        'The lead urban authority must be a municipality with at least 50 000 inhabitants. Delivery partners may be ' +
        'any public or private body, including smaller municipalities, and receive a share of the grant.',
      applicantTypes: ['Urban authorities (at least 50 000 inhabitants)', 'Delivery partners'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('while partners named only as universities and companies leave the limit whole', () => {
    const call = {
      summary:
        'The lead urban authority must be a municipality with at least 50 000 inhabitants. It may involve delivery ' +
        'partners such as universities and companies.',
      applicantTypes: ['Urban authorities (at least 50 000 inhabitants)'],
    };
    expect(blockers(call, 'alvsbyn')).toContain('population-limit');
  });
  it('and smaller cities "as associate partners" (no money) are no way in', () => {
    const call = {
      summary:
        'Only cities with more than 250 000 inhabitants may apply; smaller cities can join as associate partners.',
      applicantTypes: ['Cities'],
    };
    expect(blockers(call, 'kalmar')).toContain('population-limit');
  });
});

describe('"NUTS 3 regions"', () => {
  it('are places, not regional authorities refused', () => {
    const call = {
      summary:
        'Partners must be located in the programme area. Local and regional authorities may apply. Partners ' +
        'located outside these NUTS 3 regions are not eligible.',
      applicantTypes: ['Local and regional public authorities'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
});

describe('a fund several kommuner keep together, named between dashes', () => {
  const call = {
    language: 'sv' as const,
    funder: 'Piteå kommun',
    summary:
      'Kommunerna i Norrbottens kustland – Piteå, Luleå, Kalix och Älvsbyn – har avsatt gemensamma medel för ' +
      'kompetensförsörjning. Medlen kan sökas av de fyra kommunerna.',
    applicantTypes: ['Kommunerna i samarbetet'],
  };
  it('is for those kommuner: the one named is inside, the others outside', () => {
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('the territory words of coastal calls', () => {
  it('"authorities of inland municipalities are not eligible" refuses only inland ones', () => {
    const call = {
      summary:
        'Eligible applicants are local authorities representing coastal and island communities. Authorities of ' +
        'inland municipalities are not eligible.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('"coastal communities" as one entry among many others limits nothing', () => {
    const call = {
      summary: 'The topic gathers the players of the blue economy.',
      applicantTypes: ['fishers', 'coastal communities', 'local authorities', 'SMEs', 'NGOs'],
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
  });
});

describe('a list of the outermost regions by name', () => {
  it('is where applicants must be: Sweden has none', () => {
    const call = {
      summary: 'Small grants for nature conservation. Local authorities and NGOs established there may apply.',
      eligibleCountries: ['Guadeloupe', 'Martinique', 'Réunion', 'Madeira', 'Canary Islands'],
      applicantTypes: ['Local authorities', 'NGOs'],
    };
    expect(blockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
});

describe("the state's contact points and action groups of LEADER", () => {
  it('"national contact points" are the state\'s', () => {
    const call = { summary: 'Only national contact points may apply for this networking grant.' };
    expect(blockers(call, 'kalmar')).toContain('applicant-type');
  });
  it('"local action groups" are associations', () => {
    const call = { summary: 'Only local action groups may apply for cooperation funding.' };
    expect(blockers(call, 'kalmar')).toContain('applicant-type');
  });
});

// The thirteenth round (parts aw–az, written blind this session and counted before they were read).

describe("a region's own call whose list of countries names neighbouring län", () => {
  const call = {
    language: 'sv' as const,
    funder: 'Region Kalmar län',
    programme: 'Regionala projektmedel',
    summary:
      'Regionen fördelar projektmedel. Projektägare ska finnas i Kalmar län; medsökande får vara offentliga aktörer ' +
      'i Blekinge och Kronobergs län.',
    eligibleCountries: ['Kalmar län', 'Blekinge län', 'Kronobergs län'],
    applicantTypes: ['Offentliga aktörer'],
  };
  it('covers those län too, and no other', () => {
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(scoredForSeed(call, 'karlskrona').eligibility.areaText.sv).toContain('gäller också Blekinge län');
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
});

describe('applicants abroad, partners in Sweden', () => {
  it('"tillsammans med minst en samarbetspart i Danmark, Norge, Sverige" shuts no Swedish body out', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Sökande ska ha hemort på Åland. Projektet ska genomföras tillsammans med minst en samarbetspart i Danmark, ' +
        'Norge eller Sverige; samarbetsparter kan vara kommuner eller regioner.',
      eligibleCountries: ['Åland'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('while partners "from Norrbotten in Sweden" at their own cost do not open it', () => {
    const call = {
      summary:
        'Applicants must be located in Nordland. Projects must involve a partner from Norrbotten in Sweden; these ' +
        'partners take part at their own cost.',
      eligibleCountries: ['Norway (Nordland)'],
    };
    expect(blockers(call, 'kalmar')).not.toEqual([]);
  });
});

describe('kommuner named by a defining word', () => {
  it('"Behöriga kommuner i denna utlysning är: …" are the only applicants', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Medlen går till näringslivsarbete. Behöriga kommuner i denna utlysning är: Arjeplog, Jokkmokk, Älvsbyn och Pajala.',
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('"Med fjällkommunerna avses här …" too', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Bidrag till fjällkommunerna. Med fjällkommunerna avses här Kiruna, Gällivare, Åre och Berg.',
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
  });
  it('a call only for kommuner of a kind, then "Det gäller A, B och C"', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Omgången är enbart öppen för kommuner som deltog i pilotomgången. Det gäller Gävle, Kalmar, Luleå och Örebro.',
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('"riktar sig till … dessa kommuner: A, B, C"', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stödet riktar sig till föreningens medlemskommuner och aktörer i dessa kommuner: Piteå, Luleå, Kalix och Haparanda.',
    };
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
  });
});

describe('parts of Sweden and län named bare', () => {
  it('"kommuner i Skåne, Blekinge och Kronoberg", defined so, is those län', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Med sydliga kommuner avses kommuner i Skåne, Blekinge och Kronoberg.',
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('"the four northernmost counties" are Norrbotten, Västerbotten, Jämtland and Västernorrland', () => {
    const call = {
      summary: 'On the Swedish side, partners must be located in the four northernmost counties.',
      applicantTypes: ['Municipalities'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
    expect(scoredForSeed(call, 'kalmar').eligibility.areaText.sv).toContain('Norrbottens län');
  });
  it('"Västsverige" is Västra Götaland and Halland', () => {
    const call = { language: 'sv' as const, summary: 'Stödet kan sökas av kommuner i Västsverige.' };
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
});

describe('coastal kommuner along a named coast', () => {
  it('"ger bidrag till kommuner längs den svenska Östersjökusten" limits to coastal kommuner', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Stiftelsen ger bidrag till kommuner längs den svenska Östersjökusten för restaurering av havsvikar.',
    };
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('while a strand "som ger stöd till kustkommunerna" limits nothing', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Programmet har tre delområden, bland dem Skärgården och öarna, som ger stöd till kustkommunerna i området.',
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
  });
});

// The fourteenth round (parts ba–bd, written blind this session and counted before they were read).

describe("a region's own call open beyond its län", () => {
  const own = {
    language: 'sv' as const,
    funder: 'Region Västerbotten',
    programme: 'Regionala utvecklingsmedel',
    applicantTypes: ['kommuner', 'regioner', 'lärosäten'],
  };
  it('to bodies of the län next to it, with the money (lan.json neighbours)', () => {
    const call = {
      ...own,
      summary:
        'Projektägaren ska ha verksamhet i Västerbottens län. Aktörer i län som gränsar till Västerbotten kan ingå ' +
        'som samverkanspartner och ta del av stödet.',
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(scoredForSeed(call, 'alvsbyn').eligibility.areaText.sv).toContain('gränsar till Västerbottens län');
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('but not to neighbours at their own cost', () => {
    const call = {
      ...own,
      summary:
        'Projektägaren ska ha verksamhet i Västerbottens län. Aktörer i grannlänen kan delta med egen finansiering.',
    };
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
  });
  it('to applicants based anywhere ("sökanden kan ha säte var som helst i landet")', () => {
    const call = {
      ...own,
      summary: 'Insatserna ska genomföras i Västerbotten, men sökanden kan ha säte var som helst i landet.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('to actors elsewhere who "kan också beviljas medel" with one in the län', () => {
    const call = {
      ...own,
      summary: 'Aktörer utanför länet kan också beviljas medel, men endast i samverkan med en aktör i länet.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('naming its own units without its name ("regionens egna verksamheter"), the region applies', () => {
    const call = {
      ...own,
      funder: 'Region Kronoberg',
      programme: 'Innovationsmedel',
      summary: 'Sökande kan vara regionens egna verksamheter och länets kommuner.',
      applicantTypes: ['regionens egna verksamheter', 'länets kommuner'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
});

describe('refusals that refuse no class', () => {
  it('"De tre regionerna … kan inte själva söka" refuses those three, not the bodies of the sentence before', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Kommuner och lärosäten kan vara projektägare. De tre regionerna finansierar utlysningen och kan inte ' +
        'själva söka medel.',
      applicantTypes: ['kommuner', 'lärosäten'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it('"Kommuner kan inte söka stöd för ordinarie drift" refuses their ordinary work', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Föreningar och kommuner kan söka. Kommuner kan inte söka stöd för ordinarie drift.',
      applicantTypes: ['Föreningar', 'Kommuner'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"Cities … are not eligible" where the partner must be a rural municipality refuses the larger kind', () => {
    const call = {
      summary:
        'The peer partner must be a rural municipality with fewer than 20 000 inhabitants. Cities and regional ' +
        'authorities are not eligible as peer partners.',
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('population-limit');
  });
  it('"Public bodies are not excluded from the lead role: local and regional authorities … may lead" admits them', () => {
    const call = {
      summary:
        'Public bodies are not excluded from the lead partner role: local and regional authorities, universities ' +
        'and NGOs may all lead a project.',
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
});

// The fifteenth round (parts be–bh, written blind this session and counted before they were read).

describe('partners from outside an Interreg area, in other words', () => {
  const call = {
    funder: 'Interreg South Baltic',
    programme: 'Interreg South Baltic 2021–2027',
  };
  it('"Partners from outside the programme area are welcome" takes them in', () => {
    const c = {
      ...call,
      summary:
        'The lead partner must be located in the programme area. Partners from outside the programme area are ' +
        'welcome if they bring competence that cannot be found within it.',
    };
    expect(blockers(c, 'linkoping')).toEqual([]);
  });
  it('"Organisationer som är belägna utanför programområdet … kan delta som fullvärdiga partner" too', () => {
    const c = {
      ...call,
      language: 'sv' as const,
      summary:
        'Leadpartnern måste ha säte i programområdet. Organisationer som är belägna utanför programområdet men inom ' +
        'Sverige kan delta som fullvärdiga projektpartner med stöd.',
    };
    expect(blockers(c, 'linkoping')).toEqual([]);
  });
  it('but "aktörer utanför programområdet kan inte delta …, men är välkomna i ordinarie utlysningar" shuts them out', () => {
    const c = {
      ...call,
      language: 'sv' as const,
      summary:
        'Endast kommuner i programområdet kan vara partner. Aktörer utanför programområdet kan inte delta som ' +
        'partner i denna utlysning men är välkomna i programmets ordinarie utlysningar.',
    };
    expect(blockers(c, 'linkoping')).toContain('outside-programme-area');
  });
  it('and those who "kan medverka men kan inte ta emot medel" are told they take part without money', () => {
    const c = {
      language: 'sv' as const,
      funder: 'Region Östergötland',
      programme: 'Regionala utvecklingsmedel',
      summary: 'Organisationer utanför länet kan medverka som samarbetspartner men kan inte ta emot medel.',
    };
    expect(scoredForSeed(c, 'kalmar').eligibility.areaText.sv).toContain('utan medel');
  });
});

describe('more refusals of part of a class', () => {
  it('"Kommuner som endast har insjöar … omfattas inte" refuses only those', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Bidraget kan sökas av kommuner med havskust. Kommuner som endast har insjöar eller vattendrag omfattas inte.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('"Den som enbart bidrar … utan att ansvara för hälso- och sjukvården kan inte söka" refuses no public body', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Sökande ska vara en vårdgivare med ansvar för hälso- och sjukvården i särskilda boenden, i offentlig eller ' +
        'enskild regi. Den som enbart bidrar med läkarmedverkan utan att ansvara för hälso- och sjukvården kan inte söka.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
});

// The sixteenth round (parts bi–bl, written blind this session and counted before they were read).

describe('the last refusals of this session', () => {
  it('"NGOs applying on behalf of a city" are refused, not cities', () => {
    const call = {
      summary:
        'The challenge is open to cities with 100,000 or more residents. Regional and national governments are not ' +
        'eligible, nor are NGOs applying on behalf of a city.',
      applicantTypes: ['City governments'],
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
  });
  it('"inter-municipal bodies … cannot apply as lead applicants" refuses no kommun', () => {
    const call = {
      summary:
        'The call is open to local governments with fewer than 50 000 inhabitants. Regional governments and ' +
        'inter-municipal bodies cannot apply as lead applicants.',
      applicantTypes: ['Local governments (fewer than 50 000 inhabitants)'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('"may not act as main urban authority again but remain eligible as associated urban authorities"', () => {
    const call = {
      summary:
        'Main and associated urban authorities must have at least 50 000 inhabitants. Urban authorities that led a ' +
        'project in earlier calls may not act as main urban authority again but remain eligible as associated ' +
        'urban authorities.',
      applicantTypes: ['Urban authorities'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"…, including regional authorities, but municipalities below 50 000 are not eligible" refuses only those', () => {
    const call = {
      summary:
        'Delivery partners may be any public body, including regional authorities and universities, but ' +
        'municipalities below 50 000 inhabitants are not eligible in any role.',
      applicantTypes: ['Delivery partners'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it('while "X kan anlitas som underleverantörer men kan inte vara medsökande" still refuses X', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Sökande ska vara ett aktiebolag. Kommuner och regioner kan anlitas som underleverantörer men kan inte vara ' +
        'medsökande eller projektparter.',
      applicantTypes: ['Aktiebolag'],
    };
    expect(blockers(call, 'kalmar')).not.toEqual([]);
  });
  it('a lead limited to a few län, with partners "located anywhere in the Nordic countries", shuts no one out', () => {
    const call = {
      summary:
        'The lead applicant must be based in Norrbotten or Västerbotten (Sweden) or in Lapland (Finland). Partners ' +
        'may be located anywhere in the Nordic countries, and the budget may cover all partners’ costs.',
      eligibleCountries: ['Finland (Lapland)', 'Sweden (Norrbotten, Västerbotten)'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
});

describe("an Interreg programme's adjacent areas, named by län or NUTS code", () => {
  const call = {
    funder: 'Interreg Öresund-Kattegat-Skagerrak',
    programme: 'Interreg Öresund-Kattegat-Skagerrak 2021–2027',
  };
  it('"partner från angränsande områden … med full finansiering … SE211, SE212 och SE221" admits those län', () => {
    const c = {
      ...call,
      language: 'sv' as const,
      summary:
        'Partner från angränsande områden kan delta med full finansiering. Som angränsande områden räknas i Sverige ' +
        'SE211, SE212 och SE221.',
    };
    expect(blockers(c, 'karlskrona')).toEqual([]);
    expect(blockers(c, 'kronoberg')).toEqual([]);
    expect(blockers(c, 'kalmar')).toContain('outside-programme-area');
  });
  it('"the adjacent areas are Blekinge, Kronobergs and Värmlands län", funded, too', () => {
    const c = {
      ...call,
      summary:
        'In Sweden, the adjacent areas are Blekinge, Kronobergs and Värmlands län. Partners in adjacent areas may ' +
        'receive ERDF funding on the same terms as partners in the core area.',
    };
    expect(blockers(c, 'karlskrona')).toEqual([]);
    expect(blockers(c, 'linkoping')).toContain('outside-programme-area');
  });
  it('but not adjacent areas whose partners take part at their own cost', () => {
    const c = {
      ...call,
      summary: 'Partners from the adjacent areas Blekinge and Kronobergs län may take part at their own cost.',
    };
    expect(blockers(c, 'karlskrona')).toContain('outside-programme-area');
  });
});
