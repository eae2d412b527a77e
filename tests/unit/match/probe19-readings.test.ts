/**
 * Readings probe 19 (fresh call pages, blind fact-checks) showed wrong, each as a general rule. Sentences written for
 * this test from how funders generally write, none copied from a probe page:
 * - an exception from a rule on amounts ("EUR 500 000 except for public bodies") shuts no one out;
 * - a regional fund named with a län ("EU Regional Fund – Stockholm") is that län's;
 * - a national agency's grant "som kan sökas hos Länsstyrelsen" is open across Sweden;
 * - "utpekade aktörer" are a group chosen before;
 * - a list of kinds beside organisations of any kind is said as such;
 * - a compound whose head is an association or company word ("lokalföreningar") names that class;
 * - a role defined by an apposition ("huvudmän – det vill säga kommunerna") is that class;
 * - "business models" names no companies;
 * - the North Calotte Council is an area, and ESC's "solidarity projects" an action's name.
 */
import { describe, expect, it } from 'vitest';
import { compoundHeadClass } from '../../../core/match/compound-head.ts';
import { score } from '../../../core/match/index.ts';
import { judge, region } from '../../support/applicant-judge.ts';
import { evidenceTerms } from '../../support/evidence.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({ kind: 'kommun' });
const north = testProfile({ id: 'north', name: 'Nordby kommun', kind: 'kommun', lan: 'norrbotten' });
const kinds = (m: ReturnType<typeof score>) => m.blockers.map((b) => b.kind);

describe('an exception from a rule on amounts', () => {
  it('exempts public bodies, it does not refuse them', () => {
    const j = judge({
      title: 'Support for cities',
      summary:
        'Grant amount is equal to or greater than EUR 500 000 except for public bodies (entities established as a public body under national law).',
      language: 'en',
    });
    expect(j.blockers).toEqual([]);
  });
  it('while "all organisations except public bodies" still does', () => {
    const j = judge({
      title: 'Support for projects',
      summary: 'All organisations may apply except public bodies.',
      language: 'en',
    });
    expect(j.verdict).toBe('not-eligible');
  });
});

describe('a regional fund named with a län', () => {
  const call = testCall({
    funder: 'Tillväxtverket',
    programme: 'EU Regional Fund – Stockholm',
    title: 'Circular economy projects',
    summary: 'Projects should support the transition toward a circular economy.',
    language: 'en',
  });
  it('leaves a body elsewhere outside', () => {
    expect(kinds(score(call, kalmar))).toContain('outside-programme-area');
  });
  it('is open inside that län', () => {
    const stockholm = testProfile({ id: 'sthlm', name: 'Sthlm kommun', kind: 'kommun', lan: 'stockholm' });
    expect(score(call, stockholm).eligibility.area).toBe('eligible');
  });
});

describe("a national agency's grant applied for at the länsstyrelse", () => {
  const call = (summary: string) =>
    testCall({
      funder: 'Länsstyrelsen Västra Götaland / Havs- och vattenmyndigheten',
      title: 'Nytt bidrag till kommuner',
      summary,
      applicantTypes: ['kommuner'],
      language: 'sv',
    });
  it('is open across Sweden', () => {
    const m = score(
      call('Havs- och vattenmyndigheten har tagit fram ett nytt bidrag som nu kan sökas hos Länsstyrelsen.'),
      kalmar,
    );
    expect(kinds(m)).not.toContain('outside-programme-area');
  });
  it('while the länsstyrelse handing out money in its län keeps its area', () => {
    expect(kinds(score(call('Medel finns för lokala aktörer i länet.'), kalmar))).toContain('outside-programme-area');
  });
});

