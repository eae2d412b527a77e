/**
 * Words that read like an opening of the list of applicants but are conditions on those named, or places (blind
 * fact-checks of probe 33 found each claim "the list is open to other kinds" false). Sentences written for this
 * test from how funders generally write:
 * - "a legal person … who conforms to SME status may apply": the legal form, then the kind it must be;
 * - "föreningen ska bedriva en verksamhet som är öppen för alla": the association's activities are open to all;
 * - "ett geografiskt område såsom en by eller stadsdel": examples of places, not of who applies;
 * - "inom kommunerna Arjeplog, Boden och Luleå": the kommuner are where the grant applies, not applicants.
 * And words whose other sense made a false reason there: cultural-historic "miljöer", "ensamkommande barn", "unga
 * svenska forskare", "digitala träffar", "investera i" a community asset.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { judge, judgeText } from '../../support/applicant-judge.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

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

describe('words of another sense in probe 31–33’s false reasons', () => {
  const reasons = (summary: string, concepts: string[]) =>
    score(
      testCall({ title: 'Bidrag', summary, language: 'sv' }),
      testProfile({ priorities: [testPriority('p', concepts)] }),
    ).reasons.flatMap((r) => r.evidence.map((e) => e.term));
  it('"kulturhistoriska miljöer" are cultural heritage, not the environment', () => {
    expect(reasons('Du kan söka bidrag till kulturhistoriska miljöer.', ['green-transition'])).toEqual([]);
    expect(reasons('Du kan söka bidrag till kulturhistoriska miljöer.', ['culture-heritage'])).not.toEqual([]);
  });
  it('"ensamkommande barn" are a group of migrants, not youth work', () => {
    expect(reasons('Medlen stärker mottagandet av ensamkommande barn.', ['youth'])).toEqual([]);
  });
  it('"unga svenska forskare" are researchers early in their careers, not young people', () => {
    expect(reasons('Symposiet ska stödja unga svenska forskares vidareutveckling.', ['youth'])).toEqual([]);
  });
  it('"digitala träffar" are a meeting format, not digitalisation', () => {
    expect(
      reasons('Aktiviteterna kan vara fysiska eller digitala träffar med lantbrukare.', ['digitalisation']),
    ).toEqual([]);
  });
  it('"investera i" a community asset is no investment promotion', () => {
    expect(
      reasons('Du kan söka medel för att investera i något till nytta för allmänheten.', ['investment-promotion']),
    ).toEqual([]);
  });
});

describe('a län’s own grant for a few of its kommuner', () => {
  const call = (summary: string) =>
    testCall({ funder: 'Länsstyrelsen i Norrbottens län', title: 'Bygdemedel', summary, language: 'sv' });
  const kommun = (name: string) => testProfile({ name, lan: 'norrbotten' });
  const text = 'Du kan söka bygdemedel inom kommunerna Arjeplog, Arvidsjaur, Boden och Luleå.';
  it('leaves a kommun of the län outside when the names leave it out', () => {
    expect(score(call(text), kommun('Älvsbyns kommun')).eligibility.area).toBe('not-eligible');
  });
  it('while a kommun among them is inside', () => {
    expect(score(call(text), kommun('Bodens kommun')).eligibility.area).toBe('eligible');
  });
});

describe('money not granted to activities already publicly funded', () => {
  it('does not shut public bodies out', () => {
    const j = judgeText(
      'Stipendiet kan sökas av föreningar och organisationer. Stipendiet kan inte beviljas till redan offentligt ' +
        'finansierad verksamhet.',
      'sv',
    );
    expect(j.blockers.join(' ')).not.toMatch(/offentliga aktörer inte/);
  });
});

describe('one sentence putting all the work in the listed countries', () => {
  it('says where the work is, though the text names one of them elsewhere in passing', () => {
    const m = score(
      testCall({
        title: 'Peace-building grants',
        summary:
          'The programme supports reconciliation between communities, including the minority in Israel. All ' +
          'actions must be implemented in Palestine and/or Israel and/or Jordan.',
        eligibleCountries: ['Palestine', 'Israel', 'Jordan'],
      }),
      testProfile(),
    );
    expect(m.blockers.map((b) => b.text.sv).join(' ')).toMatch(/Verksamheten ska ske i/);
    expect(m.blockers.map((b) => b.text.sv).join(' ')).not.toMatch(/Sverige finns inte bland de länder som kan söka/);
  });
});

describe('an organisation like those named', () => {
  it('is no organisation of any kind', () => {
    const j = judge({
      language: 'sv',
      summary: 'Medlen kan sökas av byaförening, samhällsnämnd eller motsvarande organisation på orten.',
      applicantTypes: ['byaförening', 'samhällsnämnd eller motsvarande organisation'],
    });
    expect(j.verdict).toBe('not-eligible');
  });
  it('while organisations of any kind still open the list', () => {
    const j = judge({
      language: 'sv',
      summary: 'Medlen kan sökas av föreningar och andra organisationer.',
      applicantTypes: ['föreningar', 'andra organisationer'],
    });
    expect(j.verdict).not.toBe('not-eligible');
  });
});
