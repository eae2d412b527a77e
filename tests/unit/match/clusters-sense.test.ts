/**
 * "Clusters" is business clusters only beside words of business ("clusters and networks of SMEs", "industry
 * clusters"), or in a phrase that says so ("regional clusters", "cluster organisations"): "activities in three
 * clusters: teaching and learning; cooperation" are groups of activities. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const business = (summary: string, language: 'sv' | 'en' = 'en') =>
  score(
    testCall({ summary, language }),
    testProfile({ priorities: [testPriority('naringsliv', ['business-development'])] }),
  ).reasons.some((r) => r.conceptId === 'business-development');

describe('clusters of activities are no business clusters', () => {
  for (const summary of [
    'Projects choose activities in three clusters: teaching and learning; cooperation and partnership; governance.',
    'The call groups its topics in two clusters, health and education.',
  ]) {
    it(summary, () => expect(business(summary)).toBe(false));
  }
});

describe('business clusters still are', () => {
  for (const summary of [
    'Support for clusters and networks of SMEs in the region.',
    'The project strengthens regional clusters in the bioeconomy.',
    'Funding for cluster organisations that help industry innovate.',
  ]) {
    it(summary, () => expect(business(summary)).toBe(true));
  }
  it('Swedish "kluster" keeps its sense', () => {
    expect(business('Stöd till kluster och nätverk i regionen.', 'sv')).toBe(true);
  });
});
