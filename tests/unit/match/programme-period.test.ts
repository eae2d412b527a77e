/**
 * A call states its programme period ("Interreg Baltic Sea Region 2014-2020"); the programme data describes one
 * period (the one in its name in programmes.json). Who may apply to a call of another period is not told with that
 * data as if certain: the line says the call's period and which period the data describes, and data that shuts us
 * out makes no blocker. Nor is its area: programme areas change between periods, so the area line says which
 * period the data's area is of and neither admits nor shuts out, unless the call's own words name the area (a
 * regional fund programme's name, län) or the programme is interregional (Interreg Europe, URBACT, ESPON: the whole
 * EU in every period). A call says its period in its name, a programme period in its summary, or
 * by its dates alone (deadlines, call number). A call of the data's own period, or one naming no period, is told
 * with the data. Calls written for this test, in both languages, after how funders write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { otherPeriod } from '../../../core/match/signals.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kommun = testProfile({ kind: 'kommun', lan: 'kalmar' });
const call = (programme: string, title = 'Third call for applications is open') =>
  testCall({ funder: 'Interreg Baltic Sea Region', programme, title, summary: 'Projects on sustainable transport.' });

describe('programme period', () => {
  it('a 2014–2020 call is not told the 2021–2027 applicants as its own', () => {
    const m = score(call('Interreg Baltic Sea Region 2014-2020'), kommun);
    expect(m.eligibility.applicantFrom).toBe('programme-data');
    expect(m.eligibility.applicantText.sv).toBe(
      'Utlysningen säger inte vilka som kan söka; den gäller programperioden 2014–2020, men programdata finns bara för Interreg Baltic Sea Region 2021–2027, där kommuner kan söka.',
    );
  });
  it('the period in the title counts as in the programme field', () => {
    const m = score(call('', 'Interreg Baltic Sea Region 2014–2020: fourth call'), kommun);
    expect(m.eligibility.applicantText.sv).toMatch(/programperioden 2014–2020/);
  });
  it('a call of the data’s own period, or naming none, is told with the data', () => {
    for (const programme of ['Interreg Baltic Sea Region 2021-2027', 'Interreg Baltic Sea Region']) {
      const m = score(call(programme), kommun);
      expect(m.eligibility.applicantFrom).toBe('programme-data');
      expect(m.eligibility.applicantText.sv).toMatch(/Interreg Baltic Sea Region 2021–2027 kan kommuner söka/);
    }
  });
  it('a call of a later period than the data is of another period too', () => {
    const c = testCall({ funder: 'European Commission', programme: 'Interreg Nord 2021-2027', title: 'Utlysning' });
    expect(otherPeriod(c, 'interreg-nord')).toBe('2021–2027');
  });
  it('dates that are no period (a deadline span, a strategy to 2030) change nothing', () => {
    const c = call('Interreg Baltic Sea Region', 'Call open 2025-2026 for the strategy 2021-2030');
    expect(otherPeriod(c, 'interreg-baltic-sea-region')).toBeUndefined();
  });
  it('a programme whose data is of the old period matches old calls', () => {
    const c = testCall({ funder: 'Interreg Nord', programme: 'Interreg Nord 2014-2020', title: 'Utlysning' });
    expect(otherPeriod(c, 'interreg-nord')).toBeUndefined();
  });
});

const region = (lan: string) => testProfile({ kind: 'region', lan });

describe('the programme area of another period', () => {
  const southBaltic = (over: Parameters<typeof testCall>[0] = {}) =>
    testCall({
      funder: 'Interreg South Baltic',
      programme: 'Interreg South Baltic 2014-2020',
      title: 'The 4th call for proposals is open',
      summary: 'Projects on green technologies and sustainable transport in the South Baltic area.',
      eligibleCountries: ['Sweden', 'Denmark', 'Germany', 'Lithuania', 'Poland'],
      ...over,
    });
  it('a period the data holds is judged on that period’s area: the body inside it is told so, with its points', () => {
    const old = score(southBaltic(), kommun);
    expect(old.eligibility.area).toBe('eligible');
    expect(old.eligibility.areaFrom).toBe('programme-data');
    expect(old.eligibility.areaText.sv).toBe('Kalmar län ingick i programområdet för Interreg South Baltic 2014–2020.');
    expect(old.eligibility.areaText.en).toBe(
      'Kalmar län was inside the Interreg South Baltic 2014–2020 programme area.',
    );
    // The same points as a call of the data's own period gives the same body.
    const now = score(southBaltic({ programme: 'Interreg South Baltic 2021-2027' }), kommun);
    expect(old.eligibility.areaPoints).toBe(now.eligibility.areaPoints);
    expect(old.eligibility.areaPoints).toBeGreaterThan(0);
  });
  it('the body outside that period’s area is shut out, as in the current period', () => {
    const m = score(southBaltic(), region('vastra-gotaland'));
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.blockers.map((b) => b.kind)).toContain('outside-programme-area');
    expect(m.eligibility.areaText.sv).toBe(
      'Västra Götalands län låg utanför programområdet för Interreg South Baltic 2014–2020.',
    );
    expect(m.eligibility.areaText.en).toBe(
      'Västra Götalands län was outside the Interreg South Baltic 2014–2020 programme area.',
    );
  });
  it('a län the text names is a project’s or a partner’s, not a limit, where the data holds that period’s area', () => {
    const news = southBaltic({
      title: 'Tolv projekt, varav tre med anknytning till Kalmar län, får medel – nästa ansökningsomgång öppnar',
      summary: 'Nästa ansökningsomgång pågår till 30 juni. Man öppnar då för projekt inom grön teknik.',
      language: 'sv',
    });
    const blekinge = score(news, testProfile({ kind: 'kommun', lan: 'blekinge' }));
    expect(blekinge.eligibility.area).toBe('eligible');
    expect(blekinge.eligibility.areaText.sv).toBe(
      'Blekinge län ingick i programområdet för Interreg South Baltic 2014–2020.',
    );
    expect(blekinge.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
    // …while a call of a period the data does not hold is still read by the area its text names.
    const older = southBaltic({
      programme: 'Interreg South Baltic 2007-2013',
      title: 'Utlysning för projekt i Kalmar län',
      summary: 'Stödet kan sökas av organisationer i Kalmar län.',
      language: 'sv',
    });
    const outside = score(older, testProfile({ kind: 'kommun', lan: 'blekinge' }));
    expect(outside.eligibility.area).toBe('not-eligible');
    expect(outside.eligibility.areaText.sv).toBe('Utlysningen gäller Kalmar län; Blekinge län ligger utanför.');
  });
  it('a programme that no longer exists is judged on the area of the period named (Interreg IV A Nord 2007–2013)', () => {
    const nord = testCall({
      funder: 'Interreg Nord',
      programme: 'Interreg IV A Nord 2007-2013',
      title: 'Utlysning för gränsöverskridande projekt',
      language: 'sv',
    });
    const inside = score(nord, testProfile({ kind: 'kommun', lan: 'vasterbotten' }));
    expect(inside.eligibility.area).toBe('eligible');
    expect(inside.eligibility.areaText.sv).toBe(
      'Västerbottens län ingick i programområdet för Interreg IV A Nord 2007–2013.',
    );
    const outside = score(nord, region('jamtland'));
    expect(outside.eligibility.area).toBe('not-eligible');
    expect(outside.eligibility.areaText.sv).toBe(
      'Jämtlands län låg utanför programområdet för Interreg IV A Nord 2007–2013.',
    );
  });
  it('a period the data does not hold is not told as the call’s: the body inside the data’s area is not said to be inside the old one', () => {
    const m = score(southBaltic({ programme: 'Interreg South Baltic 2007-2013' }), kommun);
    expect(m.eligibility.area).toBe('unknown');
    expect(m.eligibility.areaText.sv).toBe(
      'Utlysningen gäller programperioden 2007–2013 och nämner Sverige bland länderna; programdata finns bara för Interreg South Baltic 2021–2027, vars område omfattar Kalmar län. Om Kalmar län ingår i programområdet för 2007–2013 framgår inte.',
    );
    expect(m.eligibility.areaText.en).toMatch(/Whether Kalmar län is inside the 2007–2013 programme area is not said/);
  });
  it('…and the body outside the data’s area is not shut out by it', () => {
    const m = score(southBaltic({ programme: 'Interreg South Baltic 2007-2013' }), region('vastra-gotaland'));
    expect(m.eligibility.area).toBe('unknown');
    expect(m.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
    expect(m.eligibility.areaText.sv).toMatch(/vars område inte omfattar Västra Götalands län/);
  });
  it('a programme with no Swedish part shuts a Swedish body out in a call of another period too', () => {
    const alpine = testCall({
      funder: 'Interreg Alpine Space',
      programme: 'Interreg Alpine Space 2014-2020',
      title: 'Fourth call for project proposals',
      summary: 'The call is open throughout the priorities: innovation, low carbon, liveable Alpine Space.',
    });
    const m = score(alpine, kommun);
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.blockers.map((b) => b.kind)).toContain('outside-programme-area');
    expect(m.eligibility.areaText.sv).toBe(
      'Utlysningen gäller programperioden 2014–2020 och nämner inte Sverige; Interreg Alpine Space 2021–2027 omfattar inget svenskt län och Sverige är inte ett av programmets länder.',
    );
    // …but not where the call itself names Sweden among its countries.
    const named = score({ ...alpine, eligibleCountries: ['Austria', 'Sweden'] }, kommun);
    expect(named.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
  });
  it('Sweden in the list of countries of a cross-border programme says which country, not which län', () => {
    const c = testCall({
      funder: 'Interreg Öresund-Kattegat-Skagerrak',
      programme: 'Interreg Öresund-Kattegat-Skagerrak 2007-2013',
      title: 'Utlysning 2012:2 – samtliga insatsområden öppna',
      summary: 'Programmet omfattar Danmark, Norge och Sverige (sydvästra delen).',
      eligibleCountries: ['Sweden', 'Denmark', 'Norway'],
    });
    const m = score(c, kommun);
    expect(m.eligibility.area).toBe('unknown');
    expect(m.eligibility.areaText.sv).not.toMatch(/^Sverige finns bland/);
  });
  it('the call’s own words for its area decide: a regional fund programme’s name', () => {
    const c = testCall({
      funder: 'Tillväxtverket',
      programme: 'Regionalfondsprogrammet Stockholm 2014-2020',
      title: 'Utveckla regionens hållbarhet och konkurrenskraft',
      summary: 'Ansökningsomgången är öppen för forskning och innovation.',
      language: 'sv',
    });
    const m = score(c, kommun);
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.eligibility.areaText.sv).toBe(
      'Utlysningen gäller Regionalfondsprogrammet Stockholm (Stockholms län); Kalmar län ligger utanför.',
    );
  });
  it('an interregional programme covers the whole EU in every period: an older call is told its area', () => {
    const c = testCall({
      funder: 'Interreg Europe',
      programme: 'Interreg Europe 2014-2020',
      title: 'Fourth call: what is new?',
      summary: 'Public authorities exchange experience to improve their regional development policies.',
    });
    const m = score(c, kommun);
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.sv).toBe('Kalmar län ingår i programområdet för Interreg Europe.');
  });
  it('a call of the data’s own period is still told with the data', () => {
    const m = score(southBaltic({ programme: 'Interreg South Baltic 2021-2027' }), kommun);
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.sv).toBe('Kalmar län ingår i programområdet för Interreg South Baltic.');
  });
});

describe('how a call says its period', () => {
  const sb = (over: Parameters<typeof testCall>[0]) =>
    testCall({
      funder: 'Interreg South Baltic',
      programme: 'Interreg South Baltic',
      title: 'Call for proposals',
      ...over,
    });
  const deadline = (date: string) => [{ date, timeZone: 'Europe/Stockholm', kind: 'application' as const }];
  it('a programme period in its summary, when it dates itself by no later year', () => {
    expect(
      otherPeriod(sb({ summary: 'The call is open within the 2014-2020 programme period.' }), 'interreg-south-baltic'),
    ).toBe('2014–2020');
    expect(
      otherPeriod(
        sb({ summary: 'Utlysningen görs inom programperioden 2014–2020.', language: 'sv' }),
        'interreg-south-baltic',
      ),
    ).toBe('2014–2020');
  });
  it('not a summary building on the old period in a call due now, nor a project’s span', () => {
    expect(
      otherPeriod(
        sb({ summary: 'Projects may build on results of the 2014-2020 period.', deadlines: deadline('2025-03-01') }),
        'interreg-south-baltic',
      ),
    ).toBeUndefined();
    expect(otherPeriod(sb({ summary: 'Projects may run 2022-2028.' }), 'interreg-south-baltic')).toBeUndefined();
    expect(
      otherPeriod(
        sb({ summary: 'Tidigare perioden 2014–2020 och nu 2021–2027.', language: 'sv' }),
        'interreg-south-baltic',
      ),
    ).toBeUndefined();
  });
  it('its dates alone: every deadline, opening or call number before the data’s period began', () => {
    expect(otherPeriod(sb({ deadlines: deadline('2017-06-30') }), 'interreg-south-baltic')).toBe('2014–2020');
    expect(otherPeriod(sb({ opens: '2012-09-01' }), 'interreg-south-baltic')).toBe('2007–2013');
    expect(otherPeriod(sb({ title: 'Utlysning 2017:2 är öppen', language: 'sv' }), 'interreg-south-baltic')).toBe(
      '2014–2020',
    );
    expect(otherPeriod(sb({ deadlines: deadline('2026-02-01') }), 'interreg-south-baltic')).toBeUndefined();
    // A round of the old data's period may close years after it ended: later dates are not read.
    expect(otherPeriod(sb({ deadlines: deadline('2022-02-01') }), 'interreg-nord')).toBeUndefined();
  });
});

/**
 * Programmes change their priorities between periods. A call of a period whose priorities the data does not hold
 * (2007–2013 here) is read with the data's only where its own text names their topics (those carried over), never
 * with all of them, and its "all priorities are open" opens none of the data's.
 */
