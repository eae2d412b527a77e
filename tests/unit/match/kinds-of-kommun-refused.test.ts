/**
 * Read from probe round fy–fz (sentences written for this test, none copied from a probe's page): a refusal of a kind
 * of kommun refuses that kind, not every kommun, and a kommun after a preposition of place is where, not who
 * (that sentence's "inom kommunen" read as a refusal of every kommun):
 * - "Kustkommuner kan inte söka" refuses the coastal kommuner the reference data knows (lan.json
 *   `coastalMunicipalities`), and leaves inland kommuner in;
 * - "Storstadskommuner kan inte söka" refuses no kommun the data can tell (the kind is not held; as before);
 * - "… inte heller för sjöar inom kommunen" refuses no kommun.
 */
import { describe, expect, it } from 'vitest';
import { seedBlockers } from '../../support/seed-score.ts';

describe('a kind of kommun refused', () => {
  const call = {
    language: 'sv' as const,
    summary:
      'Stödet riktar sig till inlandskommuner för åtgärder i sjöar och vattendrag. Kustkommuner kan inte söka, inte ' +
      'heller för sjöar inom kommunen.',
    applicantTypes: ['kommun'],
    eligibleCountries: ['SE'],
  };
  it('refuses a coastal kommun', () => {
    expect(seedBlockers(call, 'karlskrona')).toContain('applicant-type');
  });
  it('leaves an inland kommun in', () => {
    expect(seedBlockers(call, 'linkoping')).toEqual([]);
  });
  it('refuses no kommun for a kind the data does not hold', () => {
    const other = {
      ...call,
      summary: 'Stödet riktar sig till kommuner utanför storstäderna. Storstadskommuner kan inte söka.',
    };
    expect(seedBlockers(other, 'alvsbyn')).toEqual([]);
  });
});

describe('the other kommuner refused', () => {
  it('"Regioner och övriga kommuner kan inte söka" refuses the region, not the kommuner the call is for', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Denna omgång riktar sig till kommuner där länets residensstad ligger. Endast kommunen kan vara stödmottagare. ' +
        'Regioner och övriga kommuner kan inte söka i denna omgång.',
      applicantTypes: ['kommun'],
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'linkoping')).toEqual([]);
    expect(seedBlockers(call, 'kronoberg')).toContain('applicant-type');
  });
});
