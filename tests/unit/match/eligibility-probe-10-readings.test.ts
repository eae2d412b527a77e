/**
 * Readings that rounds dm–dp and dq–dt of the eligibility probe (tests/fixtures/eligibility-probe, written blind in
 * the thirty-fifth and thirty-sixth sessions, read in the thirty-sixth) showed wrong, each as a general rule.
 * Sentences written for this test, none copied from the probe:
 * - a limiting sentence naming two areas ("Övre Norrland or Småland med öarna"): both are the call's;
 * - bodies located in a county with a sea coast: a län on the sea holds its inland kommuner too; "authorities in
 *   counties without a coastline are not eligible" refuses part of the class, not public bodies;
 * - kommuner of one län beside regions from the whole country: the area binds kommuner only;
 * - "Kommuner kan söka …, och landsting kan inte": the refusal is the next clause's;
 * - those who won before; "ingår i konsortiet som samverkansparter"; a size after "kommuner i X län";
 * - a coast limit on kommuner beside an entry for regional authorities binds kommuner only;
 * - (dq–dt) kommuner named after "utom" are excepted, not the area; a size band in a table line; "kan inte själva
 *   vara huvudsökande"; other kommuner of the län as funded parties; a size refused though "referred" elsewhere;
 *   "även när", "avtal med en region", "omfattas inte av befolkningsgränsen", "kan däremot söka"; a group of
 *   countries as a list entry beside a city's own fund abroad;
 * - (du–dx) organisations outside the programme area that "may be full beneficiaries" (not "only if they are …");
 *   an "adjoining county" or "functional area" with its own budget; the call's own statement of its programme
 *   area's Swedish län, as a way in; co-applicants "from the rest of the Nordic countries";
 * - (dy–eb) "län som gränsar till programområdet" in a programme's call; NUTS 2 codes and "eligible regions are …" as
 *   a stated area; partners "in other EU regions outside the programme area"; the funding regions among those who
 *   apply ("samt av de tre regionerna"); co-financing by size is no size limit; "established in regions without a
 *   coastline"; "that do not represent a municipality"; "without the status of a local administrative unit";
 *   "Municipal enterprises"; a size twenty words after the kommuner; "Åland" is a place.
 */
import { describe, expect, it } from 'vitest';
import { scoredForSeed, seedApplicantText, seedAreaText, seedBlockers } from '../../support/seed-score.ts';

const blockers = seedBlockers;
const area = seedAreaText;

