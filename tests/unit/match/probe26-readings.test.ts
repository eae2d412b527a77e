/**
 * Readings probe 26 (blind fact-checks of 50 fresh pages) showed wrong, each as a general rule. Sentences written for
 * this test from how funders generally write, none copied from a probe's page:
 * - "unga 16–30 år" in a list of applicants are young people applying themselves;
 * - "include – but are not limited to –" makes the kinds after it examples;
 * - "the conference host city … is not eligible" shuts one city out, not every kommun, and a contrast ("but could be
 *   partners in projects submitted by city members") ends what a negated sentence shuts out;
 * - "the Nordic Region" is the Nordic countries;
 * - "the prize is awarded to a person, organisation or initiative" says who, and names organisations of no kind in
 *   particular.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { entryKind } from '../../../core/match/entry-kinds.ts';
import { score } from '../../../core/match/index.ts';
import { swedenInCountryList, whoMayApply } from '../../../core/match/signals.ts';
import { exampleCueIn } from '../../../core/match/who-wording.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const climate = testProfile({ priorities: [testPriority('klimat', ['climate-mitigation'])] });

describe('young people by their age', () => {
  it('apply themselves', () => {
    expect(entryKind('unga 16–30 år')).toBe('individual');
    expect(entryKind('ung person 16-30 år bosatt i EU')).toBe('individual');
    expect(entryKind('young people 18–25')).toBe('individual');
  });
});

describe('"but are not limited to"', () => {
  it('makes the kinds after it examples', () => {
    expect(exampleCueIn('these include – but are not limited to – regional authorities')).toBe(true);
    expect(exampleCueIn('applicants must be regional authorities')).toBe(false);
  });
});

describe('one city shut out', () => {
  const summary =
    'All members of the network are eligible to submit an entry. The conference host city and the president of the ' +
    'network are not eligible to submit an entry. Business partners are not eligible to submit an entry but could ' +
    'be partners in projects submitted by city members. The submitting body must be a local government authority.';
  it('is not every kommun', () => {
    const call = testCall({ title: 'Network awards 2022', summary });
    expect(analyse(call).signals.excluded?.has('municipal') ?? false).toBe(false);
    expect(score(call, climate).blockers.map((b) => b.kind)).not.toContain('applicant-type');
  });
  it('while "cities are not eligible" still shuts cities out', () => {
    const call = testCall({ title: 'Research call', summary: 'Cities are not eligible to apply.' });
    expect(analyse(call).signals.excluded?.has('municipal')).toBe(true);
  });
});

describe('the Nordic Region', () => {
  it('holds Sweden', () => {
    expect(swedenInCountryList(['Nordic Region'])).toBe(true);
    expect(swedenInCountryList(['nordiska regionen'])).toBe(true);
  });
});

describe('a prize awarded to persons and organisations', () => {
  const summary =
    'Each year the environment prize is awarded to a person, organisation or initiative that has made an ' +
    'outstanding contribution to the climate.';
  it('says who', () => {
    expect(whoMayApply(summary)).toContain('awarded to a person');
    // What a prize is worth says nobody.
    expect(whoMayApply('The prize is worth DKK 300,000.')).toBe('');
  });
  it('names organisations of no kind in particular', () => {
    const m = score(
      testCall({ title: 'Environment prize', summary, applicantTypes: ['person', 'organisation', 'initiative'] }),
      climate,
    );
    expect(m.eligibility.applicantText.sv).toContain('utan att säga vilka slags');
  });
});

// Relabel 54: a count of legal entities is a consortium's make-up; organisations named in another role (places to
// visit) are not told as applicants; "These include – but are not limited to –" goes on with who may apply.
describe('counts, roles and lists that go on', () => {
  it('"at least three eligible legal entities" is no opening to everyone', () => {
    const m = score(
      testCall({
        title: 'Research call',
        summary: 'Projects must be transnational and involve at least three eligible legal entities.',
        applicantTypes: ['eligible legal entities (at least three, independent of each other)'],
      }),
      climate,
    );
    expect(m.eligibility.applicantText.sv).not.toContain('alla typer av organisationer');
  });
  it('organisations to visit are not applicants', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Resebidrag',
        summary: 'Du kan söka bidrag för att besöka organisationer, institutioner eller myndigheter i Finland.',
      }),
      climate,
    );
    expect(m.eligibility.applicantText.sv).not.toContain('nämner organisationer bland de sökande');
  });
  it('"These include …" goes on with the list of who may apply', () => {
    const who = whoMayApply(
      'The call is open to any organisation based in the region. These include – but are not limited to – ' +
        'universities and companies. The budget is EUR 1 million.',
    );
    expect(who).toContain('universities and companies');
    expect(who).not.toContain('budget');
  });
});
