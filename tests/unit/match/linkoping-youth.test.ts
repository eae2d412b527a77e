/**
 * Linköping's strategy puts "ett utökat kulturellt utbyte bland skolelever och ungdomar": exchange for pupils and
 * young people, of a cultural kind. Its built-in priority carries the exchange and its target groups, not the
 * culture sector as such: a call for artists and performing arts is not that priority (sentences written for this
 * test), a cultural exchange for pupils is.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const linkoping = SEED_PROFILES.find((p) => p.id === 'linkoping');
if (!linkoping) throw new Error('no Linköping profile');
const youthReasons = (title: string, summary: string) =>
  score(testCall({ title, summary, language: 'sv' }), linkoping).reasons.filter(
    (r) => r.priorityId === 'unga-demokrati',
  );

describe("Linköping's cultural exchange for pupils and young people", () => {
  it('a call for the professional culture sector is not it', () => {
    const found = youthReasons('Stöd till scenkonst', 'Stöd till konstnärer och musik som turnerar i Europa.');
    expect(found.map((r) => r.conceptId)).not.toContain('culture-heritage');
  });
  it('a cultural exchange for pupils is', () => {
    const found = youthReasons('Kulturutbyte för skolelever', 'Elever och ungdomar möter jämnåriga i andra länder.');
    expect(found.map((r) => r.conceptId)).toEqual(expect.arrayContaining(['schools-education', 'youth']));
  });
});
