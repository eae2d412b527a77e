/**
 * Readings from probe rounds gs–gt (session 43), each from sentences written for this test, none copied from the
 * probe's calls:
 * - "bidraget betalas enbart ut till kommuner i Kalmar län och får inte vidareförmedlas" names those the money goes
 *   to, it does not leave them out; neighbouring län's kommuner that may join "men bidraget betalas enbart ut till
 *   kommuner i Kalmar län" are unpaid;
 * - "projektparter från andra län får ingå och redovisa egna stödberättigande kostnader" are paid partners;
 * - "(…, Bornholm Regional Municipality) cannot apply" refuses a body by its name, not kommuner.
 */
import { describe, expect, it } from 'vitest';
import { seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('money paid only inside a län', () => {
  const call = {
    funder: 'Länsstyrelsen i Kalmar län',
    title: 'LONA-bidrag 2028',
    summary:
      'Bidraget söks av kommun i Kalmar län. Kommun i angränsande län kan delta i gemensamma projekt, men bidraget ' +
      'betalas enbart ut till kommuner i Kalmar län och får inte vidareförmedlas till annan kommun.',
  };
  it('admits the kommuner the money goes to', () => {
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
  });
  it('leaves a neighbouring län’s kommun unpaid, so outside', () => {
    expect(seedBlockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
});

describe('partners of other län claiming their own costs', () => {
  it('reads "får ingå och redovisa egna stödberättigande kostnader" as paid', () => {
    const call = {
      funder: 'Region Kronoberg',
      title: 'Regionala projektmedel 2028',
      summary:
        'Sökande ska ha verksamhet i Kronobergs län. Projektparter från andra län får ingå och redovisa egna ' +
        'stödberättigande kostnader om projektet gynnar länet.',
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
    expect(seedAreaText(call, 'kalmar')).toContain('tar med parter utanför området');
  });
});

describe('bodies refused by their names', () => {
  it('reads a named "Regional Municipality" among refused bodies as no refusal of kommuner', () => {
    const call = {
      funder: 'Euroregion Baltic',
      title: 'Small grants 2028',
      summary:
        'Municipalities, schools and associations in Blekinge, Kalmar and Kronoberg counties are eligible. The ' +
        'member organisations themselves (Region Blekinge, Region Kalmar län and Bornholm Regional Municipality) ' +
        'cannot apply.',
      eligibleCountries: ['SE', 'DK'],
    };
    expect(seedBlockers(call, 'karlskrona')).toEqual([]);
  });
});