describe('actors named beforehand', () => {
  it('are a group chosen before', () => {
    const j = judge({
      title: 'Främja cirkulär ekonomi',
      summary: 'Vem kan söka? Utpekade aktörer som bidrar till genomförandet av en prioriterad strategi.',
      language: 'sv',
    });
    expect(j.verdict).toBe('unknown');
    expect(j.text).toMatch(/bara öppen för "Utpekade aktörer/);
  });
});

describe('kinds beside organisations of any kind', () => {
  it('are said, and the doubt with them', () => {
    const j = judge({
      title: 'Projektbidrag',
      summary: 'Bidraget kan sökas av föreningar, institutioner, bolag och stiftelser.',
      applicantTypes: ['föreningar', 'institutioner', 'bolag', 'stiftelser'],
      language: 'sv',
    });
    expect(j.text).not.toMatch(/säger inte tydligt/);
  });
});

describe('a compound named by its head', () => {
  it('reads the class from the last part', () => {
    expect(compoundHeadClass('lokalföreningar')).toBe('civil');
    // Some kommuner, not a kind: whether a kommun is a coastal one the call does not say.
    expect(compoundHeadClass('kustkommuner')).toBeUndefined();
    expect(compoundHeadClass('livsmedelsföretag')).toBe('company');
    expect(compoundHeadClass('kommuner')).toBeUndefined();
    expect(compoundHeadClass('Östersjöregionen')).toBeUndefined();
  });
  it('makes a list of local associations one of associations', () => {
    const j = judge({ title: 'Bidrag', applicantTypes: ['lokalföreningar'], language: 'sv' });
    expect(j.verdict).toBe('not-eligible');
  });
  it('leaves coastal municipalities a doubt for a kommun', () => {
    expect(judge({ title: 'Bidrag', applicantTypes: ['kustkommuner'], language: 'sv' }).verdict).toBe('unknown');
  });
});

describe('a role defined by an apposition', () => {
  it('is the class the apposition names', () => {
    const summary = 'Bibliotekens huvudmän – det vill säga kommunerna – kan söka stöd.';
    expect(judge({ title: 'Stärkta bibliotek', summary, language: 'sv' }, region).text).not.toMatch(/en roll som/);
    const bare = 'Bibliotekens huvudmän kan söka stöd.';
    expect(judge({ title: 'Stärkta bibliotek', summary: bare, language: 'sv' }, region).text).toMatch(/en roll som/);
  });
});

describe('a company word qualifying a noun', () => {
  it('"business models" names no companies', () => {
    const j = judge({
      title: 'Call for proposals',
      summary: 'Eligible activities include fostering behavioural change for more sustainable business models.',
      language: 'en',
    });
    expect(j.text).not.toMatch(/företag/);
  });
});

describe('the North Calotte Council', () => {
  const call = testCall({
    funder: 'Nordkalottrådet',
    title: 'Sök stöd',
    summary: 'Rådet beviljar delfinansiering för samarbetsprojekt med aktörer från alla medlemsregioner.',
    language: 'sv',
  });
  it('is an area Norrbotten lies in', () => {
    expect(score(call, north).eligibility.area).toBe('eligible');
    expect(kinds(score(call, kalmar))).toContain('outside-programme-area');
  });
});

describe("ESC's solidarity projects", () => {
  it('are an action of the programme, not solidarity as a topic', () => {
    const call = { summary: 'Sök bidrag för volontärverksamhet och solidaritetsprojekt.', language: 'sv' as const };
    expect(evidenceTerms(call, 'peace-security')).toEqual([]);
  });
});

// From the blind labels of the claims these rules made (relabel 39).
describe('a later stage open only to those who passed the first', () => {
  it('is a group chosen before', () => {
    const j = judge({
      title: 'Regionala innovationsmiljöer',
      summary: 'Steg ett stängde i juni. Steg 2 är endast öppet för dem som gått vidare i steg 1.',
      language: 'sv',
    });
    expect(j.verdict).toBe('unknown');
    expect(j.text).toMatch(/gått vidare/);
  });
});

describe('associations applying through the kommun', () => {
  it('make the kommun an applicant too', () => {
    const j = judge({
      title: 'Lokal naturvård',
      summary: 'Föreningar, till exempel idrottsföreningar, kan via kommunen söka bidrag för naturvårdsprojekt.',
      applicantTypes: ['idrottsföreningar'],
      language: 'sv',
    });
    expect(j.applicantBlockers).toEqual([]);
  });
  it('while associations applying themselves do not', () => {
    const j = judge({
      title: 'Lokal naturvård',
      summary: 'Föreningar kan söka bidrag för naturvårdsprojekt.',
      applicantTypes: ['idrottsföreningar'],
      language: 'sv',
    });
    expect(j.applicantBlockers).not.toEqual([]);
  });
});
