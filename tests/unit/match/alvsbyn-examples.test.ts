/**
 * Älvsbyn's purpose "involvera medborgare i det internationella arbetet genom att underlätta för och stödja exempelvis
 * skolans, ungdoms- och frivillighetsorganisationers, kulturens eller vårdens och omsorgens projektidéer" states the
 * citizens' involvement (a listed purpose, 1,2); what follows "exempelvis" are examples (mentioned, 0,7). Voluntary
 * organisations (civil society) are one of those examples, as the school is: they are weighed with the examples, not
 * with the stated involvement of citizens.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const alvsbyn = SEED_PROFILES.find((p) => p.id === 'alvsbyn');
if (!alvsbyn) throw new Error('no Älvsbyn profile');

describe("Älvsbyn's examples of citizens' project ideas", () => {
  it('civil society is weighed as an example, with the school', () => {
    const holding = alvsbyn.priorities.filter((p) => p.concepts.includes('civil-society'));
    expect(holding.map((p) => p.source?.basis)).toEqual(['mentioned']);
    expect(holding[0]?.concepts).toContain('schools-education');
  });
  it("a call for voluntary organisations meets the examples as their own concept, not the citizens' involvement", () => {
    const call = testCall({
      title: 'Stöd till frivilligorganisationer',
      summary: 'Ideella föreningar och frivilligorganisationer kan söka stöd för internationella projekt.',
      language: 'sv',
    });
    const hit = score(call, alvsbyn).reasons.filter((r) => r.conceptId === 'civil-society' && !r.related);
    expect(hit.map((r) => r.priorityId)).toEqual(['skola-unga-kultur-omsorg']);
  });
});
