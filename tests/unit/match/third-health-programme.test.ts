/**
 * EU4Health's predecessor, the EU's third health programme 2014–2020, is reference data of its own: its calls,
 * still on many funder pages, are read as that programme's (open across the EU, to public authorities among
 * others), not as calls of no programme. Calls written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

describe('the third EU health programme', () => {
  const call = (programme: string, language: 'sv' | 'en') =>
    testCall({ funder: 'European Commission', programme, title: 'Call for proposals 2016', summary: '', language });
  it.each([
    ['3rd Health Programme', 'en'],
    ['Third EU Health Programme', 'en'],
    ['EU:s hälsoprogram 2014–2020', 'sv'],
    ['EU:s hälsoprogram', 'sv'],
  ] as const)('%s is that programme', (programme, language) => {
    expect(analyse(call(programme, language)).signals.programmeId).toBe('eu-health-programme-3');
  });
  it.each([
    ['EU4Health – the EU health programme 2021–2027', 'en'],
    ['EU:s hälsoprogram EU4Health', 'sv'],
  ] as const)("%s, today's programme called the EU health programme, stays EU4Health", (programme, language) => {
    expect(analyse(call(programme, language)).signals.programmeId).toBe('eu4health');
  });
  it('admits a region by programme data', () => {
    const m = score(call('3rd Health Programme', 'en'), testProfile({ kind: 'region' }));
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.eligibility.applicantFrom).toBe('programme-data');
  });
});
