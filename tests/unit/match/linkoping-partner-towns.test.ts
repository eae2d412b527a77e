/**
 * Linköping's strategy keeps its "etablerade internationella partnerskap och samverkansorter" beside the focus on
 * the EU: "samverkansorter" is the kommun's word for its twin towns. Town twinning is therefore a priority of its
 * own, at the weight of a sentence saying what the international work holds ("ska … ha", named), not the
 * emphasis, which the sentence gives to the EU alone, nor a listed area's weight. A call for twinning between municipalities or for exchanges
 * with twin towns meets it (sentences written for this test); a call with no twin towns does not.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const linkoping = SEED_PROFILES.find((p) => p.id === 'linkoping');
if (!linkoping) throw new Error('no Linköping profile');
const priority = linkoping.priorities.find((p) => p.id === 'samverkansorter');
const reasons = (title: string, summary: string, language: 'sv' | 'en') =>
  score(testCall({ title, summary, language }), linkoping).reasons.filter((r) => r.priorityId === 'samverkansorter');

describe("Linköping's partner towns (samverkansorter)", () => {
  it('is a priority of its own, named beside the EU focus and weighed below the listed areas', () => {
    expect(priority?.concepts).toEqual(['town-twinning']);
    expect(priority?.source?.basis).toBe('named');
    expect(priority?.source?.passage).toContain('särskilt fokus på EU och Europa');
    const listed = linkoping.priorities.find((p) => p.id === 'omvarldsbevakning');
    expect(priority?.weight ?? 0).toBeLessThan(listed?.weight ?? 0);
  });
  it('a town-twinning call meets it', () => {
    const found = reasons(
      'Town twinning between European municipalities',
      'Municipalities bring citizens of twin towns together to debate the future of Europe.',
      'en',
    );
    expect(found.map((r) => r.conceptId)).toContain('town-twinning');
  });
  it('a call for exchanges with twin towns meets it', () => {
    const found = reasons(
      'Stöd till vänortssamarbete',
      'Svenska kommuner kan söka stöd för utbyten med sina vänorter i andra länder.',
      'sv',
    );
    expect(found.map((r) => r.conceptId)).toContain('town-twinning');
  });
  it('a call without twin towns does not', () => {
    const found = reasons(
      'Stöd till energieffektivisering',
      'Kommuner kan söka stöd för att minska energianvändningen i sina lokaler.',
      'sv',
    );
    expect(found).toEqual([]);
  });
});
