/**
 * Linköping's strategy puts "ett utökat kulturellt utbyte bland skolelever och ungdomar": exchange for pupils and
 * young people, of a cultural kind. Its built-in priority carries the exchange and its target groups, not the
 * culture sector as such: a call for artists and performing arts is not that priority (sentences written for this
 * test), a cultural exchange for pupils is. Peace and democracy are what the exchange is for ("för att bidra till
 * freds- och demokratiarbetet"), not the exchange itself: a call on local democracy with no pupils or young people
 * is not this priority but the strategy's own, weaker mention of peace work and democratic development.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const linkoping = SEED_PROFILES.find((p) => p.id === 'linkoping');
if (!linkoping) throw new Error('no Linköping profile');
const reasonsOf = (priorityId: string, title: string, summary: string) =>
  score(testCall({ title, summary, language: 'sv' }), linkoping).reasons.filter((r) => r.priorityId === priorityId);
const youthReasons = (title: string, summary: string) => reasonsOf('unga-utbyte', title, summary);

describe("Linköping's cultural exchange for pupils and young people", () => {
  it('a call for the professional culture sector is not it', () => {
    const found = youthReasons('Stöd till scenkonst', 'Stöd till konstnärer och musik som turnerar i Europa.');
    expect(found.map((r) => r.conceptId)).not.toContain('culture-heritage');
  });
  it('a cultural exchange for pupils is', () => {
    const found = youthReasons('Kulturutbyte för skolelever', 'Elever och ungdomar möter jämnåriga i andra länder.');
    expect(found.map((r) => r.conceptId)).toEqual(expect.arrayContaining(['schools-education', 'youth']));
  });
  it('a call on local democracy without pupils or young people is not the exchange priority', () => {
    const title = 'Stöd till lokal demokrati';
    const summary = 'Kommuner stärker den lokala demokratin och insynen tillsammans med kommuner i andra länder.';
    expect(youthReasons(title, summary)).toEqual([]);
    const democracy = reasonsOf('fred-demokrati', title, summary);
    expect(democracy.map((r) => r.conceptId)).toContain('local-democracy');
  });
  it('the aim is weighed as the strategy mentions it, below the exchange it names as work', () => {
    const weight = (id: string) => linkoping.priorities.find((p) => p.id === id)?.weight;
    expect(weight('fred-demokrati')).toBeLessThan(weight('unga-utbyte') ?? 0);
  });
});
