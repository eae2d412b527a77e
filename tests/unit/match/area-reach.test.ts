/**
 * How far a programme area reaches decides what being inside it is worth: an area drawn around part of Sweden
 * (a cross-border or regional fund programme, a transnational one of a few län) was drawn for the regions in it
 * and counts whatever its call's text names; an area covering all of Sweden or the EU counts a little more than a
 * programme open to anyone across the EU (a territorial cooperation programme), scaled by how relevant the text is. And a place named only through countries is the place
 * those countries are most of: the Nordic countries are no Baltic Sea call. Calls written for this test.
 */
import { describe, expect, it } from 'vitest';
import { AREA_BOOST, OPEN_GEOGRAPHY_BOOST } from '../../../core/match/eligibility.ts';
import { score } from '../../../core/match/index.ts';
import { shownPoints, testCall, testPriority, testProfile } from '../../support/test-call.ts';

// Youth work is none of the programmes' priorities below: a bare call of theirs names nothing the body wants.
const blekinge = testProfile({ lan: 'blekinge', priorities: [testPriority('unga', ['youth'])] });
// A call that says when and how, and no topic: the programme's own priorities are what it is about.
const bare = 'The call for small projects opens on 3 March and closes on 14 April. Apply through the online system.';

describe('an area drawn around part of Sweden counts in full, whatever the text names', () => {
  it('a cross-border programme covering the body gives its full points to a call that names no topic', () => {
    const m = score(
      testCall({ funder: 'Interreg South Baltic', title: 'Small projects call', summary: bare }),
      blekinge,
    );
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaPoints).toBeCloseTo(AREA_BOOST.near, 0);
  });
  it('a regional fund programme is as close as a cross-border one', () => {
    const m = score(
      testCall({
        funder: 'Tillväxtverket',
        programme: 'Regionalfondsprogram Skåne-Blekinge',
        title: 'Utlysning för små projekt',
        summary: 'Utlysningen öppnar den 3 mars och stänger den 14 april. Ansök i e-tjänsten.',
        language: 'sv',
      }),
      blekinge,
    );
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaPoints).toBeCloseTo(AREA_BOOST.near, 0);
  });
  it('an area covering all of Sweden counts a little more than an EU-wide programme, as far as the text is relevant', () => {
    const bsr = score(
      testCall({ funder: 'Interreg Baltic Sea Region', title: 'Small projects call', summary: bare }),
      blekinge,
    );
    expect(bsr.eligibility.area).toBe('eligible');
    expect(bsr.eligibility.areaPoints).toBeLessThan(AREA_BOOST.wide);
    const topical = score(
      testCall({
        funder: 'Interreg Baltic Sea Region',
        title: 'Young people in port cities',
        summary: 'Projects give young people in port cities a say, with youth workers and youth councils.',
      }),
      blekinge,
    );
    expect(topical.eligibility.areaPoints).toBeCloseTo(AREA_BOOST.wide, 0);
    expect(AREA_BOOST.wide).toBeGreaterThan(OPEN_GEOGRAPHY_BOOST);
  });
  it('outside the area there are no points, near or wide', () => {
    const m = score(
      testCall({ funder: 'Interreg South Baltic', title: 'Small projects call', summary: bare }),
      testProfile({ lan: 'norrbotten' }),
    );
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.eligibility.areaPoints).toBe(0);
  });
  it("is worth as much as a funder the strategy names whose calls are open across Sweden, and a programme area's points besides", () => {
    // One unit for each way the strategy points at a call beyond its words (STRATEGY_POINTS); the body's own
    // programme area is that unit and a programme area's points besides (core/match/eligibility.ts).
    const youth = 'Municipalities may apply. Projects give young people a say, with youth workers and youth councils.';
    const own = score(
      testCall({ funder: 'Interreg South Baltic', title: 'Youth participation', summary: youth }),
      blekinge,
    );
    const named = score(
      testCall({ funder: 'Svenska institutet', title: 'Youth participation', summary: youth }),
      testProfile({ ...blekinge, preferredFunders: ['Svenska institutet'] }),
    );
    expect(named.boosts.map((b) => b.kind)).toEqual(['preferred-funder']);
    expect(named.eligibility.areaPoints).toBeCloseTo(OPEN_GEOGRAPHY_BOOST, 0);
    expect(own.boosts).toEqual([]);
    expect(own.score - named.score).toBe(AREA_BOOST.wide - OPEN_GEOGRAPHY_BOOST);
  });
  it('the points shown still add up to the score', () => {
    const m = score(
      testCall({ funder: 'Interreg South Baltic', title: 'Small projects call', summary: bare }),
      blekinge,
    );
    expect(shownPoints(m)).toBe(m.score);
  });
});

