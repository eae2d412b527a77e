/**
 * Strategies that want more EU-funded or externally funded projects ("andelen EU-/externfinansierade projekt ska öka")
 * are served by calls that pay for preparing EU applications: a national planning grant for Horizon Europe
 * applications, a strategy's seed money. The lexicon's eu-funding concept ties the two; a call merely funded by the EU
 * is not about it.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const wantsEuFunding = testProfile({ priorities: [testPriority('externfinansiering', ['eu-funding'])] });
const reasonsFor = (summary: string, title = 'Stöd') =>
  score(testCall({ language: 'sv', title, summary }), wantsEuFunding).reasons.filter(
    (r) => r.conceptId === 'eu-funding',
  );

describe('EU funding and project preparation', () => {
  it('is what a planning grant for EU applications is about', () => {
    expect(
      reasonsFor(
        'Aktörer kan söka planeringsbidrag för att förbereda ansökningar till Horisont Europa.',
        'Planeringsbidrag för EU-ansökningar',
      ),
    ).not.toEqual([]);
  });
  it('and seed money for preparing projects', () => {
    const m = score(
      testCall({ title: 'Seed money call', summary: 'Seed money supports the preparation of applications.' }),
      wantsEuFunding,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'eu-funding')).not.toEqual([]);
  });
  it('is not what a call funded by the EU for other work is about', () => {
    expect(reasonsFor('Projekt som stärker kulturlivet i länet kan söka stöd.', 'Stöd till kultur')).toEqual([]);
  });
});
