/**
 * Listings show a title and a line: the engine reads a short text as also being about its programme's
 * priorities (programmes.json), shown as a boost that names the programme data, never as a reason quoting the
 * call; a paragraph gets nothing from it.
 */
import { describe, expect, it } from 'vitest';
import { analyseCall, rank, score } from '../../../core/match/index.ts';
import { adjustmentLine } from '../../../core/match/provenance.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Interreg South Baltic', title: 'Call 9: small-scale projects', ...over });

const profile: Profile = testProfile({
  priorities: [
    testPriority('turism', ['tourism', 'culture-heritage'], 1.3),
    testPriority('skola', ['schools-education']),
  ],
});

const programmeBoost = (c: FundingCall) => score(c, profile).boosts.find((b) => b.kind === 'programme-priorities');

describe("a short text read with its programme's priorities", () => {
  it('lifts a bare listing line by what the programme prioritises, saying it comes from programme data', () => {
    const bare = call({});
    const boost = programmeBoost(bare);
    expect(boost?.points).toBeGreaterThan(3);
    expect(boost?.from).toBe('programme-data');
    expect(boost && adjustmentLine(boost, 'sv')).toMatch(/\(programdata\)\.$/);
    expect(boost?.text.sv).toMatch(/hållbar turism/i);
    // No reason claims the call names tourism: the call's own text says nothing of it.
    expect(score(bare, profile).reasons.some((r) => r.conceptId === 'tourism')).toBe(false);
  });

  it('gives nothing to a call of an unknown programme or to a paragraph under a title naming its topic', () => {
    expect(programmeBoost(call({ funder: 'Okänd stiftelse' }))).toBeUndefined();
    const paragraph = call({
      title: 'Call 9: small-scale projects on coastal water quality',
      summary: Array.from({ length: 12 }, () => 'The project partners meet and agree on the work plan.').join(' '),
    });
    expect(programmeBoost(paragraph)).toBeUndefined();
  });

  it('a text that names one of the programme priorities counts the others at half', () => {
    // The profile wants tourism; a call naming water and climate adaptation is less about the tourism priority.
    const bare = programmeBoost(call({}))?.points ?? 0;
    const water = programmeBoost(call({ title: 'Call 9: small-scale projects on water and climate adaptation' }));
    expect(water?.points ?? 0).toBeLessThan(bare);
    expect(water?.points ?? 0).toBeGreaterThan(0);
  });

  it('fades with length: a longer text gets less from its programme than a bare line', () => {
    const title = 'Call 9: small-scale projects on coastal water quality';
    const short = programmeBoost(call({ title, summary: 'Apply now.' }))?.points ?? 0;
    const longer =
      programmeBoost(
        call({ title, summary: 'Apply now. '.repeat(1) + 'The partners agree on the work plan. '.repeat(7) }),
      )?.points ?? 0;
    expect(short).toBeGreaterThan(longer);
  });

  it("reads a call whose title names no topic as its programme's, however long its page on how to apply", () => {
    // A round of the whole programme: the page tells deadlines, budget and partnership rules, not what about.
    const howTo = [
      'Applications are submitted in the electronic monitoring system by the lead partner.',
      'The partnership must include at least two partners from two different countries of the programme area.',
      'The maximum grant is EUR 200 000 per project and the co-financing rate is up to 80 percent.',
      'An online information session for applicants is held two weeks after the opening.',
      'The secretariat answers questions on the application form and on eligible costs until the deadline.',
    ].join(' ');
    const round = programmeBoost(call({ title: 'Call 9 is now open', summary: howTo }));
    expect(round?.points ?? 0).toBeGreaterThan(3);
    expect(round?.from).toBe('programme-data');
    expect(round?.text.sv).toMatch(/^Utlysningens rubrik nämner inget ämne; .*hållbar turism/);
    expect(round?.text.en).toMatch(/^The call's title names no topic;/);
    // The same page under a title that names its topic says what it is about by itself.
    expect(
      programmeBoost(call({ title: 'Call 9: projects on coastal water quality', summary: howTo })),
    ).toBeUndefined();
    // A title naming a topic the profile shares: the call's own words, never the programme's, say so.
    const tourism = score(call({ title: 'Call 9: sustainable tourism projects', summary: howTo }), profile);
    expect(tourism.boosts.some((b) => b.kind === 'programme-priorities')).toBe(false);
    expect(tourism.reasons.some((r) => r.conceptId === 'tourism')).toBe(true);
  });

  it('a title that names only a place names no topic: the programme says what the round is about', () => {
    const howTo = [
      'Applications are submitted in the electronic monitoring system by the lead partner.',
      'The partnership must include at least two partners from two different countries of the programme area.',
      'The maximum grant is EUR 200 000 per project and the co-financing rate is up to 80 percent.',
      'An online information session for applicants is held two weeks after the opening.',
      'The secretariat answers questions on the application form and on eligible costs until the deadline.',
    ].join(' ');
    // "Baltic Sea region" says where the projects are (a place, shown as a geographic focus), not what about.
    const round = programmeBoost(call({ title: 'Call 9 for the Baltic Sea region is now open', summary: howTo }));
    expect(round?.points ?? 0).toBeGreaterThan(3);
    expect(round?.text.sv).toMatch(/^Utlysningens rubrik nämner inget ämne;/);
  });

  it('gives nothing where the call says who applies and leaves it open whether we may (existing projects only)', () => {
    // The fit beyond the call's words (programme data) is for calls the body can apply to, as the other fit boosts.
    const open = call({});
    const existing = call({ applicantTypes: ['existing projects funded by the programme'] });
    expect(programmeBoost(open)?.points ?? 0).toBeGreaterThan(3);
    expect(score(existing, profile).eligibility.applicant).toBe('unknown');
    expect(programmeBoost(existing)).toBeUndefined();
    const ranked = rank([existing, open].map(analyseCall), profile);
    for (const r of ranked) expect(r.match.score).toBe(score(r.call, profile).score);
  });

  it('a Swedish title of a round names no topic either', () => {
    const round = programmeBoost(
      call({
        language: 'sv',
        title: 'Nu öppnar den femte utlysningen',
        summary:
          'Ansökan lämnas i det elektroniska systemet av den ledande partnern. Projektet ska ha partner från minst två länder i programområdet. Stödet är högst 200 000 euro per projekt och medfinansieringen upp till 80 procent. Sekretariatet svarar på frågor om ansökan fram till sista dagen.',
      }),
    );
    expect(round?.text.sv).toMatch(/^Utlysningens rubrik nämner inget ämne;/);
  });

  it('ranks as it explains: the fast path includes the programme reading', () => {
    const calls = [call({ id: 'b', funder: 'Okänd stiftelse' }), call({ id: 'a' })].map(analyseCall);
    const ranked = rank(calls, profile);
    expect(ranked[0].call.id).toBe('a');
    for (const r of ranked) expect(r.match.score).toBe(score(r.call, profile).score);
  });
});
