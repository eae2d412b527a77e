/**
 * Readings that round dm–dp of the eligibility probe (tests/fixtures/eligibility-probe, written blind in the
 * thirty-fifth session, read in the thirty-sixth) showed wrong, each as a general rule. Sentences written for this
 * test, none copied from the probe:
 * - a limiting sentence naming two areas ("Övre Norrland or Småland med öarna"): both are the call's;
 * - bodies located in a county with a sea coast: a län on the sea holds its inland kommuner too; "authorities in
 *   counties without a coastline are not eligible" refuses part of the class, not public bodies;
 * - kommuner of one län beside regions from the whole country: the area binds kommuner only;
 * - "Kommuner kan söka …, och landsting kan inte": the refusal is the next clause's;
 * - those who won before; "ingår i konsortiet som samverkansparter"; a size after "kommuner i X län";
 * - a coast limit on kommuner beside an entry for regional authorities binds kommuner only.
 */
import { describe, expect, it } from 'vitest';
import { scoredForSeed, seedAreaText, seedBlockers } from '../../support/seed-score.ts';

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
