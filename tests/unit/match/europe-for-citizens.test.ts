/**
 * Europe for Citizens (Europa för medborgarna, 2014–2020), CERV's forerunner, is a programme of the reference data:
 * open to kommuner, regions and non-profits across the EU, with town twinning and civic participation among its
 * priorities. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const kommun = testProfile({ priorities: [testPriority('vanorter', ['town-twinning'])] });

describe('Europe for Citizens', () => {
  it('a Swedish call of the programme is EU-wide and open to kommuner by its programme data', () => {
    const m = score(
      testCall({
        language: 'sv',
        funder: 'Europeiska kommissionen',
        title: 'Europa för medborgarna: ansök om stöd',
        summary: 'Nästa ansökningsomgång i programmet öppnar i höst.',
      }),
      kommun,
    );
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaFrom).toBe('programme-data');
    expect(m.eligibility.applicant).toBe('eligible');
  });

  it('an open call of the programme is scored against its priorities', () => {
    const m = score(
      testCall({
        funder: 'EACEA',
        title: 'Europe for Citizens: call for proposals',
        summary: 'All priorities of the programme are open.',
      }),
      kommun,
    );
    expect(m.reasons.some((r) => r.conceptId === 'town-twinning' && r.points > 0)).toBe(true);
  });
});
