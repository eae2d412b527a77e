/**
 * Which programme a call belongs to decides what its eligibility lines tell. The EU fund's own name ("EMFAF", "the
 * European Maritime, Fisheries and Aquaculture Fund") names the fund's EU-level calls (the Commission's, via CINEA),
 * open across the EU; the Swedish programme of the same fund is named as Sweden names it ("Havs- och
 * fiskeriprogrammet"). Nordic Innovation's calls are written for the Nordic business sector: one naming no public
 * body is a call for companies (company-call.ts). Calls written for this test after how the funders write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testKommun, testPriority, testProfile } from '../../support/test-call.ts';

const kommun = testKommun();

describe('an EU fund’s EU-level calls and its Swedish programme', () => {
  it('a Commission call of the fund is the EU-level programme, open across the EU', () => {
    const eu = testCall({
      funder: 'European Commission (CINEA)',
      programme: 'European Maritime, Fisheries and Aquaculture Fund (EMFAF)',
      title: 'Call for proposals: regional flagships for a sustainable blue economy',
      summary: 'Projects build interregional partnerships for the blue economy in European sea basins.',
    });
    const m = score(eu, kommun);
    expect(m.eligibility.areaText.sv).toMatch(/^EMFAF \(EU-nivå, CINEA\) tar emot ansökningar från hela EU/);
    expect(m.eligibility.areaText.sv).not.toMatch(/Havs- och fiskeriprogrammet/);
  });
  it('a call of the Swedish programme is told as the Swedish programme', () => {
    const se = testCall({
      funder: 'Jordbruksverket',
      programme: 'Havs- och fiskeriprogrammet',
      title: 'Stöd till lokala fiskeprojekt',
      summary: 'Stödet gäller insatser för ett hållbart fiske och vattenbruk.',
      language: 'sv',
    });
    expect(score(se, kommun).eligibility.areaText.sv).toMatch(/^Havs- och fiskeriprogrammet \(EHFVF\)/);
  });
});

describe('Nordic Innovation', () => {
  const green = testProfile({ kind: 'kommun', priorities: [testPriority('gron', ['green-transition'])] });
  const call = (summary: string) =>
    testCall({ funder: 'Nordic Innovation', title: 'Call for project proposals', summary });
  it('a call naming no public body is a call for companies: cut, and said so', () => {
    const m = score(
      call('Projects speed up the green transition and the circular economy in Nordic value chains.'),
      green,
    );
    expect(m.score).toBeGreaterThan(0);
    expect(m.boosts.map((b) => b.kind)).toContain('company-call');
  });
  it('one naming public bodies among the partners is not', () => {
    const m = score(
      call('Consortia of companies, clusters and public authorities may apply for green transition projects.'),
      green,
    );
    expect(m.boosts.map((b) => b.kind)).not.toContain('company-call');
  });
});
