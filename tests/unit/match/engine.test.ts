import { describe, expect, it } from 'vitest';
import { analyseCall, explain, prepareProfile, rank, score } from '../../../core/match/index.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const call = testCall;

const karlskrona = getSeedProfile('karlskrona')!;
const alvsbyn = getSeedProfile('alvsbyn')!;
const linkoping = getSeedProfile('linkoping')!;

const southBaltic = call({
  id: 'sb:1',
  funder: 'Interreg South Baltic',
  programme: 'Interreg South Baltic 2021-2027',
  title: 'Small-scale projects: cross-border cooperation capacity of local actors',
  summary:
    'Municipalities and NGOs in the South Baltic area may apply for cross-border projects with partners in Poland and Lithuania.',
});
const company = call({
  id: 'eic:1',
  funder: 'European Innovation Council',
  title: 'Accelerator for breakthrough innovation',
  summary: 'Funding for innovative start-ups scaling up across the Baltic Sea region.',
  applicantTypes: ['SMEs', 'start-ups'],
});

describe('score', () => {
  it('explains every point with the priority, the concept and the call’s own words', () => {
    const m = score(southBaltic, karlskrona);
    expect(m.reasons.length).toBeGreaterThan(0);
    const text = `${southBaltic.title} ${southBaltic.programme} ${southBaltic.summary}`;
    for (const r of m.reasons) {
      expect(r.priorityLabel.sv && r.priorityLabel.en).toBeTruthy();
      for (const e of r.evidence) {
        expect(text).toContain(e.term);
        expect(text.replace(/\s+/g, ' ')).toContain(e.quote.replace(/^…|…$/g, ''));
      }
    }
    const total =
      m.reasons.reduce((t, r) => t + r.points, 0) + m.eligibility.points + m.boosts.reduce((t, b) => t + b.points, 0);
    expect(Math.abs(total + m.blockers.reduce((t, b) => t + b.points, 0) - m.score)).toBeLessThan(0.05);
  });

  it('blocks a body outside the programme area, with a bilingual reason', () => {
    const inside = score(southBaltic, karlskrona);
    const outside = score(southBaltic, linkoping);
    expect(inside.eligibility.area).toBe('eligible');
    expect(outside.eligibility.area).toBe('not-eligible');
    expect(outside.blockers[0].text.sv).toMatch(/utanför/);
    expect(outside.blockers[0].text.en).toMatch(/outside/);
    expect(['weak', 'none']).toContain(outside.band);
    expect(outside.score).toBeLessThan(inside.score);
  });

  it('reads Aurora as eligible for Älvsbyn only', () => {
    const aurora = call({
      id: 'a:1',
      funder: 'Interreg Aurora',
      title: 'Aurora call 6',
      summary: 'Cross-border tourism and business.',
    });
    expect(score(aurora, alvsbyn).eligibility.area).toBe('eligible');
    expect(score(aurora, karlskrona).eligibility.area).toBe('not-eligible');
  });

  it('blocks calls open to companies only', () => {
    const m = score(company, karlskrona);
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(true);
    expect(['weak', 'none']).toContain(m.band);
  });

  it('boosts partner countries the call names', () => {
    const m = score(southBaltic, karlskrona);
    expect(m.boosts.find((b) => b.kind === 'partner-country')?.text.en).toMatch(/Poland/);
  });

  it('is deterministic and the same on analysed calls and prepared profiles', () => {
    expect(score(analyseCall(southBaltic), prepareProfile(karlskrona))).toEqual(score(southBaltic, karlskrona));
  });

  it('matches Swedish calls through stems and compounds', () => {
    const sv = call({
      id: 'sv:1',
      language: 'sv',
      title: 'Stöd till klimatanpassningsåtgärder och vattenförvaltningen i kommunerna',
      summary: 'Kommuner kan söka.',
    });
    const m = score(sv, getSeedProfile('kalmar')!);
    expect(m.reasons.map((r) => r.conceptId)).toEqual(expect.arrayContaining(['water-marine']));
  });
});

describe('rank', () => {
  const closed = call({
    ...southBaltic,
    id: 'sb:closed',
    deadlines: [{ date: '2020-01-01', timeZone: 'Europe/Stockholm', kind: 'application' }],
  });
  it('ranks best first, keeps closed calls unless openOnly', () => {
    const r = rank([company, closed, southBaltic], karlskrona, { now: new Date('2026-01-01') });
    expect(r.map((x) => x.call.id).slice(-1)).toEqual(['eic:1']);
    expect(r.map((x) => x.call.id)).toContain('sb:closed');
    const open = rank([company, closed, southBaltic], karlskrona, { openOnly: true, now: new Date('2026-01-01') });
    expect(open.map((x) => x.call.id)).not.toContain('sb:closed');
  });
});

describe('explain', () => {
  it('reads in Swedish and English', () => {
    const m = score(southBaltic, karlskrona);
    const sv = explain(m, 'sv');
    const en = explain(m, 'en');
    expect(sv[0]).toMatch(/^Poäng \d+ av 100/);
    expect(en[0]).toMatch(/^Score \d+ of 100/);
    expect(sv.some((l) => l.includes('Matchar prioriteringen'))).toBe(true);
    expect(en.some((l) => l.includes('Matches the priority'))).toBe(true);
  });
});

describe('ranking agrees with explained scores', () => {
  const calls = [
    southBaltic,
    company,
    call({
      id: 'icld:1',
      funder: 'ICLD',
      programme: 'Kommunala partnerskap',
      title: 'Kommunala partnerskap',
      summary: 'Svenska kommuner och regioner kan söka för partnerskap om lokal demokrati.',
      language: 'sv',
    }),
  ];
  it('orders by the same score that score() explains', () => {
    for (const profile of [karlskrona, alvsbyn, linkoping]) {
      const ranked = rank(calls.map(analyseCall), prepareProfile(profile));
      const scores = ranked.map((r) => r.match.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const r of ranked) expect(r.match).toEqual(score(r.call, profile));
    }
  });
  it('reads ICLD municipal partnerships as open to kommuner', () => {
    const m = score(calls[2], alvsbyn);
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.eligibility.applicantText.sv).toMatch(/ICLD/);
  });
  it('reads "who may apply" sentences', () => {
    const research = call({
      id: 'f:1',
      language: 'sv',
      title: 'Forskning om hållbar samhällsplanering',
      summary:
        'Utlysningen gäller forskningsprojekt. Vem kan söka? Universitet och högskolor med disputerade forskare.',
    });
    expect(score(research, linkoping).eligibility.applicant).toBe('not-eligible');
  });
});
