/**
 * Readings set 33's first look (blind fact-checks of a fresh set) showed wrong, each as a general rule. Sentences
 * written for this test from how funders generally write, none copied from a set's page:
 * - applicants who must be "independent from government and public authorities" shut those bodies out;
 * - "the managing authority", "operates as the administrative authority": a programme's own office, not an applicant
 *   (and an authority is no author applying for herself);
 * - after "Only X may apply, and only Y can be considered for a residency", Y are those chosen, not applicants;
 * - "Krav på sökande:" opens the sentence on who may apply;
 * - a region's grant for preparing applications to an EU programme is the region's own, for its own län;
 * - a page with two grants ("Inom området finns två bidrag att söka") whose second is for kommuner only does not
 *   shut a region out of the first;
 * - "regional authorities" name applicants, not regional development as a topic;
 * - Formas admits kommuner and regioner only where a call is written for them: told so, never a blocker.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { judge, region } from '../../support/applicant-judge.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

describe('independent from public authorities', () => {
  it('shuts public bodies out', () => {
    const v = judge({
      summary:
        'The call supports non-profit organisations active in environmental policy. Applicants must be independent ' +
        'from government and other public authorities, and from commercial interests.',
    });
    expect(v.verdict).not.toBe('eligible');
  });
  it('in Swedish too', () => {
    const v = judge({
      language: 'sv',
      summary: 'Sökande ska vara en ideell organisation som är fristående från stat, kommuner och regioner.',
    });
    expect(v.verdict).not.toBe('eligible');
  });
});

describe("a programme's own offices", () => {
  it('are not applicants', () => {
    const v = judge({
      summary:
        'The programme supports cross-border cooperation in the north. The county administrative board operates as ' +
        'the administrative authority of the programme. Projects must have partners from at least two countries.',
    });
    expect(v.verdict).toBe('unknown');
    expect(v.text).not.toMatch(/nämner (kommuner|regioner) eller offentliga/);
  });
  it('nor is an authority an author', () => {
    const v = judge({ summary: 'Applications are sent to the managing authority by the lead partner.' });
    expect(v.blockers).toEqual([]);
    expect(v.verdict).toBe('unknown');
  });
  it('local administrative authorities in a list of applicants still apply', () => {
    expect(judge({ summary: 'Local administrative authorities may apply.' }).verdict).toBe('eligible');
  });
});

describe('those chosen for what is funded', () => {
  it('after the clause on who may apply are not applicants', () => {
    const v = judge({
      language: 'sv',
      summary:
        'Endast konsthallar i Norden kan ansöka om stöd och endast konstnärer och kulturskapare som är av belarusisk ' +
        'nationalitet kan komma ifråga för ett residens.',
      applicantTypes: ['Konsthallar'],
    });
    expect(v.blockers.join(' ')).not.toMatch(/enskilda personer/);
  });
  it('persons who may apply themselves still do', () => {
    const v = judge({ language: 'sv', summary: 'Endast privatpersoner kan ansöka om stipendiet.' });
    expect(v.verdict).toBe('not-eligible');
  });
});

describe('a heading on who may apply', () => {
  it('opens the list that follows', () => {
    const v = judge({
      language: 'sv',
      summary:
        'Målgrupper är små och medelstora företag. Krav på sökande: ska vara en icke-vinstdrivande organisation, ' +
        'såsom idéburen sektor, kommun eller region, eller lärosäten.',
      applicantTypes: ['små och medelstora företag'],
    });
    expect(v.verdict).toBe('eligible');
  });
});

describe("a region's grant towards another programme", () => {
  const call = (summary: string) =>
    testCall({
      funder: 'Region Skåne',
      programme: 'Planeringsbidrag för skånska ansökningar till Horisont Europa',
      title: 'Planeringsbidrag för ansökningar till Horisont Europa',
      language: 'sv',
      summary,
    });
  const kalmar = testProfile({ kind: 'kommun', lan: 'kalmar' });
  it('is for the region’s own län', () => {
    const m = score(call('Bidraget stöder framtagandet av ansökningar till Horisont Europa.'), kalmar);
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.eligibility.areaText.sv).toMatch(/Region Skåne/);
  });
});

describe('a page with several grants', () => {
  it('does not shut a region out of all for a limit under one', () => {
    const v = judge(
      {
        language: 'sv',
        summary:
          'Inom biblioteksområdet finns två bidrag att söka.\n\nLäsfrämjande insatser: stödet finns för att fler ska ' +
          'läsa.\n\nInköpsstöd till folkbibliotek: du som ansöker ska representera kommunens folkbibliotek.',
        applicantTypes: ['kommunens folkbibliotek'],
      },
      region,
    );
    expect(v.applicantBlockers).toEqual([]);
  });
});

describe('regional authorities', () => {
  it('named as applicants are not regional development', () => {
    const p = testProfile({ priorities: [testPriority('regional', ['regional-development'])] });
    const m = score(
      testCall({
        title: 'Networks for cities',
        summary: 'If you represent a local or regional authority, join this infosession to learn about the networks.',
      }),
      p,
    );
    expect(m.reasons.flatMap((r) => r.evidence.map((e) => e.term)).join(' ')).not.toMatch(/regional authorit/i);
  });
});

describe('Formas', () => {
  it('tells kommuner they may take part by exception, with no blocker', () => {
    const v = judge({
      funder: 'Formas',
      title: 'Designed living environments for health',
      summary: 'Apply for a grant for research and innovation projects on how the built environment promotes health.',
    });
    expect(v.applicantBlockers).toEqual([]);
    expect(v.text).toMatch(/undantagsfall/);
  });
});
