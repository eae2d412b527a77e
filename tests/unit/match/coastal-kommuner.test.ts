/**
 * A call for kommuner on the sea coast ("kustkommuner", "kommuner med egen havskust", "coastal municipalities") leaves
 * a kommun that does not reach the sea (lan.json `inlandMunicipalities`) or a body of a län without a coast outside;
 * for a kommun the data does not place inland, whether it counts is not said. A topic ("coastal municipalities'
 * adaptation") limits no one. Found by the eligibility probe (tests/fixtures/eligibility-probe); sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const blocked = (over: Parameters<typeof testCall>[0], body: string) =>
  score(testCall(over), getSeedProfile(body) ?? (undefined as never)).blockers.some(
    (b) => b.kind === 'outside-programme-area',
  );

describe('calls for coastal kommuner', () => {
  const inList = {
    language: 'sv' as const,
    summary: 'Bidrag till översiktlig planering av havet.',
    applicantTypes: ['Kustkommuner'],
  };
  const inText = {
    language: 'en' as const,
    summary:
      'Grants for pilots restoring coastal habitats. Applicants must be coastal municipalities in the Baltic Sea basin.',
  };
  it('leave inland kommuner and a län without a coast outside', () => {
    for (const call of [inList, inText]) {
      expect(blocked(call, 'linkoping')).toBe(true);
      expect(blocked(call, 'alvsbyn')).toBe(true);
      expect(blocked(call, 'kronoberg')).toBe(true);
    }
  });
  it('shut no kommun out that may reach the sea', () => {
    for (const call of [inList, inText]) {
      expect(blocked(call, 'karlskrona')).toBe(false);
      expect(blocked(call, 'kalmar')).toBe(false);
    }
  });
  it('a topic limits no one', () => {
    const topic = {
      language: 'en' as const,
      summary:
        'The programme funds research on how coastal municipalities adapt to rising sea levels. Municipalities may apply.',
    };
    expect(blocked(topic, 'linkoping')).toBe(false);
  });
});
