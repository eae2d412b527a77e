/**
 * Readings from probe rounds gi–gj (session 43), each from sentences written for this test, none copied from the
 * probe's calls:
 * - "partner med säte på andra håll i Norden kan ingå" opens a call whose lead must sit in named län;
 * - neighbouring län "only as associated partners without EU funding" take part without money: outside;
 * - "aktörer utanför länet kan delta i aktiviteter men inte ta del av medlen" is unpaid: outside;
 * - "samverkan med aktörer i Sydsverige uppmuntras" names where partners may be, not the call's area;
 * - "Region Xs egna förvaltningar kan vara projektägare" lets the funder apply to its own call;
 * - "mentor beneficiaries: larger municipalities" is a funded way in above a size limit (unpaid mentors are not);
 * - "a partner local authority in another EU Member State", paid by the call, opens a call of another country.
 */
import { describe, expect, it } from 'vitest';
import { seedApplicantText, seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('partners seated elsewhere in the Nordic countries', () => {
  const call = {
    funder: 'Nordiska ministerrådet',
    title: 'Samarbete i norra Norden 2028',
    summary:
      'Huvudsökande ska vara en organisation med säte i Lappland, Finnmark samt Norrbottens och Västerbottens län. Partner med säte ' +
      'på andra håll i Norden kan ingå i projektet. Offentliga aktörer och ideella organisationer kan söka.',
    eligibleCountries: ['SE', 'FI', 'NO'],
  };
  it('shuts no body of another län out', () => {
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
    expect(seedAreaText(call, 'kalmar')).toContain('partner kan finnas på andra håll');
  });
  it('while without that sentence the län limit stands', () => {
    const only = { ...call, summary: call.summary.replace(/ Partner med säte[^.]*\./, '') };
    expect(seedBlockers(only, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('partners outside the area without money', () => {
  it('reads neighbouring län taken in only as associated partners without EU funding as outside', () => {
    const call = {
      funder: 'Interreg Öresund-Kattegat-Skagerrak',
      title: 'Call 2028: skills across the strait',
      summary:
        'Lead and funded partners must be located in the programme area. Bodies in neighbouring counties may join ' +
        'only as associated partners without EU funding.',
    };
    expect(seedBlockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
  it('reads actors outside the län who may join "men inte ta del av medlen" as outside', () => {
    const call = {
      funder: 'Region Östergötland',
      title: 'Regionala tillväxtmedel 2028: besöksnäring',
      summary:
        'Projektägare kan vara offentliga aktörer med verksamhet i Östergötland. Aktörer utanför länet kan delta ' +
        'i nätverksträffar men inte ta del av medlen.',
    };
    expect(seedBlockers(call, 'kalmar')).toContain('outside-programme-area');
    expect(seedAreaText(call, 'kalmar')).toContain('utan medel');
  });
});

describe('cooperation welcomed with actors elsewhere', () => {
  it('keeps a region’s own grant to its own län', () => {
    const call = {
      funder: 'Region Blekinge',
      title: 'Regionala projektmedel 2028',
      summary:
        'Medlen kan sökas av offentliga aktörer med verksamhet i Blekinge. Samarbete med organisationer i ' +
        'Sydsverige och Polen välkomnas.',
    };
    expect(seedBlockers(call, 'kronoberg')).toContain('outside-programme-area');
    expect(seedAreaText(call, 'kronoberg')).not.toContain('Sydsverige');
  });
});

describe('the funder’s own departments as applicants', () => {
  const call = {
    funder: 'Region Kronoberg',
    title: 'Regionala utvecklingsmedel 2028: digital vård',
    summary:
      'Projektägare kan vara kommuner och ideella organisationer i Kronobergs län. Regionens egna förvaltningar ' +
      'kan också vara projektägare efter beslut i nämnden.',
  };
  it('lets the region apply to its own call and says why', () => {
    expect(seedBlockers(call, 'kronoberg')).toEqual([]);
    expect(seedApplicantText(call, 'kronoberg')).toContain('egna förvaltningar');
  });
  it('while without that sentence the region gives the money and does not apply', () => {
    const own = { ...call, summary: 'Projektägare kan vara kommuner och ideella organisationer i Kronobergs län.' };
    expect(seedApplicantText(own, 'kronoberg')).toContain('delar själv ut medlen');
  });
});

describe('larger kommuner as funded mentors', () => {
  const call = {
    funder: 'European Commission (CINEA)',
    title: 'Energy transition in small towns 2028',
    summary:
      'Networks must include at least four municipalities with fewer than 25 000 inhabitants. Each network also ' +
      "needs two mentors: larger municipalities or regional authorities with experience of energy planning. Mentors' " +
      'costs are covered by the grant.',
    eligibleCountries: ['EU Member States'],
  };
  it('gives a larger kommun a way in', () => {
    expect(seedBlockers(call, 'kalmar')).not.toContain('population-limit');
    expect(seedApplicantText(call, 'kalmar')).toContain('väg in för större kommuner');
  });
  it('but not where the mentors take part without funding', () => {
    const unpaid = {
      ...call,
      summary: call.summary.replace("Mentors' costs are covered by the grant.", 'Mentors take part without funding.'),
    };
    expect(seedBlockers(unpaid, 'kalmar')).toContain('population-limit');
  });
});

describe('a partner authority in another member state', () => {
  const call = {
    funder: 'Arts Council of Ireland',
    title: 'Twinned creativity 2028',
    summary:
      'Irish county councils may apply for exchanges with a partner local authority in another EU Member State. ' +
      'Partner authorities may receive up to EUR 10 000 from the grant for travel and artist fees.',
    eligibleCountries: ['IE'],
  };
  it('shuts no Swedish kommun out', () => {
    expect(seedBlockers(call, 'alvsbyn')).not.toContain('country-not-eligible');
  });
  it('while partners paid by their own funder leave Sweden outside', () => {
    const unpaid = {
      ...call,
      summary:
        'Irish county councils may apply for exchanges with a partner local authority in another EU Member State.',
    };
    expect(seedBlockers(unpaid, 'alvsbyn')).toContain('country-not-eligible');
  });
});
