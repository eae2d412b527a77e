/**
 * Readings set 30's first look (blind fact-checks of a fresh set) showed wrong, each as a general rule. Sentences
 * written for this test from how funders generally write, none copied from a set's page:
 * - a scheme made of several strands ("consists of two action lines: one for individuals, one for legal entities")
 *   is not shut to organisations because its list of applicants names persons;
 * - participants "have all been nominated by a committee": the places are filled, and the programme data's "kommuner
 *   may apply" is not told as if it were this call's;
 * - a funder's programme for a period ("Nordic co-operation programme for environment and climate 2019–2024") is a
 *   framework: its words are context, not what the call funds.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { severalCallsIn } from '../../../core/match/other-calls.ts';
import { programmeNames } from '../../../core/match/own-names.ts';
import { whoMayApply } from '../../../core/match/signals.ts';
import { chosenEarlierIn } from '../../../core/match/who-wording.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const culture = testProfile({ priorities: [testPriority('kultur', ['culture-heritage'])] });
const green = testProfile({ priorities: [testPriority('hallbar', ['green-transition'])] });

describe('a scheme of several strands', () => {
  const summary =
    'The mobility scheme supports artists in all programme countries. The scheme consists of two action lines: ' +
    'Individual Mobility, for artists and groups of up to five persons, and Hosting, for legal entities that host ' +
    'artists and cultural professionals.';
  it('is read as several strands', () => {
    expect(severalCallsIn(summary)).toBe('two action lines');
    expect(severalCallsIn('Programmet består av tre delprogram med egna ansökningsomgångar.')).toBe('tre delprogram');
    // A call in two parts, or two stages, is one call: its limit on applicants stands.
    expect(severalCallsIn('Utlysningen består av två delar: en förstudie och ett genomförande.')).toBeUndefined();
  });
  it('does not shut organisations out because the list names persons', () => {
    const m = score(
      testCall({
        title: 'Mobility grants for artists',
        summary,
        applicantTypes: ['artists', 'cultural professionals', 'groups of up to five persons'],
      }),
      culture,
    );
    expect(m.blockers.map((b) => b.kind)).not.toContain('applicant-type');
    expect(m.eligibility.applicant).toBe('unknown');
    expect(m.eligibility.applicantText.sv).toContain('two action lines');
  });
  it('still shuts them out where the call has one strand for persons', () => {
    const m = score(
      testCall({
        title: 'Mobility grants for artists',
        summary: 'The scheme supports artists and cultural professionals who travel abroad.',
        applicantTypes: ['artists', 'cultural professionals', 'groups of up to five persons'],
      }),
      culture,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});

describe('participants chosen already', () => {
  it('is a group chosen before, told as such', () => {
    expect(chosenEarlierIn('The participants have all been nominated by an expert committee.')).toEqual({
      said: 'The participants have all been nominated by an expert committee',
      kind: 'participants',
    });
    expect(chosenEarlierIn('Deltagarna har valts ut av en jury.')).toEqual({
      said: 'Deltagarna har valts ut av en jury',
      kind: 'participants',
    });
    // How applicants will be chosen is no group chosen already.
    expect(chosenEarlierIn('Participants are selected by an expert committee after the deadline.')).toBeUndefined();
  });
  it('does not tell the programme data as if it were the call', () => {
    const m = score(
      testCall({
        funder: 'Svenska institutet',
        title: 'Leadership programme for the Baltic Sea Region',
        summary:
          'The leadership programme offers training for project leaders. The participants have all been nominated by ' +
          'an expert committee.',
      }),
      culture,
    );
    expect(m.eligibility.applicant).toBe('unknown');
    expect(m.eligibility.applicantText.sv).toContain('Deltagarna är redan utvalda');
    expect(m.eligibility.applicantText.sv).not.toContain('kan kommuner söka');
  });
});

describe("a funder's programme for a period", () => {
  it('is a name', () => {
    expect(programmeNames('Nordiskt samarbetsprogram för miljö och klimat 2019–2024')).toHaveLength(1);
    expect(programmeNames('Co-operation Programme for Regional Development and Planning 2021-2024')).toHaveLength(1);
    // A strand's name says what the call funds.
    expect(programmeNames('Municipal Partnerships for Human Rights')).toHaveLength(0);
    expect(programmeNames('Programme for sustainable cities')).toHaveLength(0);
  });
  it('is no evidence of the topic', () => {
    const call = testCall({
      funder: 'Nordic Council of Ministers',
      programme: 'Nordic co-operation programme for environment and climate 2019–2024',
      title: 'Call for Nordic projects on ship noise',
      summary:
        'The working group supports Nordic projects under the Nordic co-operation programme for environment and ' +
        'climate 2019–2024. Priority for 2023: underwater noise from ships.',
    });
    const reasons = score(call, green).reasons.filter((r) => r.conceptId === 'green-transition');
    expect(reasons).toHaveLength(0);
    // Without the name, the same words are the call's topic.
    const plain = score(
      testCall({
        title: 'Call for Nordic projects',
        summary: 'The working group supports projects on the environment.',
      }),
      green,
    );
    expect(plain.reasons.some((r) => r.conceptId === 'green-transition')).toBe(true);
  });
});

// Probe 24 (blind fact-checks of fresh pages): a call that says whom it awards grants to, or accepts applications
// from, says who may apply; organisations of another country are told as such, not as "not said".
describe('who may apply, in other words', () => {
  it('"grants are awarded to" and "applications are accepted from" say who', () => {
    expect(whoMayApply('The fund supports culture. Grants are awarded to registered associations.')).toContain(
      'Grants are awarded to registered associations',
    );
    expect(whoMayApply('Applications are accepted from cultural institutions.')).toContain('cultural institutions');
    expect(whoMayApply('Ansökningar tas emot från ideella föreningar.')).toContain('ideella föreningar');
    // What grants are awarded for is no applicant.
    expect(whoMayApply('Grants are awarded for research and artistic work.')).toBe('');
  });
  it('tell organisations of another country as such', () => {
    const m = score(
      testCall({
        funder: 'A cultural foundation',
        title: 'Grants for art and culture',
        summary:
          'Grants are awarded to citizens of Finland and people living and working in Finland, and to registered ' +
          'organizations based in Finland.',
        eligibleCountries: ['Finland'],
        applicantTypes: ['citizens of Finland', 'registered organizations based in Finland'],
      }),
      culture,
    );
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.eligibility.applicantText.sv).toBe('Utlysningen vänder sig till sökande i Finland, inte i Sverige.');
  });
});

// Probe 24: organisations defined as associations are civil society; a named network's members are a group.
describe('associations and members', () => {
  it('"organisationer som är demokratiskt uppbyggda och har ett frivilligt medlemskap" are civil society', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Verksamhetsbidrag inom folkhälsa',
        summary:
          'Bidraget kan sökas av organisationer som är demokratiskt uppbyggda, har egen styrelse och har ett ' +
          'frivilligt medlemskap.',
        applicantTypes: ['ideella organisationer'],
      }),
      culture,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
    // Organisations of any kind still admit a kommun.
    const open = score(
      testCall({ language: 'sv', title: 'Bidrag', summary: 'Bidraget kan sökas av organisationer i länet.' }),
      culture,
    );
    expect(open.eligibility.applicant).not.toBe('not-eligible');
  });
  it("a named network's members who apply are a group the call does not place us in", () => {
    expect(chosenEarlierIn('In a consortium of three schools, Nordnet members can apply for funding.')).toEqual({
      said: 'Nordnet members',
      kind: 'other',
    });
    expect(chosenEarlierIn('All members can apply.')).toBeUndefined();
    expect(chosenEarlierIn('EU members can apply.')).toBeUndefined();
  });
});

// Relabel 52: "Sökanden ska vara … offentliga förvaltningar" says who applies; the words are no topic.
describe('"sökanden ska vara"', () => {
  it('is a who-may-apply sentence, and public administrations in it are applicants, not public innovation', () => {
    const summary =
      'Stödet går till kulturprojekt i regionen. Sökanden ska vara föreningar, organisationer eller offentliga ' +
      'förvaltningar.';
    expect(whoMayApply(summary)).toContain('offentliga förvaltningar');
    const m = score(
      testCall({ language: 'sv', title: 'Projektstöd kultur', summary }),
      testProfile({ priorities: [testPriority('verksamhet', ['public-innovation'])] }),
    );
    expect(m.reasons.some((r) => r.conceptId === 'public-innovation')).toBe(false);
    expect(m.eligibility.applicant).toBe('eligible');
  });
});
