/**
 * Words that look like a priority's topic but are not this call's: the public sector named as the aid's target
 * abroad ("stöd till lokal offentlig sektor i Ukraina", "support to the public sector in partner countries"), a
 * topic in a sentence about another call or a later round ("objective 2.1 will reopen in the 5th call", "nästa
 * utlysning kommer att omfatta turism"), and what an office-holder said at a launch ("the mayor stressed the value
 * of cross-border cooperation"). Sentences written for this test, Swedish and English.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const profileOf = (concept: string) =>
  testProfile({
    priorities: [{ id: 'p', label: { sv: 'prioritet', en: 'priority' }, weight: 1, concepts: [concept], terms: [] }],
  });
const reasonsFor = (concept: string, summary: string, language: 'sv' | 'en', title = 'Utlysning') =>
  score(testCall({ funder: 'Testfonden', title, summary, language }), profileOf(concept)).reasons.filter(
    (r) => r.conceptId === concept,
  );

describe("the public sector abroad is not the body's own", () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Stöd till den offentliga sektorn på lokal och regional nivå i Ukraina.', 'sv'],
    ['Support to the public sector and civil society in Ukraine.', 'en'],
    ['Support for public administration reform in Ukraine and Moldova.', 'en'],
    ['Stöd till offentlig sektor och civilsamhälle i Ukraina.', 'sv'],
    ['Stöd till lokal offentlig sektor i ICLD:s partnerländer.', 'sv'],
    ['Support to the local public sector in countries of the Eastern Partnership.', 'en'],
    ['The project will support the local public sector in the partner municipality in Ukraine.', 'en'],
    ['Support the public sector in low- and middle-income countries.', 'en'],
    ['Stöd till offentlig sektor i låg- och medelinkomstländer.', 'sv'],
    ['Support to public administrations in the EU neighbourhood.', 'en'],
    ['Stöd till offentlig sektor i Afrika och Asien.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => expect(reasonsFor('public-innovation', summary, language)).toEqual([]));
  }
  it("the body's own sector, worked on with partners abroad, still counts", () => {
    const summary = 'Kommunen utvecklar sin offentliga sektor genom nya arbetssätt tillsammans med partners i Ukraina.';
    expect(reasonsFor('public-innovation', summary, 'sv')).not.toEqual([]);
  });
  it('the public sector in the Nordic countries is ours too', () => {
    const summary = 'Innovation i offentlig sektor i de nordiska länderna.';
    expect(reasonsFor('public-innovation', summary, 'sv')).not.toEqual([]);
  });
});

describe('another call or a later round', () => {
  const cases: [string, 'sv' | 'en'][] = [
    [
      'The 4th call is open for objective 1.1 on digitalisation. Objective 2.1 on tourism will reopen in the 5th call.',
      'en',
    ],
    ['Utlysningen gäller digitalisering. Nästa utlysning kommer att omfatta turism.', 'sv'],
    ['Digital projects are welcome. Tourism will be a priority in the next call.', 'en'],
    ['Utlysningen gäller digitalisering. Insatsområdet turism öppnas igen i en senare utlysning.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => expect(reasonsFor('tourism', summary, language)).toEqual([]));
  }
  it("this call's own topic still counts beside such a remark", () => {
    const summary = 'Utlysningen gäller hållbar turism. Nästa utlysning kommer att omfatta digitalisering.';
    expect(reasonsFor('tourism', summary, 'sv')).not.toEqual([]);
  });
  it('bodies named for the next call are neither applicants nor shut out', () => {
    const m = score(
      testCall({ summary: 'Companies may apply. In the next call, municipalities will also be able to apply.' }),
      testProfile({ kind: 'kommun' }),
    );
    expect(m.eligibility.applicantText.sv).not.toMatch(/kommuner inte kan söka|nämner kommuner/);
  });
});

describe("an office-holder's words at a launch", () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['The programme was launched in Luleå. The mayor stressed the value of cross-border cooperation.', 'en'],
    ['Programmet lanserades i Umeå. Landshövdingen betonade vikten av gränsöverskridande samarbete.', 'sv'],
    // The participle of the report: the remark still is the speaker's.
    ['The minister opened the conference, highlighting the value of cross-border cooperation.', 'en'],
    ["The region's chair welcomed the guests, emphasising cross-border cooperation between towns.", 'en'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => expect(reasonsFor('cross-border', summary, language, 'Launch')).toEqual([]));
  }
  it('the call funding cross-border work still counts beside such a remark', () => {
    const summary =
      'The call funds cross-border cooperation between municipalities. The mayor said the programme matters.';
    expect(reasonsFor('cross-border', summary, 'en', 'Launch')).not.toEqual([]);
  });
});
