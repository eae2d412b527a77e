/**
 * Words that read like an opening of the list of applicants but are conditions on those named, or places (blind
 * fact-checks of probe 33 found each claim "the list is open to other kinds" false). Sentences written for this
 * test from how funders generally write:
 * - "a legal person … who conforms to SME status may apply": the legal form, then the kind it must be;
 * - "föreningen ska bedriva en verksamhet som är öppen för alla": the association's activities are open to all;
 * - "ett geografiskt område såsom en by eller stadsdel": examples of places, not of who applies;
 * - "inom kommunerna Arjeplog, Boden och Luleå": the kommuner are where the grant applies, not applicants.
 */
import { describe, expect, it } from 'vitest';
import { judge, judgeText } from '../../support/applicant-judge.ts';

describe('a legal form qualified by the kind it must be', () => {
  it('leaves the kind alone as the applicants', () => {
    const j = judgeText(
      'Who can apply? A legal person registered in the national register who conforms to small or medium-sized ' +
        'enterprise status may apply for the grant.',
      'en',
    );
    expect(j.verdict).toBe('not-eligible');
  });
  it('while a legal entity of any kind still opens the call', () => {
    const j = judgeText('Who can apply? Any legal entity established in Sweden may apply for the grant.', 'en');
    expect(j.verdict).not.toBe('not-eligible');
  });
});

describe('an association whose activities must be open to all', () => {
  it('is a condition on the association, not an opening to everyone', () => {
    const j = judge({
      language: 'sv',
      summary:
        'Stödet går till ideella föreningar. Vem kan söka? Föreningen ska ha sitt säte i länet och bedriva en ' +
        'verksamhet som präglas av demokratiska värderingar och är öppen för alla.',
      applicantTypes: ['ideella föreningar', 'idrottsföreningar'],
    });
    expect(j.verdict).toBe('not-eligible');
  });
  it('while a call open to all still admits everyone', () => {
    const j = judgeText('Vem kan söka? Stödet är öppet för alla.', 'sv');
    expect(j.verdict).not.toBe('not-eligible');
  });
});

describe('examples of a place', () => {
  it('are no examples of who applies', () => {
    const j = judge({
      language: 'sv',
      summary:
        'Ett geografiskt område såsom en by, tätort eller stadsdel med ett fungerande byalag eller förening kan ' +
        'ansöka om stöd för att utveckla sin bygd.',
      applicantTypes: ['föreningar', 'byalag'],
    });
    expect(j.verdict).toBe('not-eligible');
  });
});

describe('kommuner named by their names after "inom"', () => {
  it('are where the grant applies, not applicants', () => {
    const j = judge({
      language: 'sv',
      summary: 'Bygdemedel kan sökas inom kommunerna Arjeplog, Arvidsjaur, Boden och Luleå.',
    });
    expect(j.text).not.toMatch(/nämner kommuner/);
  });
  it('while kommuner as such still are', () => {
    expect(judgeText('Kommuner kan söka medlen.', 'sv').verdict).toBe('eligible');
  });
});
