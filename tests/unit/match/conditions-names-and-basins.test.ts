/**
 * Claims the fact-checkers of set 49 found false, read as general rules. Sentences written for this test from how
 * funders generally word such calls, none copied from the set's pages:
 * - horizontal principles ("horisontella perspektiv (hållbarhet, jämställdhet)", "cross-cutting themes") are what
 *   every project heeds, not the call's topic, in the text or repeated in its list of themes;
 * - a funding partnership's name ("Clean Hydrogen Partnership", "det europeiska partnerskapsprogrammet") is no cooperation topic,
 *   while Erasmus+'s "Strategic Partnerships" still are;
 * - "good governance in sport" is sport's own governance, not local democracy;
 * - "EU and eligible non-EU Black Sea countries" holds the whole Union: Sweden may take part, the work is at the
 *   basin abroad, and the call keeps a share of its score with the reason said.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { bareOrganisationsIn } from '../../../core/match/who-wording.ts';
import { evidenceTerms, topicsOf } from '../../support/evidence.ts';
import { scoredForSeed, seedBlockers } from '../../support/seed-score.ts';
import { testCall } from '../../support/test-call.ts';

describe('horizontal principles', () => {
  it('reads no topic from a list of horizontal perspectives, in the text or repeated as themes', () => {
    const call = {
      title: 'Stöd till projekt för regional tillväxt',
      summary:
        'Medlen ska stödja projekt för näringslivets utveckling i länet. Alla projekt ska beskriva hur de tar hänsyn ' +
        'till de horisontella perspektiven (hållbarhet, jämställdhet, mångfald).',
      themes: ['näringslivsutveckling', 'hållbarhet', 'jämställdhet'],
    };
    expect(evidenceTerms(call, 'green-transition')).toEqual([]);
    expect(topicsOf(call)).toContain('business-development');
  });
  it('reads horizontal principles said without a parenthesis, in English', () => {
    const call = {
      summary:
        'The call funds cooperation between libraries on reading promotion. Projects must respect the horizontal ' +
        'principles of sustainable development and gender equality.',
    };
    expect(evidenceTerms(call, 'green-transition')).toEqual([]);
  });
  it('still reads sustainability that is the call’s own topic', () => {
    const call = {
      summary:
        'Projekten ska främja hållbar utveckling i länets kommuner. De horisontella principerna (jämställdhet och ' +
        'icke-diskriminering) ska beaktas.',
    };
    expect(evidenceTerms(call, 'green-transition').length).toBeGreaterThan(0);
  });
});

describe('names of funding partnerships', () => {
  it('reads no partnership topic in a partnership’s name or the instrument', () => {
    for (const summary of [
      'The Clean Hydrogen Partnership funds research on electrolysers.',
      'Utlysningen görs inom det europeiska partnerskapsprogrammet för vattenforskning.',
      'The DUT Partnership opens its third call for research projects.',
    ])
      expect(evidenceTerms({ title: 'Research call', summary }, 'international-cooperation'), summary).toEqual([]);
  });
  it('still reads partnerships as a form of cooperation', () => {
    for (const summary of [
      'Schools form partnerships with schools in other countries.',
      'Kommunerna bygger partnerskap med kommuner i Ukraina.',
      'Projects build partnerships between municipalities in Sweden and Ukraine.',
    ])
      expect(evidenceTerms({ title: 'Call', summary }, 'international-cooperation').length, summary).toBeGreaterThan(0);
  });
});

describe('good governance in sport', () => {
  it('is no local democracy', () => {
    const call = { summary: 'Projects may address health-enhancing physical activity and good governance in sport.' };
    expect(evidenceTerms(call, 'local-democracy')).toEqual([]);
    expect(
      evidenceTerms({ summary: 'Projects strengthen good governance in local government.' }, 'local-democracy'),
    ).not.toEqual([]);
  });
});

describe('the Union beside a basin’s other countries', () => {
  const call = {
    title: 'Black Sea aquaculture innovation pilot',
    summary:
      'The topic supports cooperation between aquaculture stakeholders to develop new value chains in the Black Sea. ' +
      'Proposals bring together partners from EU and eligible non-EU Black Sea countries.',
    eligibleCountries: ['EU and eligible non-EU Black Sea countries'],
  };
  it('reads Sweden among the countries', () => {
    expect(analyse(testCall(call)).signals.swedenEligible).toBe(true);
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
  });
  it('says the work is at the basin abroad and cuts the score', () => {
    const m = scoredForSeed(call, 'kalmar');
    const cut = m.boosts.find((b) => b.kind === 'work-abroad');
    expect(cut?.text.sv).toContain('"Black Sea", utanför Sverige');
    expect(cut?.points).toBeLessThan(0);
  });
  it('keeps a list of the basin’s countries alone shut to Sweden', () => {
    const only = { ...call, eligibleCountries: ['coastal EU Member States of the Black Sea'] };
    expect(analyse(testCall(only)).signals.swedenEligible).toBe(false);
  });
});

describe('the words a line quotes', () => {
  it('quotes an item of two words after "organisations" whole, and stops before a place', () => {
    expect(bareOrganisationsIn('Open to organisations and young people from partner countries.')).toBe(
      'organisations and young people',
    );
    expect(bareOrganisationsIn('Open to organisations and companies in Sweden.')).toBe('organisations and companies');
  });
});