describe('the priorities of a period the data does not hold', () => {
  const profile = (concept: string) =>
    testProfile({
      kind: 'kommun',
      lan: 'kalmar',
      priorities: [{ id: 'p', label: { sv: 'P', en: 'P' }, weight: 1, concepts: [concept], terms: [] }],
    });
  const southBaltic = (programme: string, summary = '') =>
    testCall({ funder: 'Interreg South Baltic', programme, title: 'The 4th call for proposals is open', summary });
  const fromData = (m: ReturnType<typeof score>) => m.reasons.flatMap((r) => r.evidence).filter((e) => e.from);
  it('a call of another period that names no topic gets no points from the data’s priorities', () => {
    const m = score(southBaltic('Interreg South Baltic 2007-2013'), profile('climate-adaptation'));
    expect(m.boosts.map((b) => b.kind)).not.toContain('programme-priorities');
    expect(JSON.stringify(m)).not.toMatch(/klimatanpassning|climate adaptation/i);
  });
  it('a call of the data’s own period that names no topic still does', () => {
    const m = score(southBaltic('Interreg South Baltic 2021-2027'), profile('climate-adaptation'));
    expect(m.boosts.map((b) => b.kind)).toContain('programme-priorities');
  });
  it('the data’s priorities whose topics a call of another period names count, and say the period', () => {
    // Tourism is named; cultural heritage, of the same priority in the data, is read in with it.
    const c = southBaltic('Interreg South Baltic 2007-2013', 'Projects on sustainable tourism.');
    const heritage = score(c, profile('culture-heritage'));
    expect(heritage.boosts.find((b) => b.kind === 'programme-priorities')?.text.sv).toBe(
      'Utlysningen gäller programperioden 2007–2013; av prioriteringarna i Interreg South Baltic 2021–2027 räknas bara de vars ämnen texten själv nämner, "Attraktiva södra Östersjön: hållbar turism", vilket möter strategins "P".',
    );
    // A priority of the data the call does not name, not even at half.
    expect(score(c, profile('blue-economy')).boosts.map((b) => b.kind)).not.toContain('programme-priorities');
  });
  it('"all priorities are open" in a call of another period opens none of the data’s', () => {
    const open = (programme: string) =>
      testCall({
        funder: 'Interreg South Baltic',
        programme,
        title: '5th call',
        summary: 'For this call all priorities are open for applications.',
      });
    expect(fromData(score(open('Interreg South Baltic 2007-2013'), profile('climate-adaptation')))).toEqual([]);
    expect(fromData(score(open('Interreg South Baltic 2021-2027'), profile('climate-adaptation')))).not.toEqual([]);
  });
});

