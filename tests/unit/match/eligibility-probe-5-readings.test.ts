/**
 * Readings that the sixth eligibility probe (parts u–x of tests/fixtures/eligibility-probe, written blind in the
 * thirty-first session and first read in the thirty-second) showed wrong, each as a general rule. Sentences written
 * for this test, none copied from the probe:
 * - "regioner och kommunalförbund kan inte söka": a class phrase whose last word runs on into a body kommuner form
 *   names that body, and kommuner are not refused;
 * - a list entry for a role "other than urban authorities" beside an entry admitting them refuses no class;
 * - "kommuner med 20 000 invånare eller fler kan inte söka" refuses part of the class, by size;
 * - a city's call listing several countries, Sweden among them, is for their cities, not for its own area (unless
 *   the countries are where its partner towns are);
 * - "Sweden (Region Blekinge, Region Kronoberg)" in the list of countries, and "Region Kalmar län, Region Kronoberg
 *   and Region Blekinge" in a sentence, name those län;
 * - "kommuner med skärgård", "local authorities with a Baltic Sea coastline", "whose territory has a coastline" are
 *   coastal kommuner; "island municipalities" are those whose whole area is islands (lan.json);
 * - named kommuner, then "Endast dessa kommuner kan söka": only they may apply;
 * - those "hänvisas till den ordinarie ansökningsomgången" are sent to another call: their size is no limit of this
 *   one, and they are not its applicants;
 * - "The foundation does not accept applications from municipalities" refuses kommuner.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { scoredForSeed, seedBlockers } from '../../support/seed-score.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const blockers = seedBlockers;

describe('a body kommuner form, after a class word', () => {
  const call = {
    language: 'sv' as const,
    summary: 'Bidraget går till lokala kulturprojekt. Kommuner kan söka. Regioner och kommunalförbund kan inte söka.',
    applicantTypes: ['Kommuner'],
  };
  it('is refused, and kommuner are not', () => {
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
  it('while "regioner och kommuner kan inte söka" still refuses both', () => {
    const both = { ...call, summary: 'Föreningar kan söka. Regioner och kommuner kan inte söka.', applicantTypes: [] };
    expect(blockers(both, 'karlskrona')).toContain('applicant-type');
  });
});

describe('a list entry for another role', () => {
  it('"partners other than cities" beside an entry for cities refuses no city', () => {
    const call = {
      summary: 'The call funds pilots in city centres. Each project is led by one city.',
      applicantTypes: [
        'Cities with at least 50 000 inhabitants (lead applicant)',
        'Implementing partners: public or private bodies other than cities',
      ],
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
    expect(blockers(call, 'alvsbyn')).toContain('population-limit');
  });
});

describe('a size refused', () => {
  it('"kommuner med 20 000 invånare eller fler kan inte söka" refuses only the larger kommuner', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stödet är till för små kommuner som vill samarbeta om energi. Kommuner med 20 000 invånare eller fler kan inte söka.',
      applicantTypes: ['Kommuner'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('population-limit');
  });
  it('those "hänvisas till den ordinarie ansökningsomgången" set no limit of this call', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Piloten är öppen för kommuner med högst 15 000 invånare. Kommuner med fler än 15 000 invånare hänvisas till den ordinarie ansökningsomgången.',
      applicantTypes: ['Kommuner med högst 15 000 invånare'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'karlskrona')).toContain('population-limit');
  });
  it('"Regioner hänvisas till den ordinarie ansökningsomgången" refuses regions here', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Kommuner kan söka stöd för kompetensutveckling. Regioner hänvisas till den ordinarie ansökningsomgången.',
    };
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
});

describe("a city's call", () => {
  const call = {
    funder: 'City of Gothenburg Testfund',
    summary:
      'The City of Rostock invites municipalities around the Baltic Sea to a learning programme on harbour cities. Municipalities with at least 50 000 inhabitants may apply.',
    eligibleCountries: ['Germany', 'Poland', 'Finland', 'Sweden'],
  };
  it('listing countries, Sweden among them, is open to their cities', () => {
    const rostock = { ...call, funder: 'City of Rostock' };
    expect(blockers(rostock, 'kalmar')).toEqual([]);
    expect(blockers(rostock, 'alvsbyn')).toContain('population-limit');
  });
  it('listing the countries of its partner towns stays its own', () => {
    const twin = {
      funder: 'City of Rostock',
      summary:
        'The City of Rostock funds projects of Rostock organisations with its partner towns: Turku (Finland), Szczecin (Poland) and Karlskrona (Sweden).',
      eligibleCountries: ['Germany (Rostock)', 'Finland (Turku)', 'Poland (Szczecin)', 'Sweden (Karlskrona)'],
    };
    expect(blockers(twin, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('Swedish regions by name', () => {
  it('"Sweden (Region Blekinge, Region Kronoberg)" in the list of countries limits the call to those län', () => {
    const call = {
      summary:
        'Joint projects on maritime education with partner regions. Regional authorities and municipalities apply.',
      eligibleCountries: ['Lithuania (Klaipėda)', 'Sweden (Region Blekinge, Region Kronoberg)'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('"Sverige (Gotlands skärgård)" is Gotlands län', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Stöd till skärgårdsnäringar. Föreningar, kommuner och företag kan söka.',
      eligibleCountries: ['Åland', 'Sverige (Gotlands skärgård)'],
    };
    expect(blockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
  it('a sentence naming "Region Kalmar län, Region Kronoberg and Region Blekinge" names all three', () => {
    const call = {
      summary:
        'Partners on the Swedish side must be the regional authorities of the partner regions: Region Jönköpings län, Region Kronoberg and Region Blekinge.',
      applicantTypes: ['Regional authorities of partner regions'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
    expect(scoredForSeed(call, 'kronoberg').eligibility.areaText.sv).toContain('Kronobergs län ingår');
  });
});

describe('coast and islands', () => {
  it('"kommuner med skärgård" shuts out an inland kommun', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Stöd till service för bofasta på öar. Stödet kan sökas av kommuner med skärgård.',
    };
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
    expect(blockers(call, 'karlskrona')).toEqual([]);
  });
  it('"local authorities with a Baltic Sea coastline" and "whose territory has a coastline" do too', () => {
    expect(
      blockers(
        {
          summary: 'Small grants for dune restoration.',
          applicantTypes: ['Local authorities with a Baltic Sea coastline'],
        },
        'alvsbyn',
      ),
    ).toContain('outside-programme-area');
    const prose = {
      summary:
        'Small grants for storm-surge pilots. Eligible applicants are local authorities (cities and towns) whose territory has a coastline on the Baltic Sea.',
    };
    expect(blockers(prose, 'linkoping')).toContain('outside-programme-area');
    expect(blockers(prose, 'kalmar')).toEqual([]);
  });
  it('"island municipalities" shuts out a coastal kommun with a mainland part', () => {
    const call = {
      summary:
        'A pool for projects on ferries and water supply. Applicants must be island municipalities from at least two countries.',
    };
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
    expect(scoredForSeed(call, 'kalmar').eligibility.areaText.sv).toContain('ligger inte på öar');
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
});

describe('named kommuner', () => {
  it('then "Endast dessa kommuner kan söka": only they may apply', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Utlysningen fortsätter förra årets satsning för kommunerna i nätverket: Umeå, Kalmar, Gävle och Karlstad. Endast dessa kommuner kan söka.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
    expect(scoredForSeed(call, 'linkoping').eligibility.areaText.sv).toContain('bara för de kommuner den namnger');
  });
});

describe('applications not accepted', () => {
  it('"does not accept applications from … municipalities" refuses kommuner', () => {
    const call = {
      summary:
        'Fellowships for nurses who do research, hosted by a hospital or a municipal care service. The foundation does not accept applications from hospitals, municipalities or companies.',
    };
    expect(blockers(call, 'kalmar')).toContain('applicant-type');
  });
});

/*
 * Readings the seventh probe (parts y–ab, written blind in the thirty-second session and read after their counts)
 * showed wrong, again as general rules with sentences of their own.
 */
