/**
 * Readings set 26's first look showed wrong, each as a general rule. Sentences written for this test from how
 * funders generally write, none copied from a call of the set:
 * - a programme made for part of the Nordic countries (the Arctic) does not tell a body elsewhere it is in the
 *   programme's area;
 * - Nordkalotten named as where the call works is Norrbotten's part of it;
 * - "cooperation between sectors" at home, a form's "budget, partnership" section and "inkludering och delaktighet"
 *   of persons with disabilities are other senses than international cooperation and democratic participation;
 * - a size limit with a way in for smaller bodies shuts none of them out;
 * - a heading "Behörighet:" or "Eligibility:" says who may apply.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { judgeText } from '../../support/applicant-judge.ts';
import { evidenceTerms } from '../../support/evidence.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({ kind: 'kommun' });
const norrbotten = testProfile({ id: 'north', name: 'Nordby kommun', kind: 'kommun', lan: 'norrbotten' });

describe('a programme made for the Nordic Arctic', () => {
  const call = testCall({
    funder: 'Nordiska ministerrådet',
    programme: 'Arktiska samarbetsprogrammet',
    title: 'Arktiska samarbetsprogrammet öppnar för ansökningar',
    summary: 'Programmet stöder projekt för hållbar utveckling och klimatanpassning.',
    language: 'sv',
  });
  it('is not said to be open where the body lies outside its part', () => {
    const e = score(call, kalmar).eligibility;
    expect(e.area).toBe('unknown');
    expect(e.areaText.sv).toMatch(/Kalmar län ligger utanför/);
    expect(e.areaPoints).toBe(0);
  });
  it('is made for a body inside it', () => {
    const e = score(call, norrbotten).eligibility;
    expect(e.area).toBe('eligible');
    expect(e.areaText.sv).toMatch(/Norrbottens län ligger/);
  });
});

describe('Nordkalotten as where the call works', () => {
  const call = testCall({
    funder: 'Gränsrådet',
    title: 'Ansök om stöd',
    summary: 'Rådet stöder en välbalanserad utveckling på Nordkalotten och ett starkt samarbetsområde i norr.',
    language: 'sv',
  });
  it('leaves a body in the south outside', () => {
    expect(score(call, kalmar).blockers.map((b) => b.kind)).toContain('outside-programme-area');
  });
  it('has a body in Norrbotten inside', () => {
    const m = score(call, norrbotten);
    expect(m.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
    expect(m.eligibility.area).toBe('eligible');
  });
});

describe('words of another sense', () => {
  const en = (summary: string) => ({ summary, language: 'en' as const });
  it('"cooperation between sectors" and a form\'s "budget, partnership" are no international cooperation', () => {
    for (const summary of [
      'The objective fosters cooperation between sectors that use coastal resources, such as fishing and tourism.',
      'Applicants fill in the full application, meaning the work plan, budget, partnership and so on.',
    ]) {
      expect(evidenceTerms(en(summary), 'international-cooperation'), summary).toEqual([]);
    }
  });
  it('a partnership of countries still is', () => {
    const summary = 'Projects build a partnership with organisations in Estonia and Latvia.';
    expect(evidenceTerms(en(summary), 'international-cooperation')).not.toEqual([]);
  });
  it('"inkludering och delaktighet" of persons with disabilities is no democratic participation', () => {
    const call = {
      summary: 'Projekten ska förbättra inkludering och delaktighet för personer med funktionsnedsättning.',
      language: 'sv' as const,
    };
    expect(evidenceTerms(call, 'participation-democracy')).toEqual([]);
    const civic = { summary: 'Projekten ska öka ungas delaktighet i demokratin.', language: 'sv' as const };
    expect(evidenceTerms(civic, 'participation-democracy')).not.toEqual([]);
  });
});

describe('a size limit with a way in for smaller bodies', () => {
  const small = testProfile({ kind: 'kommun', population: { count: 8100, source: 'test' } });
  const award = (summary: string) =>
    testCall({ funder: 'Testkommissionen', title: 'City award open', summary, language: 'en' });
  it('shuts no smaller kommun out where the call says smaller cities may enter another way', () => {
    const m = score(
      award('Open to all cities of over 50 000 inhabitants; smaller cities may enter special heritage awards.'),
      small,
    );
    expect(m.blockers.map((b) => b.kind)).not.toContain('population-limit');
    expect(m.eligibility.applicantText.sv).toMatch(/väg in för mindre kommuner/);
  });
  it('still shuts it out where the call says nothing of smaller ones', () => {
    const m = score(award('Open to all cities of over 50 000 inhabitants.'), small);
    expect(m.blockers.map((b) => b.kind)).toContain('population-limit');
  });
});

describe('a heading of who may apply', () => {
  it('"Behörighet:" and "Eligibility:" name the applicants after them', () => {
    const sv = judgeText('Stödet gäller nordiskt samarbete. Behörighet: ideella föreningar i Norden.', 'sv');
    expect(sv.applicantBlockers).not.toEqual([]);
    const en = judgeText(
      'The grant supports Nordic networks. Eligibility: universities in the Nordic countries.',
      'en',
    );
    expect(en.applicantBlockers).not.toEqual([]);
  });
  it('without the heading the same words name no applicants', () => {
    const sv = judgeText('Stödet gäller nordiskt samarbete mellan ideella föreningar i Norden.', 'sv');
    expect(sv.applicantBlockers).toEqual([]);
  });
});
