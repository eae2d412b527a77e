/**
 * A list of applicants is sometimes copied from whom the call serves: "public bodies" in the list where the summary
 * says only that the projects build the capacity of public bodies, or target them. Such entries are no applicants,
 * and the applicant line says what the call and the programme data say instead (the blind fact-checks of the
 * released sets found 6 such lines false). Sentences written for this test from how funders generally write.
 */
import { describe, expect, it } from 'vitest';
import { servedOnlyEntries } from '../../../core/match/entry-kinds.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const applicantLine = (summary: string, applicantTypes: string[]) => {
  const m = score(testCall({ summary, applicantTypes }), testProfile());
  return { verdict: m.eligibility.applicant, text: m.eligibility.applicantText?.sv ?? '' };
};

describe('list entries the summary names only as those served', () => {
  it('an entry whose every mention follows a word of capacity or targeting is dropped', () => {
    const summary =
      'The projects develop new methods and enhance the capacities of public and private actors in the water sector.';
    expect([...servedOnlyEntries(['public and private actors'], summary)]).toEqual(['public and private actors']);
    expect([
      ...servedOnlyEntries(['public bodies'], 'We fund projects targeting migrants, young people and public bodies.'),
    ]).toEqual(['public bodies']);
    expect([
      ...servedOnlyEntries(
        ['local authorities'],
        'Objective 3.1: institution building in local authorities and agencies.',
      ),
    ]).toEqual(['local authorities']);
    expect([...servedOnlyEntries(['kommuner'], 'Satsningen ska öka kapaciteten hos kommuner i länet.')]).toEqual([
      'kommuner',
    ]);
  });

  it('a word of applying between the cue and the entry keeps the entry', () => {
    expect(
      servedOnlyEntries(['public bodies'], 'To build capacity, applicants must be public bodies based in the area.')
        .size,
    ).toBe(0);
    expect(servedOnlyEntries(['kommuner'], 'För att stärka kapaciteten kan kommuner söka stöd.').size).toBe(0);
  });

  it('an entry named elsewhere as it is, or not named in the summary, keeps the whole list', () => {
    expect(
      servedOnlyEntries(
        ['public bodies'],
        'The call builds the capacity of public bodies. Public bodies and NGOs may apply as lead partners.',
      ).size,
    ).toBe(0);
    // One level served and another never named: dropping one would leave a list of the other level alone.
    expect(
      servedOnlyEntries(
        ['regional authorities', 'local authorities'],
        'It increases the capacity of national, regional and local authorities.',
      ).size,
    ).toBe(0);
    expect(servedOnlyEntries(['public bodies'], 'The programme funds cooperation on water.').size).toBe(0);
  });

  it('entries of companies or persons are not read so', () => {
    expect(servedOnlyEntries(['SMEs'], 'The call builds the capacity of SMEs.').size).toBe(0);
  });

  it('the applicant line no longer says the call names public bodies among applicants', () => {
    const served = applicantLine('The projects enhance the capacities of public and private actors.', [
      'public and private actors',
    ]);
    expect(served.text).not.toBe('');
    expect(served.text).not.toMatch(/bland de sökande\.$/);
    expect(served.text).not.toMatch(/public and private actors/);
    const applying = applicantLine('Public and private actors may apply for grants for water projects.', [
      'public and private actors',
    ]);
    expect(applying.verdict).toBe('eligible');
  });
});
