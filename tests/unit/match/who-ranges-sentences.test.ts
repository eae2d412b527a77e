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
});
