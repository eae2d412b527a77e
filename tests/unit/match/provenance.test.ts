/**
 * What comes from programme data is said to: an open call's topics are its programme's priorities (never the
 * call's "all priorities" quoted as if it named the topic), and area or applicant verdicts that rest on
 * programmes.json or programme-areas.json carry the mark "(programdata)" / "(programme data)", rendered late.
 * Calls and sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { explain, score } from '../../../core/match/index.ts';
import { applicantLine, areaLine, evidenceWords, sourced } from '../../../core/match/provenance.ts';
import { groupReasons } from '../../../core/match/reason-groups.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const tourism = testProfile({
  lan: 'blekinge',
  priorities: [{ id: 'turism', label: { sv: 'Turism', en: 'Tourism' }, weight: 1, concepts: ['tourism'], terms: [] }],
});

describe('an open call is about its programme’s priorities, by programme data', () => {
  const open = testCall({
    funder: 'Interreg South Baltic',
    title: 'Fourth call for regular projects',
    summary: 'Applications are welcome in all four priorities of the programme.',
  });
  const m = score(open, tourism);
  const reason = m.reasons.find((r) => r.conceptId === 'tourism');

  it('its evidence is the programme priority, marked as programme data, quoting the call’s own sentence', () => {
    expect(reason).toBeDefined();
    for (const e of reason?.evidence ?? []) {
      expect(e.from).toBe('programme-data');
      expect(e.programmePriority?.en).toBeTruthy();
      expect(e.term).toBe(e.programmePriority?.en);
      expect(e.term).not.toMatch(/all four priorities/i);
      expect(e.quote).toMatch(/all four priorities/);
    }
  });
  it('explanations say "programmets prioritering … (programdata)", never quote "all four priorities" as a word', () => {
    const sv = explain(m, 'sv').find((l) => l.startsWith('Matchar'));
    expect(sv).toMatch(/genom programmets prioritering "[^"]+" \(programdata\)/);
    expect(sv).not.toMatch(/genom "all four priorities"/i);
    const en = explain(m, 'en').find((l) => l.startsWith('Matches'));
    expect(en).toMatch(/through the programme's priority "[^"]+" \(programme data\)/);
    const [group] = groupReasons(m.reasons, 'sv');
    expect(group.words).toEqual([]);
    expect(group.fromData[0]).toMatch(/^programmets prioritering ".+" \(programdata\)$/);
  });
  it('a call that names the topic itself keeps its own words, unmarked', () => {
    const named = score(
      testCall({ funder: 'Interreg South Baltic', title: 'Call', summary: 'Projects on sustainable tourism.' }),
      tourism,
    );
    const e = named.reasons[0].evidence[0];
    expect(e.from).toBeUndefined();
    expect(evidenceWords(e, 'sv')).toEqual({ text: e.term, quoted: true });
  });
});

describe('area and applicant lines from programme data are marked, the call’s own are not', () => {
  it('a programme area’s län come from programme data', () => {
    const m = score(testCall({ funder: 'Interreg South Baltic', title: 'Sustainable tourism' }), tourism);
    expect(m.eligibility.areaFrom).toBe('programme-data');
    expect(areaLine(m.eligibility, 'sv')).toMatch(/^Blekinge län ingår i programområdet för .+ \(programdata\)\.$/);
    const outside = score(
      testCall({ funder: 'Interreg South Baltic', title: 'Tourism' }),
      testProfile({ lan: 'norrbotten' }),
    );
    const blocker = outside.blockers.find((b) => b.kind === 'outside-programme-area');
    expect(blocker?.from).toBe('programme-data');
    expect(explain(outside, 'en').some((l) => /^Blocker: .* \(programme data\)\./.test(l))).toBe(true);
  });
  it('the call’s own list of countries or applicants carries no mark', () => {
    const m = score(
      testCall({
        title: 'Sustainable tourism',
        eligibleCountries: ['Sweden', 'Finland'],
        applicantTypes: ['municipalities', 'regions'],
      }),
      tourism,
    );
    expect(m.eligibility.areaFrom).toBeUndefined();
    expect(m.eligibility.applicantFrom).toBeUndefined();
    expect(areaLine(m.eligibility, 'sv')).not.toMatch(/programdata/);
    expect(applicantLine(m.eligibility, 'sv')).not.toMatch(/programdata/);
  });
  it('who may apply from programme data, when the call does not say, is marked', () => {
    const m = score(testCall({ funder: 'Svenska institutet', title: 'Sustainable tourism' }), tourism);
    expect(m.eligibility.applicantFrom).toBe('programme-data');
    expect(applicantLine(m.eligibility, 'sv')).toMatch(/\(programdata\)\.$/);
  });
  it('the mark goes before the closing full stop, in the reader’s language', () => {
    expect(sourced('X är öppet.', 'programme-data', 'sv')).toBe('X är öppet (programdata).');
    expect(sourced('X is open', 'programme-data', 'en')).toBe('X is open (programme data)');
    expect(sourced('X is open.', undefined, 'en')).toBe('X is open.');
  });
});

describe('a programme priority’s own name is context, like the programme’s', () => {
  it('"Innovative South Baltic" names a priority; the call’s own words about innovation still count', () => {
    const innovation = testProfile({
      priorities: [
        {
          id: 'fi',
          label: { sv: 'Innovation', en: 'Innovation' },
          weight: 1,
          concepts: ['research-innovation'],
          terms: [],
        },
      ],
    });
    const named = score(
      testCall({
        funder: 'Interreg South Baltic',
        title: 'P1 Innovative South Baltic – digital services for the region',
      }),
      innovation,
    );
    expect(named.reasons.map((r) => r.conceptId)).not.toContain('research-innovation');
    const said = score(
      testCall({
        funder: 'Interreg South Baltic',
        title: 'Innovation in the blue economy',
        summary: 'Innovative products.',
      }),
      innovation,
    );
    expect(said.reasons.map((r) => r.conceptId)).toContain('research-innovation');
  });
});
