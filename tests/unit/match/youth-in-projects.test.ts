/**
 * Young people named as a call's applicants where the call is about projects or volunteering are those who take part:
 * the projects that host them are run by organisations, so no "enskilda personer, inte organisationer" blocker shuts
 * a kommun out (set 40's first look: blind fact-checkers found that blocker false of a youth volunteering programme;
 * set 28's of a youth projects programme). Where the young people apply or run the projects themselves, or the
 * call is a personal grant with no project, the list is of persons. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { youthInProjects } from '../../../core/match/youth-projects.ts';
import { judge } from '../../support/applicant-judge.ts';

const PERSONS = 'Utlysningen vänder sig till enskilda personer, inte till organisationer.';

describe('young people who take part in projects', () => {
  it('shut no organisation out', () => {
    const sv = judge({
      title: 'Volontärinsatser för unga',
      summary: 'Programmet ger unga möjlighet att göra volontärinsatser i projekt i Sverige eller utomlands.',
      applicantTypes: ['unga mellan 18 och 30 år'],
      language: 'sv',
    });
    expect(sv.applicantBlockers).toEqual([]);
    expect(sv.text).toMatch(/unga .* som deltar i projekt/);
    const en = judge({
      title: 'Regional youth programme',
      summary: 'A programme funding youth projects across the region, for mobility and participation.',
      applicantTypes: ['young people aged 16-28'],
      language: 'en',
    });
    expect(en.applicantBlockers).toEqual([]);
  });

  it('are persons where they apply or run the projects themselves', () => {
    const apply = judge({
      title: 'Ungas egna idéer',
      summary: 'Ungdomar kan söka upp till 10 000 kr för att genomföra ett eget projekt.',
      applicantTypes: ['ungdomar mellan 13-20 år'],
      language: 'sv',
    });
    expect(apply.applicantBlockers).toEqual([PERSONS]);
    expect(
      youthInProjects(['unga'], 'Ungdomsprojekt', 'I projekten är det unga som både initierar och driver arbetet.'),
    ).toBeUndefined();
    expect(youthInProjects(['young people'], 'Youth projects', 'Projects led by young people.')).toBeUndefined();
  });

  it('are persons in a personal grant with no project', () => {
    const pass = judge({
      title: 'Resekort för 18-åringar',
      summary: 'Den som fyller 18 i år kan få ett resekort för att resa i Europa under en månad.',
      applicantTypes: ['unga mellan 18 och 19 år'],
      language: 'sv',
    });
    expect(pass.applicantBlockers).toEqual([PERSONS]);
  });

  it('needs every entry to be young people', () => {
    expect(youthInProjects(['unga', 'föreningar'], 'Projekt', 'Projekt för unga.')).toBeUndefined();
    expect(youthInProjects(['young professionals'], 'Projects', 'Projects for young professionals.')).toBeUndefined();
  });
});
