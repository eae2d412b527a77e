/**
 * Linköping's programme gives its international work "ett särskilt fokus på EU och Europa": the Union and Europe as
 * where the work is done, the bare name of the Union, which is never the topic of EU affairs (core/data/README.md:
 * EU affairs is what a call is about, "knowledge about the EU"). The programme puts EU affairs as a topic in one of
 * its three listed areas, "omvärldsbevakning och påverkan" (stated, 1,2), whose prose speaks of "strategisk
 * påverkan". So a call about EU affairs meets that listed area, weighed as the other listed areas, not above them.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const linkoping = SEED_PROFILES.find((p) => p.id === 'linkoping');
if (!linkoping) throw new Error('no Linköping profile');

describe("Linköping's EU affairs", () => {
  it('are held by the listed area of horizon scanning and advocacy, at its stated weight and no higher', () => {
    const holding = linkoping.priorities.filter((p) => p.concepts.includes('eu-affairs'));
    expect(holding.map((p) => p.id)).toEqual(['omvarldsbevakning']);
    expect(holding[0]?.source?.basis).toBe('stated');
    expect(holding[0]?.weight).toBe(1.2);
  });
  it('no priority reads "EU och Europa" as EU affairs', () => {
    for (const p of linkoping.priorities) expect(p.support?.['eu-affairs']).not.toBe('EU och Europa');
  });
  it('a call for an EU information office meets the advocacy area', () => {
    const call = testCall({
      title: 'Europa direkt-kontor i Östergötland',
      summary: 'Kontoren förmedlar information och främjar diskussion om EU-frågor på lokal och regional nivå.',
      language: 'sv',
    });
    // (The area on seeking EU funds may meet it as a neighbouring topic, said as such.)
    const hit = score(call, linkoping).reasons.filter((r) => r.conceptId === 'eu-affairs' && !r.related);
    expect(hit.map((r) => r.priorityId)).toEqual(['omvarldsbevakning']);
  });
});