/**
 * A call of an earlier period the data holds priorities for (programmes.json `periods`: Interreg South Baltic
 * 2014–2020 had a priority for skills in the blue and green economy, which 2021–2027 has not; 2021–2027 has circular economy,
 * which 2014–2020 had not) is read with that period's priorities, as a call of today's period is with
 * today's.
 */
describe('the priorities of an earlier period the data holds', () => {
  const profile = (concept: string) =>
    testProfile({
      kind: 'kommun',
      lan: 'kalmar',
      priorities: [{ id: 'p', label: { sv: 'P', en: 'P' }, weight: 1, concepts: [concept], terms: [] }],
    });
  const round = (summary = '') =>
    testCall({
      funder: 'Interreg South Baltic',
      programme: 'Interreg South Baltic 2014-2020',
      title: 'The 4th call for proposals is open',
      summary,
    });
  const fromData = (m: ReturnType<typeof score>) => m.reasons.flatMap((r) => r.evidence).filter((e) => e.from);
  it('a call naming no topic is read with that period’s priorities, named with the period', () => {
    const m = score(round(), profile('skills-supply'));
    const boost = m.boosts.find((b) => b.kind === 'programme-priorities');
    expect(boost?.points).toBeGreaterThan(0);
    expect(boost?.text.sv).toMatch(/; Interreg South Baltic 2014–2020 prioriterar /);
    expect(boost?.text.sv).toMatch(/"Kompetens för den blå och gröna ekonomin"/);
    expect(boost?.text.sv).not.toMatch(/Hållbara södra Östersjön/);
  });
  it('…and not with today’s priorities that period had not', () => {
    expect(score(round(), profile('circular-economy')).boosts.map((b) => b.kind)).not.toContain('programme-priorities');
  });
  it('a call naming topics of today’s priorities is read with those it names (carried over), as before', () => {
    const m = score(round('Projects on sustainable tourism.'), profile('culture-heritage'));
    expect(m.boosts.find((b) => b.kind === 'programme-priorities')?.text.sv).toMatch(
      /^Utlysningen gäller programperioden 2014–2020; av prioriteringarna i Interreg South Baltic 2021–2027 räknas bara/,
    );
  });
  it('"all priorities are open" opens that period’s priorities, quoted as programme data', () => {
    const m = score(round('For this call all priorities are open for applications.'), profile('skills-supply'));
    const ev = fromData(m);
    expect(ev.map((e) => e.programmePriority?.en)).toContain(
      'Human resource capacities for the blue and green economy',
    );
    expect(ev[0].quote).toMatch(/all priorities are open/);
    expect(fromData(score(round('For this call all priorities are open.'), profile('circular-economy')))).toEqual([]);
  });
});