describe('asides and sentence ends', () => {
  it('a refusal in brackets after a list refuses only what the brackets name', () => {
    const call = {
      summary:
        'Eligible lead partners and partners are public authorities at national, regional and local level, bodies governed by public law, universities, non-governmental organisations and enterprises (enterprises cannot act as lead partner).',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it('a country ending one sentence is no place of the "regional authorities" opening the next', () => {
    const call = {
      summary:
        'Projects need partners from at least two countries, one of them an EU Member State. Regional authorities are not eligible.',
    };
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
  it('"Regioner och landsting samt organisationer utan verksamhet i skolan" refuses regions', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Skolor och kommuner som skolhuvudmän kan söka. Regioner och landsting samt organisationer utan verksamhet i skolan kan inte söka.',
    };
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
});

describe('places named as lists', () => {
  it('"Region Blekinge, Region Kalmar län and Region Kronoberg" with "and" names all three', () => {
    const call = {
      summary:
        'Applicants must be located in the member regions: Region Blekinge, Region Kalmar län and Region Kronoberg (Sweden), and Bornholm.',
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('"Sverige (Haparanda, Pajala, Kiruna)" in the list of countries is those kommuner', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Småprojektmedel för kulturutbyten över gränsen. Kommuner och föreningar kan söka.',
      eligibleCountries: ['Sverige (Haparanda, Pajala, Kiruna)', 'Finland'],
    };
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
  });
  it("a funder's own area also named by landskap is read by the landskap", () => {
    const call = {
      funder: 'Sparbanksstiftelsen Testbygd',
      language: 'sv' as const,
      summary:
        'Stiftelsen stödjer endast projekt som genomförs i Småland och där sökande har sin hemvist i landskapet. Kommuner och föreningar kan söka.',
    };
    expect(blockers(call, 'karlskrona')).toContain('outside-programme-area');
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"Följande kommuner kan söka: A, B och C" admits only them', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Medel till trygghetsarbete. Följande kommuner kan söka: Borås, Linköping, Gävle och Umeå. Regioner kan inte söka.',
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('kommuner "vars territorium gränsar mot Finland" leave out a kommun of a border län away from the border', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Utlysningen riktar sig till kommuner vars territorium gränsar mot Finland eller Norge. Ideella föreningar i dessa kommuner kan också söka.',
    };
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
    expect(scoredForSeed(call, 'alvsbyn').eligibility.areaText.sv).toContain('ligger inte vid gränsen');
  });
});

describe('who else may take part', () => {
  it('"smaller municipalities from the same country may join as co-applicants" is a way in under a size limit', () => {
    const call = {
      summary:
        'The lead must be a municipality of more than 50 000 inhabitants. Up to two smaller municipalities from the same country may join as co-applicants and receive part of the grant.',
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('a list naming towns itself and "organisations representing local authorities" does not hide a region’s absence', () => {
    const call = {
      summary:
        'Applicants must be towns or municipalities, or their twinning committees or other not-for-profit organisations representing local authorities, established in an EU Member State.',
      applicantTypes: [
        'Towns/municipalities',
        'Twinning committees',
        'Not-for-profit organisations representing local authorities',
      ],
    };
    expect(scoredForSeed(call, 'kronoberg').eligibility.applicantText.sv).not.toContain('bara som medlemmar');
  });
});

/*
 * Readings the eighth probe (parts ac–af, written blind in the thirty-second session, counted on the engine with the
 * rules above before anyone read them: false blockers 9, missed 29, as on the start engine) showed wrong.
 */
describe('kind adjectives and private bodies', () => {
  it('"kommunala energibolag kan inte söka" refuses the companies, not kommuner', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Bidraget kan sökas av kommuner. Regioner, energikontor och kommunala energibolag kan inte söka bidraget.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
  it('"stöd lämnas inte till kommunal kärnverksamhet" refuses an activity, not kommuner', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Projektägare kan vara föreningar, företag och offentliga aktörer, inklusive kommuner. Stöd lämnas inte till kommunal kärnverksamhet, till exempel skola.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"privata vårdgivare kan inte vara medelsförvaltare" refuses no public body', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Medelsförvaltare kan vara ett universitet eller en region. Kommuner och privata vårdgivare kan inte vara medelsförvaltare.',
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('applicant-type');
  });
  it('"Regioner … kan inte rekvirera medel" refuses regions', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Statsbidraget rekvireras av kommunen som huvudman. Regioner och privata utförare kan inte rekvirera medel.',
    };
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
});

describe('bodies and places by name', () => {
  it('a region named among those who may apply may apply, one the application goes to does not', () => {
    const call = {
      funder: 'Länsstyrelsen i Kronobergs län',
      language: 'sv' as const,
      summary: 'Medlen kan sökas av kommunerna i länet och av Region Kronoberg, enskilt eller i samverkan.',
    };
    expect(scoredForSeed(call, 'kronoberg').eligibility.applicantText.sv).toContain('vid namn');
    const to = {
      ...call,
      summary: 'Stödet kan sökas av föreningar i länet och ansökan skickas till Region Kronoberg.',
    };
    expect(scoredForSeed(to, 'kronoberg').eligibility.applicantText.sv).not.toContain('vid namn');
  });
  it('"Kustkommuner med skärgård" in a list is a kind of kommun', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Medel för en levande skärgård.',
      applicantTypes: ['Kustkommuner med skärgård', 'Föreningar', 'Företag'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('kommuner by name in the list of countries ("Linköpings kommun", "Åtvidabergs kommun") are the area', () => {
    const call = {
      funder: 'Sparbanksstiftelsen Testbygd',
      language: 'sv' as const,
      summary: 'Bidrag kan sökas av föreningar och kommunerna i vårt verksamhetsområde.',
      eligibleCountries: ['Linköpings kommun', 'Åtvidabergs kommun'],
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('kommuner by name whose own name ends in "s" ("Mönsterås kommun") are read as lan.json spells them', () => {
    const call = testCall({
      funder: 'Sparbanksstiftelsen Testbygd',
      language: 'sv',
      summary: 'Bidrag kan sökas av föreningar, kommuner och regionen i vårt verksamhetsområde.',
      eligibleCountries: ['Mönsterås kommun', 'Torsås kommun'],
    });
    const region = testProfile({ id: 'region-kalmar', name: 'Region Kalmar län', kind: 'region', lan: 'kalmar' });
    expect(score(call, region).blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
  });
  it('kommuner named after a who-may-apply sentence\'s colon, or "in Sweden these are …", are the only applicants', () => {
    const sv = {
      language: 'sv' as const,
      summary:
        'Bidrag kan sökas av kommuner med utsatta bostadsområden, vilka i utlysningen är: Borås, Gävle, Linköping och Umeå. Regioner kan inte söka.',
    };
    expect(blockers(sv, 'linkoping')).toEqual([]);
    expect(blockers(sv, 'kalmar')).toContain('outside-programme-area');
    const en = {
      summary:
        'Only cities selected for the Mission may apply as lead applicant; in Sweden these are Göteborg, Lund and Umeå. Others may follow the work.',
    };
    expect(blockers(en, 'karlskrona')).toContain('outside-programme-area');
  });
  it('bare län names in the list of countries ("Norrbotten", "Västerbotten", "Lapland") limit the call to them', () => {
    const call = {
      summary: 'Small grants for people-to-people cooperation. Municipalities and non-profit organisations may apply.',
      eligibleCountries: ['Norrbotten', 'Västerbotten', 'Lapland', 'Nordland'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
    // Beside a landskap ("Öland", part of Kalmar län) the län's name would overstate: no limit is read.
    expect(blockers({ ...call, eligibleCountries: ['Gotland', 'Öland', 'Saaremaa'] }, 'kalmar')).not.toContain(
      'outside-programme-area',
    );
  });
});

/*
 * Readings the ninth probe (parts ag–aj, written blind in the thirty-second session, counted before anyone read
 * them: false blockers 24 on the start engine, 15 with the rules above) showed wrong.
 */
describe('the ninth probe', () => {
  it('"Götaland" and "Svealand" are parts of Sweden by their län', () => {
    const call = {
      funder: 'Stiftelsen Testarv',
      language: 'sv' as const,
      summary: 'Bidrag kan sökas av kommuner och regioner vars verksamhet bedrivs i Götaland.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
  });
  it('lead applicants from named län, partners "anywhere in the Nordic countries": no blocker elsewhere', () => {
    const call = {
      funder: 'Nordic Council of Ministers',
      summary:
        'Who may apply? Lead applicants must be based in the Arctic parts of the Nordic region – in Sweden, Norrbotten and Västerbotten counties. Partners may be located anywhere in the Nordic countries, and grant funds may be transferred to partners.',
      eligibleCountries: ['Sweden (Norrbotten, Västerbotten)', 'Iceland'],
    };
    expect(blockers(call, 'kalmar')).not.toContain('outside-programme-area');
    expect(scoredForSeed(call, 'kalmar').eligibility.areaText.sv).toContain('partner kan finnas på andra håll');
  });
  it('"our smaller member municipalities cannot take part" refuses part of the class', () => {
    const call = {
      summary:
        'The main urban authority must have at least 50 000 inhabitants. This means that our smaller member municipalities cannot take part this time.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"* Gäller ej kommuner med fler än 50 000 invånare" and "med undantag av kommuner med fler än …" bound the size', () => {
    const footnote = {
      language: 'sv' as const,
      summary: 'Behöriga sökande: kommuner*. * Gäller ej kommuner med fler än 50 000 invånare.',
    };
    expect(blockers(footnote, 'alvsbyn')).toEqual([]);
    expect(blockers(footnote, 'kalmar')).toContain('population-limit');
    const except = {
      language: 'sv' as const,
      summary: 'Kommuner och regioner kan söka, med undantag av kommuner med fler än 100 000 invånare.',
    };
    expect(blockers(except, 'linkoping')).toContain('population-limit');
    expect(blockers(except, 'kalmar')).toEqual([]);
  });
  it('"Kommuner i angränsande län … kan inte beviljas medel" refuses only those', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Medlen kan sökas av kommunerna i länet. Kommuner i angränsande län kan delta i erfarenhetsutbyte men kan inte beviljas medel.',
      eligibleCountries: ['Blekinge län'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
  });
});

/*
 * Readings the tenth probe (parts ak–an, written blind in the thirty-second session, counted before anyone read
 * them: false blockers 18 on the start engine, 13 with the rules above) showed wrong.
 */
describe('the tenth probe', () => {
  it('"capital cities … are excluded" and "kommuner vid insjöar … hänvisas" refuse part of the class', () => {
    expect(
      blockers(
        { summary: 'The call is open to cities of 20 000–250 000 inhabitants. Capital cities are excluded.' },
        'kalmar',
      ),
    ).toEqual([]);
    const lakes = {
      language: 'sv' as const,
      summary:
        'Bidrag kan lämnas till kommuner med havskust. Kommuner vid insjöar och vattendrag hänvisas till den ordinarie ansökningsomgången.',
    };
    expect(blockers(lakes, 'karlskrona')).toEqual([]);
  });
  it('"Alla organisationer utom privatpersoner kan söka – till exempel … kommuner" excepts only persons', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stöd till investeringar. Alla organisationer utom privatpersoner kan söka – till exempel företag, kommuner och regioner.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('a refusal ends at ", and" starting a clause of its own', () => {
    const call = {
      summary:
        'Open to city governments with 100,000 or more residents. Regional governments are not eligible, and joint applications between several cities are not accepted.',
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
    expect(blockers(call, 'kronoberg')).toContain('applicant-type');
  });
  it('"City governments (100,000+ residents)" bounds the size', () => {
    expect(
      blockers(
        { summary: 'A competition for bold ideas.', applicantTypes: ['City governments (100,000+ residents)'] },
        'kalmar',
      ),
    ).toContain('population-limit');
  });
});
