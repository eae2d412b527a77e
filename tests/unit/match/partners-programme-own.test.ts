/**
 * Partner countries inside the countries a call's programme is drawn around (the Nordic and Baltic countries for a
 * Nordic funder, a programme area's countries) are the programme's area again, which the eligibility line already
 * counts: no partner-country boost for them. Partners outside the programme's own countries still earn it, and so
 * do partners in a call of a programme with no countries of its own (open across the EU). Calls written for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Match } from '../../../core/model/match.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  partnerCountries: ['Finland', 'Germany'],
  priorities: [testPriority('kultur', ['culture-heritage'])],
});

const nordic = (partner: string) =>
  testCall({
    id: `nordic-${partner}`,
    funder: 'Nordisk kulturkontakt',
    programme: 'Nordic-Baltic Mobility Programme for Culture',
    title: 'Network funding for culture',
    summary: `Municipalities and cultural organisations may apply for network projects on culture together with partners in ${partner}.`,
  });

const partnerBoost = (m: Match) => m.boosts.find((b) => b.kind === 'partner-country');

describe("partner countries inside the programme's own countries", () => {
  it("a Nordic funder's call with partners in Finland earns no partner boost: the Nordic countries are its area", () => {
    const m = score(nordic('Finland'), body);
    expect(m.eligibility.area).toBe('eligible');
    expect(partnerBoost(m)).toBeUndefined();
  });
  it('the same call with partners in Germany, outside the Nordic and Baltic countries, earns it', () => {
    expect(partnerBoost(score(nordic('Germany'), body))?.text.en).toBe('The call names partner countries: Germany.');
  });
  it('an EU-wide call with partners in Finland earns it: the EU is no area drawn around Finland', () => {
    const m = score(
      testCall({
        funder: 'European Commission',
        programme: 'Creative Europe',
        title: 'Cooperation projects for culture',
        summary:
          'Municipalities and cultural organisations may apply for cooperation projects on culture together with partners in Finland.',
      }),
      body,
    );
    expect(partnerBoost(m)?.text.en).toBe('The call names partner countries: Finland.');
  });
});
