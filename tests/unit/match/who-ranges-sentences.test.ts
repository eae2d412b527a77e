import { describe, expect, it } from 'vitest';
import { analyseCall, rank } from '../../../core/match/index.ts';
import { whoRanges } from '../../../core/match/signals.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

/** The text of each who-may-apply range. */
const ranges = (text: string) => whoRanges(text).map(([a, b]) => text.slice(a, b).trim());

describe('who-may-apply sentences (core/text/sentences.ts)', () => {
  it('reads on past an abbreviation: "t.ex." ends no sentence', () => {
    expect(ranges('Stödet kan sökas av aktörer, t.ex. kommuner och regioner. Annat.')).toEqual([
      'Stödet kan sökas av aktörer, t.ex. kommuner och regioner.',
    ]);
  });

  it('ends at a line break, and a question or a lead-in line takes the line under it', () => {
    expect(ranges('Vem kan söka?\nKommuner och regioner\nÖvrigt om utlysningen')).toEqual([
      'Vem kan söka?\nKommuner och regioner',
    ]);
    expect(ranges('Följande kan söka:\nkommuner och regioner\nÖvrigt om utlysningen')).toEqual([
      'Följande kan söka:\nkommuner och regioner',
    ]);
    expect(ranges('Kommuner kan söka\nÖvrigt om utlysningen')).toEqual(['Kommuner kan söka']);
  });

  it('ends a list closed by "etc." before the next sentence, whose "inte" then shuts out only its own subjects', () => {
    const summary =
      'Programmet stödjer samarbete över gränsen. Vem kan söka? Offentliga organisationer, kommunala bolag, ' +
      'universitet, ideella föreningar etc. Privatpersoner och enskilda firmor kan inte söka.';
    const profile = testProfile({ priorities: [testPriority('samarbete', ['international-cooperation'])] });
    const m = rank([analyseCall(testCall({ title: 'Utlysning av projektmedel', summary }))], profile)[0].match;
    expect(m.blockers.filter((b) => b.kind === 'applicant-type')).toEqual([]);
    expect(m.eligibility.applicant).toBe('eligible');
  });

  it('reads "eligible to receive … funding are", "can receive Interreg funding" and "is open for public authorities"', () => {
    expect(ranges('Eligible to receive ERDF funding are public authorities and NGOs. Projects on innovation.')).toEqual(
      ['Eligible to receive ERDF funding are public authorities and NGOs.'],
    );
    expect(ranges('Public authorities and non-profit bodies can receive Interreg funding. Innovation.')).toEqual([
      'Public authorities and non-profit bodies can receive Interreg funding.',
    ]);
    expect(ranges('The call is open for public authorities and private non-profits. It funds research.')).toEqual([
      'The call is open for public authorities and private non-profits.',
    ]);
    // What a call is open for may be its scope: "open for all three priorities" names no applicant.
    expect(ranges('The 5th Call is open for all three priorities. Priority 1 is innovation.')).toEqual([]);
  });
});
