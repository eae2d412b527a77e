/**
 * A priority tied to places or partners (core/match/core.ts) is met only by a call that concerns them or is
 * cooperation of that kind; its themes count only together with that core. Sentences and profiles of our own.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Priority } from '../../../core/model/profile.ts';
import { buildProfileFromText, coreOfPassage } from '../../../core/profile/from-document.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const twinTowns: Priority = {
  id: 'vanorter',
  label: { sv: 'Unga och hållbarhet i vänortssamarbetet', en: 'Youth and sustainability in twin-town work' },
  weight: 1.5,
  concepts: ['youth', 'green-transition'],
  terms: [],
  core: { concepts: ['town-twinning'], countries: [] },
};
const balticRing: Priority = {
  id: 'ringen',
  label: { sv: 'Samarbete i den baltiska ringen', en: 'Cooperation in the Baltic ring' },
  weight: 1.2,
  concepts: ['international-cooperation'],
  terms: [],
  core: { concepts: ['baltic-sea'], countries: ['Estonia', 'Latvia', 'Ukraine'] },
};
const reasonsOf = (summary: string, p: Priority, over: Parameters<typeof testCall>[0] = {}) =>
  score(testCall({ summary, ...over }), testProfile({ priorities: [p] })).reasons.map((r) => r.conceptId);

describe('a priority tied to partners: its themes count only with the core', () => {
  it('green words in a green call do not meet a twin-town priority', () => {
    expect(reasonsOf('Support for a sustainable, green transition of industry and energy.', twinTowns)).toEqual([]);
  });
  it('youth alone does not meet it either', () => {
    expect(reasonsOf('Grants for youth organisations and young people.', twinTowns)).toEqual([]);
  });
  it('a twinning call meets it, and then its themes count too', () => {
    const found = reasonsOf('Town twinning projects bringing young people from twin towns together.', twinTowns);
    expect(found).toContain('town-twinning');
    expect(found).toContain('youth');
  });
  it('the same themes count in full in a priority that is not tied', () => {
    const untied = { ...twinTowns, core: undefined };
    expect(reasonsOf('Support for a sustainable, green transition of industry.', untied)).toContain('green-transition');
  });
});

describe('a priority tied to places', () => {
  it('generic partnership words in a call for partners in many countries do not meet it', () => {
    const summary =
      'Municipalities can apply together with a partner in one of the programme countries: Kenya, Ukraine, ' +
      'Serbia, Vietnam, Tanzania, Zambia, Indonesia, Botswana. Find your international partners first.';
    expect(reasonsOf(summary, balticRing)).toEqual([]);
  });
  it('a call naming partners in the core countries meets it', () => {
    const summary = 'Cooperation projects with partners from Estonia and Latvia on shared challenges.';
    expect(reasonsOf(summary, balticRing)).toContain('international-cooperation');
  });
  it("a place's own countries meet it (Lithuania lies around the Baltic Sea)", () => {
    const summary = 'Cooperation projects together with partners in Lithuania.';
    expect(reasonsOf(summary, balticRing)).toContain('international-cooperation');
  });
  it('a call in a programme area of the place meets it without naming it', () => {
    const found = reasonsOf('Cooperation projects on shared challenges.', balticRing, {
      funder: 'Interreg South Baltic',
      programme: 'Interreg South Baltic',
    });
    expect(found).toContain('international-cooperation');
  });
  it('the same cooperation words elsewhere do not', () => {
    expect(reasonsOf('Cooperation projects with partners from Kenya.', balticRing)).toEqual([]);
  });
});

describe('a priority tied to a kind of cooperation in places (twin towns in the Baltic ring)', () => {
  const ringTwins: Priority = {
    ...balticRing,
    id: 'vanorter-ringen',
    core: { concepts: ['town-twinning', 'baltic-sea'], countries: ['Estonia', 'Latvia', 'Ukraine'] },
  };
  it('a twinning call that names no partner countries meets it', () => {
    expect(
      reasonsOf('Town twinning: citizens of twin towns meet to debate the future of Europe.', ringTwins),
    ).toContain('town-twinning');
  });
  it('a twinning call with partners in the core countries meets it', () => {
    const summary = 'Municipal partnerships with towns in Ukraine and Moldova on local democracy.';
    expect(reasonsOf(summary, ringTwins)).toContain('town-twinning');
  });
  it('a municipal-partnership call for partners in many countries elsewhere does not', () => {
    const summary =
      'Municipal partnerships: Swedish municipalities apply with a partner municipality in one of these countries: ' +
      'Kenya, Ukraine, Serbia, Vietnam, Tanzania, Zambia, Indonesia, Botswana.';
    expect(reasonsOf(summary, ringTwins)).toEqual([]);
  });
  it('a twin-town priority tied to no places is met by that call all the same', () => {
    const summary =
      'Municipal partnerships with a partner municipality in one of these countries: Kenya, Ukraine, Serbia, ' +
      'Vietnam, Tanzania, Zambia.';
    expect(reasonsOf(summary, twinTowns)).toContain('town-twinning');
  });
});

describe('a geographic focus is met by the same reading of places', () => {
  const ring = testProfile({
    priorities: [
      {
        id: 'ringen',
        label: { sv: 'Östliga grannskapet', en: 'Eastern neighbourhood' },
        weight: 1.5,
        concepts: ['eastern-neighbourhood'],
        terms: [],
      },
      { id: 'unga', label: { sv: 'unga', en: 'youth' }, weight: 1, concepts: ['youth'], terms: [] },
    ],
  });
  const focus = (summary: string) =>
    score(testCall({ summary: `Youth projects. ${summary}` }), ring).boosts.some((b) => b.kind === 'geographic-focus');
  it('partners in the place meet it', () => {
    expect(focus('Youth projects with partners in Ukraine and Moldova.')).toBe(true);
  });
  it('one country of the place in a long list of partner countries does not', () => {
    expect(
      focus('Apply with a partner in one of these countries: Kenya, Ukraine, Serbia, Vietnam, Tanzania, Zambia.'),
    ).toBe(false);
  });
});

describe('the profile builder reads the same ties from a passage', () => {
  it('a passage naming twin towns ties its themes to twinning', () => {
    const core = coreOfPassage('I samarbetet med våra vänorter ska unga och hållbarhet prioriteras.', [
      'town-twinning',
      'youth',
      'green-transition',
    ]);
    expect(core?.concepts).toEqual(['town-twinning']);
  });
  it('a passage naming a sea region or countries ties cooperation to them', () => {
    const core = coreOfPassage('Samarbeten inom Östersjöregionen och med Polen ska prioriteras.', [
      'international-cooperation',
    ]);
    expect(core?.concepts).toEqual(['baltic-sea']);
    expect(core?.countries).toEqual(['Poland']);
  });
  it('a passage without places or partners ties nothing; nor does a priority that is only its tie', () => {
    expect(coreOfPassage('Särskild vikt ska läggas vid miljö- och klimatfrågor.', ['climate-mitigation'])).toBe(
      undefined,
    );
    expect(coreOfPassage('Kommunen ska utveckla sitt vänortssamarbete.', ['town-twinning'])).toBe(undefined);
  });
  it('a drafted profile holds a twin-town sentence to the same rule as the built-in profiles', () => {
    const text = [
      'Strategi för internationellt arbete i Testby kommun',
      '',
      'Mål',
      '',
      'I samarbetet med Testbys vänorter ska ett barn- och ungdomsfokus prioriteras och insatserna inriktas på demokrati och hållbarhetsfrågor.',
      '',
      'Kommunen ska arbeta för ökad turism och fler besökare.',
    ].join('\n');
    const profile = buildProfileFromText(text, { name: 'Testby kommun', lan: 'kalmar' });
    const tied = profile.priorities.find((p) => p.concepts.includes('youth'));
    expect(tied?.core?.concepts).toContain('town-twinning');
    const green = score(testCall({ summary: 'Support for a sustainable, green transition of industry.' }), profile);
    expect(green.reasons.filter((r) => r.priorityId === tied?.id)).toEqual([]);
    const twinning = score(testCall({ summary: 'Town twinning for young people and democracy.' }), profile);
    expect(twinning.reasons.some((r) => r.priorityId === tied?.id && r.conceptId === 'youth')).toBe(true);
  });
});