describe('a place named through countries is the place they are most of', () => {
  const baltic = testProfile({
    lan: 'blekinge',
    priorities: [testPriority('ostersjon', ['baltic-sea'], 1.5), testPriority('kultur', ['culture-heritage'])],
  });
  const nordicCall = testCall({
    funder: 'Testfonden',
    title: 'Grants for cultural cooperation',
    summary:
      'Artists and cultural organisations in Denmark, Finland, Iceland, Norway and Sweden can apply for grants for joint culture projects.',
  });
  it('partners in the Nordic countries are no Baltic Sea call, though Denmark and Finland lie on the Baltic', () => {
    const m = score(nordicCall, baltic);
    expect(m.boosts.some((b) => b.kind === 'geographic-focus')).toBe(false);
  });
  it('partners in Finland, Estonia and Latvia are a Baltic Sea call, and the boost names them', () => {
    const m = score(
      testCall({
        funder: 'Testfonden',
        title: 'Grants for cultural cooperation',
        summary: 'Cultural organisations work with partners in Finland, Estonia and Latvia on joint culture projects.',
      }),
      baltic,
    );
    const geo = m.boosts.find((b) => b.kind === 'geographic-focus');
    expect(geo?.text.sv).toContain('Utlysningen nämner Estland, Finland, Lettland (');
    expect(geo?.text.en).toContain('The call names Estonia, Finland, Latvia (');
  });
  it('a place the strategy prioritises, at its top weight, counts as much as a funder it names', () => {
    const m = score(
      testCall({
        funder: 'Testfonden',
        title: 'Grants for cultural cooperation',
        summary:
          'Cultural organisations work with partners in Finland, Estonia and Latvia on joint culture projects, festivals, museums and heritage.',
      }),
      testProfile({ ...baltic, preferredFunders: ['Testfonden'] }),
    );
    const points = (kind: string) => m.boosts.find((b) => b.kind === kind)?.points;
    expect(points('geographic-focus')).toBeGreaterThan(0);
    expect(points('geographic-focus')).toBe(points('preferred-funder'));
  });
  it('a call naming the Baltic Sea itself is in it, whatever countries it lists', () => {
    const m = score(
      testCall({
        funder: 'Testfonden',
        title: 'Cultural cooperation around the Baltic Sea',
        summary: 'Organisations in Denmark, Finland, Iceland, Norway and Sweden work on culture around the Baltic Sea.',
      }),
      baltic,
    );
    expect(m.boosts.some((b) => b.kind === 'geographic-focus')).toBe(true);
  });
  it('a priority tied to the Baltic Sea is not met by the Nordic countries either', () => {
    const tied = testProfile({
      lan: 'blekinge',
      priorities: [
        {
          ...testPriority('samarbete', ['culture-heritage']),
          core: { concepts: ['baltic-sea'], countries: [] },
        },
      ],
    });
    expect(score(nordicCall, tied).reasons).toEqual([]);
  });
});

describe('an area of a few kommuner the call names, the body among them', () => {
  const karlskrona = testProfile({ name: 'Karlskrona kommun', lan: 'blekinge' });
  const local = testCall({
    funder: 'Leader Östra Blekinge',
    title: 'Projektstöd för lokal utveckling',
    summary:
      'Leaderområdet omfattar kommunerna Karlskrona, Ronneby och Torsås. Föreningar, företag och kommuner med ' +
      'verksamhet i området kan söka stöd till projekt för lokal utveckling.',
    language: 'sv',
  });
  it('counts more than an area drawn around a län: the body’s own local money', () => {
    const m = score(local, karlskrona);
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaPoints).toBeCloseTo(AREA_BOOST.local, 0);
    expect(AREA_BOOST.local).toBeGreaterThan(AREA_BOOST.near);
  });
  it('is no local money for a kommun outside it', () => {
    const m = score(local, testProfile({ name: 'Kalmar kommun', lan: 'kalmar' }));
    expect(m.eligibility.areaPoints).toBe(0);
  });
});
