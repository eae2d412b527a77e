/**
 * How much a call made for cities counts for cities working together, on calls written for this test: a list of
 * applicants naming only cities says who the call is for with certainty, so the concept stands beside a theme the
 * call's own text keeps repeating; and a call of a programme made for networks of cities (programmes.json: URBACT)
 * is a call for cities whatever its own list calls them ("kommuner"), and so is one of a programme only urban authorities
 * apply to (UIA, the European Urban Initiative), while a programme only kommuner may apply to
 * for something else (WiFi4EU's vouchers) is not.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [testPriority('cities', ['city-cooperation']), testPriority('climate', ['climate-mitigation'])],
});
const pointsOf = (m: ReturnType<typeof score>, id: string) =>
  m.reasons.filter((r) => r.priorityId === id).reduce((t, r) => t + r.points, 0);

describe('a list naming only cities says who the call is for with certainty', () => {
  it('it outweighs a theme its title names and its text repeats in every sentence', () => {
    const m = score(
      testCall({
        title: 'Climate action',
        summary:
          'Projects cut greenhouse gas emissions. Each project reports its carbon emissions. Climate neutrality is the aim.',
        applicantTypes: ['urban authorities'],
      }),
      body,
    );
    expect(pointsOf(m, 'cities')).toBeGreaterThan(pointsOf(m, 'climate'));
  });
  it('a text on city networks besides still adds to it', () => {
    const listed = (summary: string) =>
      pointsOf(
        score(testCall({ title: 'Innovative actions', summary, applicantTypes: ['urban authorities'] }), body),
        'cities',
      );
    const plain = listed('Projects test new solutions for local services.');
    const networks = listed('Cities work together in networks of cities and exchange between cities.');
    expect(networks).toBeGreaterThan(plain);
  });
});

describe('a programme made for networks of cities', () => {
  const cities = testProfile({ priorities: [testPriority('cities', ['city-cooperation'])] });
  const call = (funder: string, programme: string) =>
    testCall({
      language: 'sv',
      funder,
      programme,
      title: 'Ny utlysning',
      summary: 'Utlysningen är öppen för kommuner som vill utveckla en lokal handlingsplan.',
      applicantTypes: ['kommuner'],
    });
  it('a call of URBACT is for cities whatever its list calls them, by programme data', () => {
    const m = score(call('URBACT', 'URBACT IV'), cities);
    const reason = m.reasons.find((r) => r.conceptId === 'city-cooperation');
    expect(reason?.evidence[0]?.from).toBe('programme-data');
    expect(reason?.evidence[0]?.programmePriority?.en).toBe('Sustainable urban development in networks of cities');
  });
  it('so is a call of a programme only urban authorities may apply to (UIA, the European Urban Initiative)', () => {
    for (const [funder, programme] of [
      ['Urban Innovative Actions', 'Urban Innovative Actions (UIA)'],
      ['European Urban Initiative', 'European Urban Initiative – Innovative Actions'],
    ]) {
      const m = score(
        testCall({ funder, programme, title: 'Fifth call for proposals', summary: 'The call is now open.' }),
        cities,
      );
      expect(m.reasons.map((r) => r.conceptId)).toContain('city-cooperation');
    }
  });
  it('a programme only kommuner may apply to for something else is not', () => {
    const m = score(call('European Commission', 'WiFi4EU'), cities);
    expect(m.reasons.map((r) => r.conceptId)).not.toContain('city-cooperation');
  });
});

describe('a competition for a prize or a title lists cities that compete, not cities working together', () => {
  const cities = testProfile({ priorities: [testPriority('cities', ['city-cooperation'])] });
  const conceptsOf = (over: Parameters<typeof testCall>[0]) =>
    score(testCall({ applicantTypes: ['cities with more than 50,000 inhabitants'], ...over }), cities).reasons.map(
      (r) => r.conceptId,
    );
  it('a title naming an award or a capital title', () => {
    expect(conceptsOf({ title: 'European Capital of Sustainable Mobility' })).not.toContain('city-cooperation');
    expect(conceptsOf({ title: 'The Urban Resilience Award 2031' })).not.toContain('city-cooperation');
    expect(
      conceptsOf({ language: 'sv', title: 'Bli Europas idrottshuvudstad', applicantTypes: ['städer'] }),
    ).not.toContain('city-cooperation');
  });
  it('a who-may-apply sentence naming the competition', () => {
    const summary = 'Cities test new services for residents. The competition is open to cities of any size.';
    expect(conceptsOf({ title: 'Call for cities', summary })).not.toContain('city-cooperation');
  });
  it('the same list in a call that is no competition still counts', () => {
    const summary = 'Cities test new services for residents. The call is open to cities of any size.';
    expect(conceptsOf({ title: 'Call for cities', summary })).toContain('city-cooperation');
  });
});
