import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { analyseCall, rank } from '../../../core/match/index.ts';
import { TUNING } from '../../../core/match/score.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({
    id: 't',
    funder: 'Tillväxtverket',
    title: 'Insatser för cirkulär ekonomi',
    summary: 'Aktörer kan söka finansiering för projekt som främjar cirkulär ekonomi och företagens omställning.',
    language: 'sv',
    ...over,
  });
const body = (preferredFunders: string[]): Profile =>
  testProfile({
    lan: 'norrbotten',
    priorities: [
      {
        id: 'c',
        label: { sv: 'Cirkulär ekonomi', en: 'Circular economy' },
        weight: 1,
        concepts: ['circular-economy'],
        terms: [],
      },
    ],
    preferredFunders,
  });
const matchOf = (c: FundingCall, p: Profile) => rank([analyseCall(c)], p)[0].match;

describe('a funder the strategy names, through the programme the call belongs to', () => {
  const regional = call({ programme: 'Regionalfondsprogram Övre Norrland 2021–2027' });

  it('reads a Tillväxtverket call of a regional fund programme as that programme, not the national grants', () => {
    expect(analyse(regional).signals.programmeId).toBe('erdf-ovre-norrland');
    expect(analyse(call({})).signals.programmeId).toBe('tillvaxtverket');
  });

  it('credits "Europeiska regionala utvecklingsfonden" to a regional fund programme call, and says how', () => {
    const m = matchOf(regional, body(['Europeiska regionala utvecklingsfonden']));
    const boost = m.boosts.find((b) => b.kind === 'preferred-funder');
    expect(boost?.points).toBeGreaterThan(0);
    expect(boost?.text.sv).toBe(
      'Utlysningen hör till Regionalfondsprogram Övre Norrland 2021–2027, som finansieras av Europeiska regionala utvecklingsfonden: en finansiär som strategin pekar ut.',
    );
  });

  it('does not credit the fund to a national grant of the same agency', () => {
    const m = matchOf(call({}), body(['Europeiska regionala utvecklingsfonden']));
    expect(m.boosts.some((b) => b.kind === 'preferred-funder')).toBe(false);
  });

  it('still finds a funder the call itself names', () => {
    const m = matchOf(call({}), body(['Tillväxtverket']));
    expect(m.boosts.find((b) => b.kind === 'preferred-funder')?.text.sv).toBe(
      'Tillväxtverket är en finansiär som strategin pekar ut.',
    );
  });
});

describe('the programme field says what a call is; the funder field may only be who published it', () => {
  it('a region announcing an EU programme is not a regional call', () => {
    const s = analyse(
      call({ funder: 'Region Värmland', programme: 'Europeiska solidaritetskåren', title: 'Öppen ansökningsomgång' }),
    ).signals;
    expect(s.programmeId).toBe('european-solidarity-corps');
    expect(s.areaId).toBeUndefined();
  });

  it("a region's own call with no programme named stays the region's", () => {
    const s = analyse(call({ funder: 'Region Värmland', title: 'Regionala utvecklingsmedel' })).signals;
    expect(s.areaId).toBe('region-varmland');
  });
});

describe('a funder the strategy names, as the body behind another institution', () => {
  const nordic = (over: Partial<FundingCall>) =>
    call({
      title: 'Projektstöd för nordiskt samarbete om cirkulär ekonomi',
      summary: 'Projekt om cirkulär ekonomi i Norden kan söka stöd.',
      ...over,
    });
  const ncm = body(['Nordiska ministerrådet']);

  it('counts the Council of Ministers behind Nordic Culture Point for half a named funder', () => {
    const m = matchOf(nordic({ funder: 'Nordisk kulturkontakt' }), ncm);
    const boost = m.boosts.find((b) => b.kind === 'preferred-funder');
    expect(boost?.points).toBe(TUNING.PREFERRED_VIA_FUNDER);
    expect(TUNING.PREFERRED_VIA_FUNDER).toBeLessThan(TUNING.PREFERRED_BOOST);
    expect(boost?.text.sv).toBe(
      'Utlysningen hör till Nordisk kulturkontakt, som finansieras av Nordiska ministerrådet: en finansiär som strategin pekar ut.',
    );
  });

  it("counts in full the Council's own call, said once", () => {
    const m = matchOf(nordic({ funder: 'Nordic Council of Ministers' }), ncm);
    const boost = m.boosts.find((b) => b.kind === 'preferred-funder');
    expect(boost?.points).toBe(TUNING.PREFERRED_BOOST);
    expect(boost?.text.sv).toBe('Nordiska ministerrådet är en finansiär som strategin pekar ut.');
  });

  it('counts in full a fund the programme channels', () => {
    const m = matchOf(
      call({ programme: 'Regionalfondsprogram Övre Norrland 2021–2027' }),
      body(['Europeiska regionala utvecklingsfonden']),
    );
    expect(m.boosts.find((b) => b.kind === 'preferred-funder')?.points).toBe(TUNING.PREFERRED_BOOST);
  });
});

describe('a strategy naming many funders', () => {
  const council = testCall({
    id: 'n',
    funder: 'Nordic Council of Ministers',
    title: 'Cirkulär ekonomi i Norden',
    summary: 'Projekt om cirkulär ekonomi i Norden kan söka stöd.',
    language: 'sv',
  });
  const others = ['Vinnova', 'Formas', 'Sida', 'Energimyndigheten', 'Trafikverket', 'Svenska institutet', 'ICLD'];
  const boostOf = (funders: string[]) =>
    matchOf(council, body(funders)).boosts.find((b) => b.kind === 'preferred-funder');

  it('gives each less: eight named give one about half of what one or two named give', () => {
    const alone = boostOf(['Nordiska ministerrådet']);
    const two = boostOf(['Nordiska ministerrådet', 'Vinnova']);
    const eight = boostOf(['Nordiska ministerrådet', ...others]);
    expect(alone?.points).toBe(TUNING.PREFERRED_BOOST);
    expect(two?.points).toBe(TUNING.PREFERRED_BOOST);
    expect(eight?.points).toBeCloseTo(TUNING.PREFERRED_BOOST / 2, 0);
  });
  it('and says how many it names', () => {
    expect(boostOf(['Nordiska ministerrådet', ...others])?.text.sv).toBe(
      'Nordiska ministerrådet är en av 8 finansiärer som strategin pekar ut.',
    );
  });
});
