/**
 * Words that name a body without naming it as an applicant, found on a probe of 80 fresh call pages whose
 * who-may-apply passages were read by a helper who never saw the engine (docs/eval/README.md). Sentences written for
 * this test:
 * - health care named outside the sentences on who may apply is the call's field, not its providers;
 * - a body named as the employer of the persons who apply ("forskare anställda inom sjukvården");
 * - a body's money refused ("ändamål som finansieras med kommunala medel"), not the body;
 * - "kommunala bolag och förvaltningar": municipal administrations, not public bodies of every level;
 * - a question heading and the sentence under it ("Vem får söka? Ideella organisationer kan söka") are read as one;
 * - "verksam vid ett universitet, högskola eller myndighet": every body of the list is the applicant's employer;
 * - "not covered by" right after a noun ("for countries not covered by Eurostat, …") negates that clause only;
 * - "alla utom privatpersoner": organisations of every kind;
 * - "a grouping formed by public entities aggregating municipalities is not eligible": the grouping is refused, not
 *   the municipalities it is made of;
 * - "local public entities", "a local public government entity": the local level's public bodies, kommuner, not
 *   regions.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const sv = (summary: string, applicantTypes?: string[]) =>
  testCall({ language: 'sv', title: 'Ansök om stöd', summary, applicantTypes });

describe('bodies named in other roles', () => {
  it('health care as the field of the call admits no public body', () => {
    const m = score(
      sv(
        'Stiftelsen stödjer privata vårdinrättningar. Ansökningar som rör sjukvård uppmuntras. Anslag kan sökas av etablerade organisationer.',
      ),
      kommun,
    );
    expect(m.eligibility.applicantText.sv).not.toMatch(/offentliga aktörer/);
  });

  it('health care providers among the applicants still are public bodies', () => {
    const m = score(sv('Stödet kan sökas av aktörer inom hälso- och sjukvården.'), kommun);
    expect(m.eligibility.applicant).toBe('eligible');
  });

  it('researchers employed in health care apply themselves: no public body applies', () => {
    const m = score(
      sv('Bidraget riktar sig till dig som är anställd inom sjukvården och har en doktorsexamen.', [
        'forskare anställda inom sjukvården',
      ]),
      kommun,
    );
    expect(m.eligibility.applicant).not.toBe('eligible');
  });

  it('"ändamål som finansieras med kommunala och statliga medel" shuts no kommun out', () => {
    const m = score(
      sv(
        'Föreningar och organisationer kan söka bidrag. Vilka ändamål beviljas inte: • Löpande verksamhet • Ändamål som normalt finansieras med kommunala och statliga medel • Sponsring',
      ),
      kommun,
    );
    expect(m.blockers.filter((b) => b.kind === 'applicant-type').map((b) => b.text.sv)).not.toContain(
      'Utlysningen säger att kommuner inte kan söka.',
    );
  });

  it('"kommuner kan inte söka" still does', () => {
    const m = score(sv('Föreningar kan söka bidrag. Kommuner kan inte söka.'), kommun);
    expect(m.eligibility.applicant).toBe('not-eligible');
  });

  it('"kommunala bolag och förvaltningar" admit a kommun, not a region', () => {
    const call = sv('Projektstöd till kultur.', [
      'Kommunala bolag och förvaltningar',
      'Ideella föreningar',
      'Stiftelser',
    ]);
    expect(score(call, kommun).eligibility.applicant).toBe('eligible');
    expect(score(call, testRegion()).eligibility.applicant).not.toBe('eligible');
  });
});

describe('a question heading and its answer', () => {
  it('"Vem får söka? Ideella organisationer kan söka stöd." names associations only', () => {
    const m = score(sv('Vem får söka? Ideella organisationer kan söka stöd.'), kommun);
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});

describe('a second probe of 40 fresh pages', () => {
  it('"verksam vid ett universitet, högskola eller myndighet" names employers, not applicants', () => {
    const m = score(
      sv(
        'Vem kan söka? Huvudsökande ska ha avlagt doktorsexamen och vara verksam vid ett svenskt universitet, högskola, forskningsinstitut eller myndighet med forskningsuppdrag.',
      ),
      kommun,
    );
    expect(m.eligibility.applicant).not.toBe('eligible');
  });

  it('"for countries not covered by Eurostat, … cities" shuts no city out', () => {
    const m = score(
      testCall({
        title: 'Award for innovative cities: FAQ',
        summary:
          'For countries not covered by Eurostat, the Commission will perform specific checks and might ask any concerned cities to prove they comply with this requirement.',
      }),
      kommun,
    );
    expect(m.blockers.filter((b) => b.kind === 'applicant-type')).toEqual([]);
  });

  it('"cities are not eligible" still does', () => {
    const m = score(
      testCall({ title: 'Grants for NGOs', summary: 'NGOs may apply. Cities are not eligible.' }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
  });

  it('"alla utom privatpersoner" admits a region', () => {
    const m = score(
      sv('Klimatinvesteringar. Vem kan söka? Bidraget kan ges till alla utom privatpersoner.'),
      testRegion(),
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
});

describe('a third probe of 80 fresh pages', () => {
  const eucf = (summary: string) =>
    score(
      testCall({ title: 'Energy facility: FAQ', summary, applicantTypes: ['groupings of municipalities'] }),
      kommun,
    );

  it('a grouping formed by entities aggregating municipalities is refused, not the municipalities', () => {
    const m = eucf(
      'Groupings of municipalities/local authorities are eligible to apply. A grouping formed by local public entities aggregating municipalities/local authorities is not eligible.',
    );
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers.filter((b) => b.kind === 'applicant-type')).toEqual([]);
  });

  it('"municipalities are not eligible" still refuses them', () => {
    expect(eucf('Groupings may apply. Municipalities are not eligible on their own.').eligibility.applicant).toBe(
      'not-eligible',
    );
  });
});

describe('local public bodies', () => {
  const local = (entry: string) =>
    testCall({ title: 'Challenge for cities', summary: 'Cities across the EU may apply.', applicantTypes: [entry] });

  it('"local public government entities" admit a kommun, not a region', () => {
    expect(score(local('local public government entities'), kommun).eligibility.applicant).toBe('eligible');
    expect(score(local('local public government entities'), testRegion()).eligibility.applicant).not.toBe('eligible');
  });

  it('"public entities" admit a region', () => {
    expect(score(local('public entities'), testRegion()).eligibility.applicant).toBe('eligible');
  });
});
