/**
 * Read from set 47 (released in the fortieth session): a funder whose name places it nowhere ("TRACE (Innomission
 * 4)") running a programme named for a country ("Danish Innomissions") gives that country's national money, as a
 * funder named for a country does; a multinational body's programme named for its presiding country stays the
 * body's. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { seedBlockers } from '../../support/seed-score.ts';

const blockers = (funder: string, programme: string, summary: string) =>
  seedBlockers({ funder, programme, title: 'Call for proposals 2027', summary }, 'kronoberg');

describe('a programme named for a country', () => {
  it('is that country’s where the funder’s name places it nowhere', () => {
    expect(
      blockers(
        'GREENWAY (Mission 2)',
        'Danish Green Missions',
        'The call supports regional partnerships on green fuels and climate-friendly agriculture.',
      ),
    ).toContain('country-not-eligible');
  });
  it('stays open where the call admits applicants from abroad', () => {
    expect(
      blockers(
        'GREENWAY (Mission 2)',
        'Danish Green Missions',
        'The call supports regional partnerships on green fuels. Applicants from all Nordic countries are eligible.',
      ),
    ).not.toContain('country-not-eligible');
  });
  it('stays the multinational body’s', () => {
    expect(
      blockers(
        'Nordic Council of Ministers',
        'Norwegian Presidency programme',
        'Regions and municipalities may apply for projects on attractive towns.',
      ),
    ).not.toContain('country-not-eligible');
  });
});
