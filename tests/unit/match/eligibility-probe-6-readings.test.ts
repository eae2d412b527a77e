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
