/**
 * A call states its programme period ("Interreg Baltic Sea Region 2014-2020"); the programme data describes one
 * period (the one in its name in programmes.json). Who may apply to a call of another period is not told with that
 * data as if certain: the line says the call's period and which period the data describes, and data that shuts us
 * out makes no blocker. (The programme area's name, without a period, still places the body.) A call of the data's
 * own period, or one naming no period, is told with the data. Calls written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { otherPeriod } from '../../../core/match/signals.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kommun = testProfile({ kind: 'kommun', lan: 'kalmar' });
const call = (programme: string, title = 'Third call for applications is open') =>
  testCall({ funder: 'Interreg Baltic Sea Region', programme, title, summary: 'Projects on sustainable transport.' });

describe('programme period', () => {
  it('a 2014–2020 call is not told the 2021–2027 applicants as its own', () => {
    const m = score(call('Interreg Baltic Sea Region 2014-2020'), kommun);
    expect(m.eligibility.applicantFrom).toBe('programme-data');
    expect(m.eligibility.applicantText.sv).toBe(
      'Utlysningen säger inte vilka som kan söka; den gäller programperioden 2014–2020, men programdata finns bara för Interreg Baltic Sea Region 2021–2027, där kommuner kan söka.',
    );
    expect(m.eligibility.areaText.sv).not.toMatch(/2021–2027/);
  });
  it('the period in the title counts as in the programme field', () => {
    const m = score(call('', 'Interreg Baltic Sea Region 2014–2020: fourth call'), kommun);
    expect(m.eligibility.applicantText.sv).toMatch(/programperioden 2014–2020/);
  });
  it('a call of the data’s own period, or naming none, is told with the data', () => {
    for (const programme of ['Interreg Baltic Sea Region 2021-2027', 'Interreg Baltic Sea Region']) {
      const m = score(call(programme), kommun);
      expect(m.eligibility.applicantFrom).toBe('programme-data');
      expect(m.eligibility.applicantText.sv).toMatch(/Interreg Baltic Sea Region 2021–2027 kan kommuner söka/);
    }
  });
  it('a call of a later period than the data is of another period too', () => {
    const c = testCall({ funder: 'European Commission', programme: 'Interreg Nord 2021-2027', title: 'Utlysning' });
    expect(otherPeriod(c, 'interreg-nord')).toBe('2021–2027');
  });
  it('dates that are no period (a deadline span, a strategy to 2030) change nothing', () => {
    const c = call('Interreg Baltic Sea Region', 'Call open 2025-2026 for the strategy 2021-2030');
    expect(otherPeriod(c, 'interreg-baltic-sea-region')).toBeUndefined();
  });
  it('a programme whose data is of the old period matches old calls', () => {
    const c = testCall({ funder: 'Interreg Nord', programme: 'Interreg Nord 2014-2020', title: 'Utlysning' });
    expect(otherPeriod(c, 'interreg-nord')).toBeUndefined();
  });
});
