/**
 * A tag or title naming the body's own organisation ("lokal offentlig sektor", "public sector") is no evidence of
 * public-sector innovation when the summary says it only of a country abroad ("stöd till lokal offentlig sektor i
 * Ukraina"): the tag repeats the summary, so it names the partner's sector too. Sentences written for this test,
 * after how aid and neighbourhood programmes generally write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = testProfile({ priorities: [testPriority('verksamhet', ['public-innovation'])] });
const publicInnovation = (over: Partial<FundingCall>) =>
  score(testCall(over), body).reasons.some((r) => r.conceptId === 'public-innovation');

describe("the body's own organisation in tags the summary says of a country abroad", () => {
  it('a Swedish tag echoing aid to the public sector in Ukraine is no evidence', () => {
    expect(
      publicInnovation({
        language: 'sv',
        title: 'Särskild utlysning för återuppbyggnad',
        summary: 'Stödet går till lokal offentlig sektor i Ukraina för att stärka den institutionella kompetensen.',
        themes: ['Ukraina', 'lokal offentlig sektor', 'återuppbyggnad'],
      }),
    ).toBe(false);
  });

  it('an English tag echoing support to the public sector in partner countries is no evidence', () => {
    expect(
      publicInnovation({
        title: 'Neighbourhood cooperation call',
        summary: 'Projects support the public sector in the partner countries with training and peer exchange.',
        themes: ['public sector', 'partner countries'],
      }),
    ).toBe(false);
  });

  it('the same tag counts when the summary says it of the body at home, or does not say it at all', () => {
    expect(
      publicInnovation({
        language: 'sv',
        title: 'Utlysning för offentlig sektor',
        summary: 'Kommunernas offentliga sektor utvecklar nya arbetssätt tillsammans med partner i Ukraina.',
        themes: ['Ukraina', 'offentlig sektor'],
      }),
    ).toBe(true);
    expect(
      publicInnovation({
        title: 'Call for projects',
        summary: 'Applications are due in May; the programme office answers questions.',
        themes: ['public sector', 'digital services'],
      }),
    ).toBe(true);
  });
});