describe('two areas in one limiting sentence', () => {
  const call = {
    summary:
      'The pilot supports demographic renewal. Only applicants located in the eligible NUTS 2 regions may apply: in ' +
      'Sweden these are Småland med öarna and Övre Norrland.',
    eligibleCountries: ['EU Member States'],
  };
  it('admits bodies of both', () => {
    for (const body of ['kalmar', 'kronoberg', 'alvsbyn']) expect(blockers(call, body)).toEqual([]);
  });
  it('still leaves the others out', () => {
    for (const body of ['karlskrona', 'linkoping']) expect(blockers(call, body)).toContain('outside-programme-area');
  });
  it('but not an area excepted in the same sentence', () => {
    const excepted = {
      ...call,
      summary: 'Only applicants located in Övre Norrland may apply, except for those in Småland med öarna.',
    };
    expect(blockers(excepted, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('bodies located in a county on the sea', () => {
  const call = {
    summary:
      'The fund supports storm-water wetlands. Eligible applicants are municipalities and regional authorities ' +
      'located in a county that has a coastline on the Baltic Sea. Authorities in counties without a coastline are ' +
      'not eligible.',
    eligibleCountries: ['Sweden', 'Finland'],
  };
  it('admits an inland kommun of a county on the sea', () => {
    expect(blockers(call, 'linkoping')).toEqual([]);
    expect(area(call, 'linkoping')).toContain('når havet');
  });
  it('admits a coastal kommun', () => {
    expect(blockers(call, 'karlskrona')).toEqual([]);
  });
  it('leaves out a region whose county does not reach the sea', () => {
    expect(blockers(call, 'kronoberg')).toContain('outside-programme-area');
  });
  it('reads "kommuner i kustlän" after a conjunction as no limit', () => {
    const either = {
      language: 'sv' as const,
      summary:
        'Stödet riktar sig till kommuner i inlandet. Kommuner i kustlän kan också söka om de saknar egen havskust.',
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(either, 'kronoberg')).toEqual([]);
  });
});

describe('kommuner of one län, regions from the whole country', () => {
  it('in a list of applicants', () => {
    const call = {
      summary:
        'The foundation funds public-sector test beds together with companies in Uppsala County. Grants of up to ' +
        'SEK 1 million.',
      applicantTypes: ['Municipalities in Uppsala County', 'Regional authorities (all of Sweden)'],
      eligibleCountries: ['Sweden'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('in the text', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Bidrag kan sökas av kommuner i Gotlands län. Dessutom kan regioner i hela landet söka för projekt med ' +
        'koppling till öns kulturarv.',
      eligibleCountries: ['Sverige (Gotlands län)'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('but not where the text refuses regions from elsewhere', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Bidrag kan sökas av kommuner i Gotlands län. Regioner i hela landet kan inte söka.',
      eligibleCountries: ['Sverige (Gotlands län)'],
    };
    expect(blockers(call, 'kronoberg')).not.toEqual([]);
  });
});

describe('a refusal in the clause after the body is admitted', () => {
  it('"Kommuner kan ansöka …, och landsting samt statliga myndigheter kan inte vara sökande"', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stödet går till lokalt klimatarbete. Kommuner kan ansöka var för sig eller tillsammans, och landsting samt ' +
        'statliga myndigheter kan inte vara sökande.',
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('while the same subject refused after "men" stays refused', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stödet går till lokalt klimatarbete och söks av ideella föreningar. Regioner kan delta i styrgruppen men ' +
        'kan inte söka.',
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(call, 'kronoberg')).not.toEqual([]);
  });
});

describe('those who won before, a part in the consortium, a size after the län', () => {
  it('"Cities that won the prize in the last two rounds may not apply"', () => {
    const call = {
      summary:
        'The prize is open to cities of any size in EU Member States. Cities that won the prize in the last two ' +
        'rounds may not apply.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"…men ingår i konsortiet som samverkansparter"', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Huvudsökande är ett lärosäte. Regioner kan inte vara huvudsökande men ingår i konsortiet som ' +
        'samverkansparter och får del av medlen.',
      applicantTypes: ['Lärosäten'],
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it('"kommuner i Kalmar län med färre än 50 000 invånare" limits the kommuner', () => {
    const call = {
      language: 'sv' as const,
      summary: 'Medel kan sökas av kommuner i Kalmar län med färre än 50 000 invånare.',
      eligibleCountries: ['Sverige'],
    };
    expect(
      scoredForSeed(call, 'kalmar')
        .blockers.map((b) => b.text.sv)
        .join(' '),
    ).toContain('50 000');
  });
});

describe('a coast limit on kommuner beside regional authorities', () => {
  const call = {
    summary:
      'Strand A is open to municipalities whose territory borders the sea. Strand B is open to regional public ' +
      'authorities.',
    applicantTypes: ['Coastal municipalities (Strand A)', 'Regional public authorities (Strand B)'],
    eligibleCountries: ['Sweden'],
  };
  it('binds an inland kommun', () => {
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('leaves the region in', () => {
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it('but a regions entry on the coast keeps the limit', () => {
    const coastal = { ...call, applicantTypes: ['Coastal municipalities', 'Regions with a sea coast'] };
    expect(blockers(coastal, 'kronoberg')).toContain('outside-programme-area');
  });
});

describe('round dq–dt', () => {
  it('kommuner named after "utom" are excepted, not the area', () => {
    const call = {
      funder: 'Länsstyrelsen i Kalmar län',
      language: 'sv' as const,
      summary:
        'Bidrag kan sökas av kommuner inom länet utom Borgholms och Mörbylånga kommuner, som har ett eget program ' +
        'för samma insatser.',
      eligibleCountries: ['Kalmar län'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('a size band in a table line refuses no kommun by class', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Vilka kan söka: Kommuner 20 000–80 000 inv.: kan söka · Kommuner över 80 000 inv.: kan inte söka · ' +
        'Regioner: kan inte söka.',
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'kronoberg')).not.toEqual([]);
  });
  it('"kan inte själva vara huvudsökande" refuses the lead role only', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Huvudsökande är ett lärosäte. Varje projekt har en kommun som samverkanspart som får ersättning ur ' +
        'bidraget. Kommuner kan inte själva vara huvudsökande.',
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
  });
  it('other kommuner of the län as funded parties beside kommuner by name', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Stödet kan sökas av följande kommuner: Bodens, Luleå och Piteå kommuner. Övriga kommuner i Norrbottens ' +
        'län kan delta som samverkansparter och får ersättning för sina kostnader.',
      applicantTypes: ['Bodens kommun', 'Luleå kommun', 'Piteå kommun'],
      eligibleCountries: ['Sverige (Norrbottens län)'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
    const unpaid = {
      ...call,
      summary: call.summary.replace('och får ersättning för sina kostnader', 'utan egna medel'),
    };
    expect(blockers(unpaid, 'alvsbyn')).not.toEqual([]);
  });
  it('a size refused though "referred to" another call', () => {
    const call = {
      summary:
        'Local and regional authorities in EU Member States may apply. Local authorities of municipalities with ' +
        'more than 200 000 inhabitants are not eligible here and are referred to the metropolitan strand.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'linkoping')).toEqual([]);
    const smaller = { ...call, summary: call.summary.replace('200 000', '100 000') };
    expect(
      scoredForSeed(smaller, 'linkoping')
        .blockers.map((b) => b.text.sv)
        .join(' '),
    ).toContain('100 000');
  });
  it('"även när" and "avtal med en region" name no body refused', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Bidraget rekvireras av kommuner som huvudmän för elevhälsan. Nej, regionerna omfattas inte, även när de ' +
        'driver ungdomsmottagningar i samverkan med kommunerna. Privata utförare med avtal med en kommun kan inte ' +
        'rekvirera direkt.',
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"Regioner omfattas inte av befolkningsgränsen" exempts, "kan däremot söka" admits', () => {
    const exempt = {
      language: 'sv' as const,
      summary:
        'Kommuner med minst 15 000 invånare och regioner kan söka. Regioner omfattas inte av befolkningsgränsen.',
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(exempt, 'kronoberg')).toEqual([]);
    const role = {
      language: 'sv' as const,
      summary:
        'Kommuner och regioner kan söka. Regioner kan inte söka för utbildning av egen vårdpersonal. Regioner kan ' +
        'däremot söka för länsövergripande insatser.',
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(role, 'kronoberg')).toEqual([]);
  });
  it("a city's fund abroad with a group of countries holding Sweden as an entry", () => {
    const call = {
      funder: 'City of Klaipėda',
      summary:
        'The City of Klaipėda funds youth exchanges on maritime culture. Lead applicants are NGOs registered in ' +
        'Klaipėda; each project needs a partner municipality from another country, whose costs the grant covers.',
      applicantTypes: ['NGOs registered in Klaipėda', 'Partner municipalities on the Baltic Sea coast'],
      eligibleCountries: ['Lithuania (Klaipėda)', 'Baltic Sea countries'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'linkoping')).toContain('outside-programme-area');
  });
});

describe('round du–dx', () => {
  it('organisations outside the programme area that "may be full beneficiaries"', () => {
    const call = {
      funder: 'Interreg North Sea',
      programme: 'Interreg North Sea 2021-2027',
      summary:
        'Lead beneficiaries must be located in the programme area. Organisations located outside the programme area ' +
        'but within a programme country may be full beneficiaries with their own budget, though not lead.',
    };
    expect(blockers(call, 'linkoping')).toEqual([]);
    const onlyIf = {
      ...call,
      summary:
        'Partners must be located in the programme area. Organisations located outside the programme area may be ' +
        'partners only if they are national authorities whose remit covers the area.',
    };
    expect(blockers(onlyIf, 'linkoping')).toContain('outside-programme-area');
  });
  it('an adjoining county with its own EU budget', () => {
    const call = {
      funder: 'Interreg Öresund-Kattegat-Skagerrak',
      programme: 'Interreg Öresund-Kattegat-Skagerrak',
      summary:
        'For this call, organisations located in an adjoining county (Blekinge or Jönköpings län) may be project ' +
        'partners with their own EU budget; they may not lead.',
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
    expect(blockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it("the call's own statement of its programme area admits a län the data leaves out", () => {
    const call = {
      funder: 'Interreg Central Baltic',
      programme: 'Interreg Central Baltic 2021-2027',
      language: 'sv' as const,
      summary:
        'Programområdet omfattar på svensk sida Stockholms, Uppsala, Östergötlands och Kalmar län. Kommuner och ' +
        'regioner kan söka.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(area(call, 'kalmar')).toContain('programområdet omfattar');
    expect(blockers(call, 'alvsbyn')).toContain('outside-programme-area');
  });
  it('co-applicants "from the rest of the Nordic countries" with part of the grant', () => {
    const call = {
      funder: 'Nordic Council of Ministers',
      summary:
        'The main applicant must be based in Norrbottens or Västerbottens län in Sweden, or in Northern Norway. ' +
        'Co-applicants from the rest of the Nordic countries may take part and receive part of the grant.',
      eligibleCountries: ['Sweden', 'Norway', 'Finland', 'Denmark', 'Iceland'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
});

describe('round dy–eb', () => {
  it('bodies of län bordering the programme area, with a budget', () => {
    const call = {
      funder: 'Interreg Central Baltic',
      programme: 'Interreg Central Baltic 2021-2027',
      language: 'sv' as const,
      summary:
        'Projektägaren ska finnas inom programområdet. Organisationer i län som gränsar till programområdet får delta ' +
        'som partner med egen budget. Kommuner och regioner kan vara partner.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    const refused = {
      ...call,
      summary:
        'Aktörer utanför programområdet kan inte få stöd, inte heller om de ligger i län som gränsar till ' +
        'programområdet. Kommuner och regioner kan vara partner.',
    };
    expect(blockers(refused, 'kalmar')).toContain('outside-programme-area');
  });
  it('a stated area in NUTS 2 codes', () => {
    const call = {
      funder: 'Interreg North Sea',
      programme: 'Interreg North Sea 2021-2027',
      summary:
        'Eligible regions are listed at NUTS 2 level: in Sweden, SE22 and SE23; in Denmark the whole country. ' +
        'Public authorities may apply.',
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
  });
  it('partners in other EU regions outside the programme area, with their own budget', () => {
    const call = {
      funder: 'Interreg Atlantic Area',
      summary:
        'The programme funds cooperation among Atlantic regions. Partners located in other EU regions outside the ' +
        'programme area may participate as beneficiaries with their own ERDF budget. Public bodies may participate.',
      eligibleCountries: ['France', 'Ireland', 'Portugal', 'Spain'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(seedApplicantText(call, 'kalmar')).not.toContain('andra länder än Sverige');
  });
  it('the funding regions among those who apply', () => {
    const call = {
      funder: 'Region Kronoberg och Region Kalmar län',
      language: 'sv' as const,
      summary:
        'Regionerna utlyser medel för en gemensam vandringsled. Ansökan kan göras av kommunerna längs leden samt av ' +
        'de två regionerna.',
      eligibleCountries: ['Sverige (Kronobergs län, Kalmar län)'],
    };
    expect(seedApplicantText(call, 'kronoberg')).toContain('själva kan söka');
    expect(blockers(call, 'kronoberg')).toEqual([]);
  });
  it('a call two regions give together is for both their län', () => {
    const call = {
      funder: 'Region Kronoberg och Region Kalmar län',
      language: 'sv' as const,
      summary: 'Regionerna utlyser gemensamma medel för besöksnäringen. Kommuner i länen kan söka.',
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
    expect(blockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
  it('co-financing by size is no size limit', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Kommuner i hela landet kan söka. Observera att kommuner med fler än 30 000 invånare ska bidra med minst ' +
        '40 procent medfinansiering, övriga kommuner med 20 procent.',
      eligibleCountries: ['Sverige'],
    };
    expect(blockers(call, 'alvsbyn')).toEqual([]);
  });
  it('part of the class by where, by what it represents, by a status it lacks, and its companies', () => {
    const call = {
      summary:
        'Local and regional authorities of EU Member States may apply. Authorities established in regions without ' +
        'a coastline are not eligible. Public bodies that do not represent a municipality cannot apply. Agencies ' +
        'without the status of a local administrative unit are not eligible. Municipal enterprises and municipally ' +
        'owned housing companies cannot apply in their own name.',
      eligibleCountries: ['EU Member States'],
    };
    expect(blockers(call, 'karlskrona')).toEqual([]);
  });
  it('a size twenty words after the kommuner, with Åland among the places', () => {
    const call = {
      summary:
        'Funded partners must be municipalities in Denmark, Finland, Iceland, Norway or Sweden, or in the Faroe ' +
        'Islands, Greenland or Åland, with at least 40 000 inhabitants.',
      eligibleCountries: ['Sweden', 'Denmark', 'Finland', 'Norway', 'Iceland'],
    };
    expect(
      scoredForSeed(call, 'alvsbyn')
        .blockers.map((b) => b.text.sv)
        .join(' '),
    ).toContain('40 000');
    expect(blockers(call, 'karlskrona')).toEqual([]);
  });
});

describe('set 43, once released', () => {
  it('"Städer som vunnit under de senaste tio åren kan inte ansöka" refuses earlier winners only', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Priset kan sökas av städer i EU:s medlemsstater. Städer som vunnit under de senaste fem åren kan inte ansöka.',
      eligibleCountries: ['EU:s medlemsstater'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
  it('"Applicants are … of any legal form" opens the call to any kind', () => {
    const call = {
      summary: 'The fund supports decarbonisation projects. Applicants are project promoters of any legal form.',
      eligibleCountries: ['EU Member States'],
    };
    expect(seedApplicantText(call, 'kalmar')).toContain('alla typer av organisationer');
  });
  it('"Interested applicants are warmly welcomed to discuss …" names no applicants', () => {
    const call = {
      summary:
        'The programme funds cross-border cooperation. Interested applicants are warmly welcomed to discuss ideas ' +
        'with companies and universities.',
      eligibleCountries: ['Sweden', 'Finland'],
    };
    expect(blockers(call, 'kalmar')).toEqual([]);
  });
});