/**
 * Interreg Europe 2014–2020 (programmes.json `periods`): its four thematic priority axes, each about better regional
 * development policies through exchange between regions. A call of that period that opens "samtliga tematiska
 * prioriteringar" (thematic: the word funders put before them, or not) is read with those.
 */
describe('Interreg Europe 2014–2020 and its thematic priorities', () => {
  const profile = (concept: string) =>
    testProfile({
      kind: 'region',
      lan: 'kronoberg',
      priorities: [{ id: 'p', label: { sv: 'P', en: 'P' }, weight: 1, concepts: [concept], terms: [] }],
    });
  const round = (summary: string) =>
    testCall({
      funder: 'Interreg Europe',
      programme: 'Interreg Europe 2014-2020',
      title: 'Interreg Europes fjärde utlysning öppnar i maj',
      summary,
      language: 'sv',
    });
  const fromData = (m: ReturnType<typeof score>) => m.reasons.flatMap((r) => r.evidence).filter((e) => e.from);
  it('"samtliga tematiska prioriteringar" open: read with the period’s priorities, quoted as programme data', () => {
    const m = score(
      round('Samtliga tematiska prioriteringar kommer att vara öppna i utlysningen.'),
      profile('regional-development'),
    );
    const ev = fromData(m);
    expect(ev.map((e) => e.programmePriority?.en)).toContain(
      'Policy learning for regional development (in every priority)',
    );
    expect(ev[0].quote).toMatch(/Samtliga tematiska prioriteringar/);
    expect(
      fromData(score(round('All thematic priorities are open for applications.'), profile('business-development'))),
    ).not.toEqual([]);
  });
  it('a text that opens them under no such words is not read so', () => {
    // Policy learning, which every call of the programme is about (`everyCall`), is read in; the thematic ones not.
    expect(fromData(score(round('Utlysningen öppnar i maj.'), profile('business-development')))).toEqual([]);
    expect(
      fromData(score(round('Utlysningen öppnar i maj.'), profile('regional-development'))).map(
        (e) => e.programmePriority?.en,
      ),
    ).toEqual(['Policy learning for regional development (in every priority)']);
  });
});
