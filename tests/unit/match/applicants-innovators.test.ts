/**
 * "Innovation" names what a call is about, never who applies: the company word "innovators" shares its stem, so it
 * is no applicant word (a programme's "Innovation" priority once read as "bara till företag"). Sentences written for
 * this test after how funders write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testKommun } from '../../support/test-call.ts';

const blockers = (summary: string) =>
  score(testCall({ funder: 'Testprogrammet', title: 'Call for projects: Innovation', summary }), testKommun()).blockers;

describe('innovation is a topic, not an applicant', () => {
  it('a call about innovation shuts no kommun out as if only companies applied', () => {
    expect(
      blockers('Innovation: projects develop innovation capacity in the public and private sector of the area.'),
    ).toEqual([]);
    expect(
      blockers(
        'This call is aimed at co-financing projects across all three priorities of the programme: Climate resilient region; Carbon neutral region; Innovation and digitalisation supporting a green region.',
      ),
    ).toEqual([]);
  });
  it('a call only for companies still does', () => {
    expect(blockers('Only companies may apply. Projects develop innovation capacity.').length).toBeGreaterThan(0);
  });
});
