/**
 * Readings set 34's first look (blind fact-checks of a fresh set) showed wrong, each as a general rule. Sentences
 * written for this test from how funders generally write, none copied from a set's page:
 * - an entry of the applicants' list that "includes" a kind of body names what the group must hold, not who applies;
 * - a region named as one example of a fund's parts ("programme areas A–E, including D: … in Upper Norrland") does
 *   not limit the fund to it;
 * - "Capacity building in the field of youth" (an Erasmus+ action for partner countries) is no competence
 *   development of one's own staff;
 * - cities asked to present their candidature in a competition are those who enter it;
 * - "the action should help local authorities": in EU wording the action is the funded project, and those it helps
 *   are served, not applying.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { judge, judgeText } from '../../support/applicant-judge.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

describe('an entry that includes a kind of body', () => {
  it('names the group’s make-up, not researchers as the only applicants', () => {
    const v = judge({
      summary: 'The call funds networks of testing facilities that help industry adopt new digital technologies.',
      applicantTypes: ['testing facilities including a university or research organisation'],
    });
    expect(v.applicantBlockers).toEqual([]);
  });
  it('while a list of universities alone still shuts kommuner out', () => {
    const v = judge({
      summary: 'The call funds research on digital technologies.',
      applicantTypes: ['universities and research organisations'],
    });
    expect(v.verdict).toBe('not-eligible');
  });
});

describe('a region named as one of a fund’s parts', () => {
  const call = (summary: string) =>
    testCall({
      funder: 'Svenska ESF-rådet',
      programme: 'Europeiska socialfonden+ 2021–2027',
      title: 'European Social Fund Plus in Sweden',
      summary,
      eligibleCountries: ['Sweden'],
    });
  const kalmar = testProfile({ kind: 'kommun', lan: 'kalmar' });
  it('does not limit the fund to that region', () => {
    const m = score(
      call(
        'Open call. The council manages the programme areas A–E of the fund, including D: more capacity in the ' +
          'sparsely populated Upper Norrland, and E: social innovation.',
      ),
      kalmar,
    );
    expect(m.eligibility.area).not.toBe('not-eligible');
    expect(m.blockers.filter((b) => b.kind === 'outside-programme-area')).toEqual([]);
  });
  it('while a call for that region alone still does', () => {
    const m = score(call('This call is only for projects in Upper Norrland.'), kalmar);
    expect(m.eligibility.area).toBe('not-eligible');
  });
});

describe('capacity building in the field of youth', () => {
  const p = testProfile({ priorities: [testPriority('kompetens', ['capacity-building'])] });
  const terms = (title: string, summary: string) =>
    score(testCall({ title, summary }), p)
      .reasons.flatMap((r) => r.evidence.map((e) => e.term))
      .join(' ');
  it('as the name of an action for partner countries is no capacity building of one’s own', () => {
    expect(
      terms(
        'Capacity building in the field of vocational education and training',
        'The action supports capacity building projects in the field of vocational education in partner countries.',
      ),
    ).not.toMatch(/capacity/i);
  });
  it('while capacity building of the staff still is', () => {
    expect(
      terms('Staff exchange', 'The grant funds capacity building for local government staff through study visits.'),
    ).toMatch(/capacity building/i);
  });
});

describe('cities asked to present their candidature', () => {
  it('are those who enter the competition', () => {
    const v = judge({
      title: 'Prize for green tourism',
      summary:
        'The prize rewards smaller destinations for sustainable tourism. A panel evaluates the applications; then ' +
        'five shortlisted cities will be asked to present their candidature to the jury, which selects the winner.',
      applicantTypes: ['smaller tourism destinations'],
    });
    expect(v.verdict).toBe('eligible');
  });
});

describe('the action that helps local authorities', () => {
  it('serves them; they are not named as applicants', () => {
    const j = judgeText(
      'The action should help regional and local authorities to better understand their climate risks.',
      'en',
    );
    expect(j.verdict).not.toBe('eligible');
    expect(j.text).not.toMatch(/nämner kommuner/);
  });
});
