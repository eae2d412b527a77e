/**
 * Readings set 27's first look showed wrong, each as a general rule. Sentences written for this test from how
 * funders generally write, none copied from a call of the set:
 * - the head of a suspended compound ("företags- och innovationsfrämjande") names no applicant;
 * - a fund named as one of several sources of money is no area of the call;
 * - a page of programmes "som berör" some län shuts no body elsewhere out;
 * - bodies "aktiva i ett partnerskap" are those already in one;
 * - a programme period the text says was cancelled is not the call's;
 * - "at least one partner must be a kommun" admits a kommun and leaves the rest open;
 * - "effektiv användning av naturresurser" is resource efficiency, not nature.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { suspendedCompoundAt } from '../../../core/text/suspended-compound.ts';
import { judge, region } from '../../support/applicant-judge.ts';
import { evidenceTerms } from '../../support/evidence.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({ kind: 'kommun' });
const linkoping = testProfile({ id: 'east', name: 'Östby kommun', kind: 'kommun', lan: 'ostergotland' });

describe('a suspended compound', () => {
  it('is found by its hyphen and the conjunction after it', () => {
    const t = 'aktörer inom företags- och innovationsfrämjande systemet';
    expect(suspendedCompoundAt(t, t.indexOf('-'))).toBe(true);
    const u = 'kommun-, region- eller statlig nivå';
    expect(suspendedCompoundAt(u, u.indexOf('-'))).toBe(true);
    expect(suspendedCompoundAt('eu-samarbete', 2)).toBe(false);
  });
  it('names no companies in a list of applicants', () => {
    const j = judge({
      title: 'Sök stöd för innovation',
      applicantTypes: ['Aktörer inom företags- och innovationsfrämjande systemet', 'lärosäten'],
      language: 'sv',
    });
    expect(j.text).not.toMatch(/företag/);
  });
  it('while a company word of its own still does', () => {
    const j = judge({ title: 'Sök stöd', applicantTypes: ['företag', 'lärosäten'], language: 'sv' });
    expect(j.text).toMatch(/företag/);
  });
});

describe('a fund named among several', () => {
  const call = (summary: string) =>
    testCall({ funder: 'Testkommissionen', title: 'Tävling för projekt', summary, language: 'sv' });
  it("is where the projects got their money, not the call's area", () => {
    const m = score(
      call(
        'Anmäl projekt som har fått finansiering från Europeiska socialfonden, Fonden för en rättvis omställning eller Interreg.',
      ),
      kalmar,
    );
    expect(m.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
  });
  it("named alone as the call's fund it still limits it", () => {
    const m = score(
      call('Utlysningen finansieras av Fonden för en rättvis omställning och gäller dess område.'),
      kalmar,
    );
    expect(m.blockers.map((b) => b.kind)).toContain('outside-programme-area');
  });
});

describe('programmes "som berör" some län', () => {
  const call = testCall({
    funder: 'Testförbundet',
    title: 'Interreg – program som berör Blekinge, Kalmar och Kronobergs län',
    summary: 'Här beskrivs programmen.',
    language: 'sv',
  });
  it('shut no body elsewhere out', () => {
    const m = score(call, linkoping);
    expect(m.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
    expect(m.eligibility.areaText.sv).toMatch(/framgår inte/);
  });
  it('take a body inside in', () => {
    expect(score(call, kalmar).eligibility.area).toBe('eligible');
  });
  it('while a call "för" the län limits it', () => {
    const limited = testCall({ ...call, title: 'Utlysning för Blekinge, Kalmar och Kronobergs län' });
    expect(score(limited, linkoping).blockers.map((b) => b.kind)).toContain('outside-programme-area');
  });
});

describe('bodies active in a partnership', () => {
  it('are those already in one', () => {
    const j = judge({
      title: 'Bidrag för kommunikation',
      applicantTypes: ['kommuner och regioner aktiva i ett kommunalt partnerskap'],
      language: 'sv',
    });
    expect(j.verdict).toBe('unknown');
    expect(j.text).toMatch(/redan deltar/);
  });
});

describe('a cancelled programme period', () => {
  it('is not the period of the call', () => {
    const m = score(
      testCall({
        funder: 'Kolarctic CBC',
        programme: 'Kolarctic',
        title: 'Kolarctic',
        summary:
          'Programmet stärker samarbetet på Nordkalotten. Framtagandet av programmet för 2021-2027 har avbrutits.',
        language: 'sv',
      }),
      testProfile({ id: 'north', name: 'Nordby kommun', kind: 'kommun', lan: 'norrbotten' }),
    );
    expect(m.eligibility.applicantText.sv).not.toMatch(/programperioden 2021–2027/);
  });
});

describe('a part the group must hold', () => {
  const summary =
    'Olika aktörer kan söka, men varje projekt ska ha minst två parter, varav minst en av dessa måste vara en av de 23 kommunerna i satsningen.';
  it('admits a kommun', () => {
    expect(judge({ title: 'Ny utlysning', summary, language: 'sv' }).verdict).toBe('eligible');
  });
  it('leaves a region free to be the other part', () => {
    const j = judge({ title: 'Ny utlysning', summary, language: 'sv' }, region);
    expect(j.applicantBlockers).toEqual([]);
  });
});

describe('efficient use of natural resources', () => {
  it('is resource efficiency, not nature', () => {
    const call = { summary: 'Projekten ska främja effektiv användning av naturresurser.', language: 'sv' as const };
    expect(evidenceTerms(call, 'biodiversity-nature')).toEqual([]);
    expect(evidenceTerms(call, 'circular-economy')).not.toEqual([]);
  });
  it('while protecting natural resources is nature', () => {
    const call = { summary: 'Projekten ska skydda naturresurser och biologisk mångfald.', language: 'sv' as const };
    expect(evidenceTerms(call, 'biodiversity-nature')).not.toEqual([]);
  });
});
