/**
 * Readings set 36's first look (blind fact-checks of a fresh set) showed wrong, each as a general rule. Sentences
 * written for this test from how funders generally write, none copied from a set's page:
 * - a bracket saying which länsstyrelse distributes a national grant ("Länsstyrelsen (Länsstyrelsen i X län
 *   fördelar)") names its handler, not the grant's area;
 * - organisations qualified by their main activity ("other organisations whose main activity is research") are of
 *   that field, not of any kind;
 * - a call's geographical scope said to be sea basins abroad ("the Black Sea and the Atlantic basins") is no call
 *   from all the EU, unless the scope is one topic's of several (the call is then open, and the line says so);
 * - countries whose organisations take part as partners in projects that a lead partner "from an EU Member State"
 *   applies for do not shut Swedish applicants out;
 * - cities "especially invited" are welcome, not the only ones who may take part;
 * - "våld mot barn" is child protection (social services), not children and youth as a topic;
 * - "beviljas endast till religiöst och politiskt obundna organisationer" says who receives the grant, and such
 *   organisations are civil society's;
 * - "Mellersta Östersjön" is the Swedish name of Interreg Central Baltic.
 * Three readings are left as they were: the EaSI programme's policy areas listed as context of a call, health as
 * one aim of a sport event against a priority of health care, and a 2007 sub-programme's islands named in a news
 * item.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { judge } from '../../support/applicant-judge.ts';
import { topicsOf } from '../../support/evidence.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

describe('a länsstyrelse that distributes a national grant', () => {
  const area = (funder: string) =>
    score(
      testCall({
        funder,
        title: 'Bidrag till kommunernas mottagande',
        summary: 'Kommuner kan ansöka om medel hos länsstyrelsen för insatser för nyanlända.',
        language: 'sv',
      }),
      testProfile(),
    );
  it('is its handler, not its area', () => {
    const m = area('Länsstyrelsen (Länsstyrelsen i Dalarnas län fördelar medlen)');
    expect(m.blockers.filter((b) => b.kind === 'outside-programme-area')).toEqual([]);
  });
  it('while a länsstyrelse’s own grant keeps its län', () => {
    const m = area('Länsstyrelsen i Dalarnas län');
    expect(m.blockers.map((b) => b.kind)).toContain('outside-programme-area');
  });
});

describe('organisations qualified by their main activity', () => {
  it('are of that field: whether a kommun is one is not said', () => {
    const v = judge({
      summary: 'The call is open to universities, institutes or other organisations whose main activity is research.',
      applicantTypes: ['universities, institutes or other organisations whose main activity is research'],
    });
    expect(v.verdict).toBe('unknown');
    expect(v.text).not.toMatch(/omfattar kommuner/);
  });
  it('while other organisations without a qualifier admit any kind', () => {
    const v = judge({
      summary: 'The call is open to universities, institutes or other organisations.',
      applicantTypes: ['universities, institutes or other organisations'],
    });
    expect(v.verdict).toBe('eligible');
  });
});

describe('a geographical scope of sea basins abroad', () => {
  const m = (summary: string) =>
    score(
      testCall({
        funder: 'European Commission (CINEA)',
        programme: 'EMFAF',
        title: 'Blue economy partnerships',
        summary,
      }),
      testProfile(),
    );
  it('is no call from all the EU', () => {
    const r = m(
      'Projects build sea-basin partnerships. The geographical scope of this topic is the Black Sea and the Adriatic.',
    );
    expect(r.eligibility.area).not.toBe('eligible');
    expect(r.eligibility.areaText.sv).toMatch(/Black Sea/);
  });
  it('while a scope of one topic in a call of two leaves the call open, and says so', () => {
    const r = m(
      'The call covers two topics. The geographical scope of activities for the first topic is the Black Sea. ' +
        'The second topic funds algae farming pilots.',
    );
    expect(r.eligibility.area).toBe('eligible');
    expect(r.eligibility.areaText.sv).toMatch(/^Ett av utlysningens ämnen gäller bara "the Black Sea"; .* hela EU/);
  });
  it('while a scope naming the Baltic keeps the programme data', () => {
    const r = m(
      'Projects build sea-basin partnerships. The geographical scope of this topic is the Baltic and the Atlantic.',
    );
    expect(r.eligibility.areaText.sv).not.toMatch(/utanför Sverige/);
  });
});

describe('partners from listed countries beside a lead from an EU Member State', () => {
  const blockers = (summary: string) =>
    score(
      testCall({
        funder: 'Youth agency',
        title: 'Volunteering with the Eastern Partnership',
        summary,
        eligibleCountries: ['Eastern Partnership countries'],
      }),
      testProfile(),
    ).blockers.map((b) => b.kind);
  it('do not shut Swedish applicants out', () => {
    expect(
      blockers(
        'Organisations from Eastern Partnership countries may join volunteering projects by being partners in ' +
          'projects submitted by a lead organisation from an EU Member State.',
      ),
    ).not.toContain('country-not-eligible');
  });
  it('while the listed countries’ organisations leading the projects do', () => {
    expect(
      blockers('Organisations from Eastern Partnership countries may apply and lead the volunteering projects.'),
    ).toContain('country-not-eligible');
  });
});

describe('cities especially invited', () => {
  const region = testProfile({ kind: 'region', name: 'Region Testlän' });
  it('are welcome, not the only ones who may take part', () => {
    const v = judge(
      {
        summary: 'A partner search tool for the mobility calls. Cities are especially invited to post their interest.',
        applicantTypes: ['cities'],
      },
      region,
    );
    expect(v.applicantBlockers).toEqual([]);
  });
  it('while a call for cities alone still shuts regions out', () => {
    const v = judge({ summary: 'Only cities may apply.', applicantTypes: ['cities'] }, region);
    expect(v.verdict).toBe('not-eligible');
  });
});

describe('violence against children', () => {
  const concepts = (summary: string) => topicsOf({ title: 'Stöd till skyddsarbete', summary, language: 'sv' });
  it('is child protection, not children and youth as a topic', () => {
    const found = concepts('Projekt som förebygger våld mot barn i hemmet.');
    expect(found).toContain('social-services');
    expect(found).not.toContain('youth');
  });
  it('while children as the call’s subject still count', () => {
    expect(concepts('Projekt som ger barn och unga fler fritidsaktiviteter.')).toContain('youth');
  });
});

describe('a grant given only to politically unaffiliated organisations', () => {
  it('is civil society’s: a kommun is not one', () => {
    const v = judge({
      summary:
        'Regionen ger årliga bidrag till länets organisationer. Bidrag beviljas endast till religiöst och politiskt ' +
        'obundna organisationer.',
      applicantTypes: ['organisationer med verksamhet i länet'],
      language: 'sv',
    });
    expect(v.verdict).toBe('not-eligible');
  });
});

describe('Mellersta Östersjön', () => {
  it('is Interreg Central Baltic', () => {
    const a = analyse(
      testCall({
        funder: 'Strukturfondsprogrammet Mellersta Östersjön',
        title: 'Nya projekt beviljade',
        summary: 'Samarbetsprojekt mellan Sverige, Finland och Estland.',
        language: 'sv',
      }),
    );
    expect(a.signals.areaId).toBe('interreg-central-baltic');
  });
});
