/**
 * One fact earns its points once. A programme open across the Nordic and Baltic countries (a Nordic funder's) lies
 * in the Nordic region because that is where it is open: the eligibility line counts it, and every call of the
 * programme could name the region. Neither its programme data's regions nor the call naming the region earn the
 * geographic boost besides. A funder whose area is wider (Svenska institutet), or a programme area drawn around
 * the place (Interreg Aurora), still does. Calls written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Match } from '../../../core/model/match.ts';
import { shownPoints, testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  kind: 'kommun',
  lan: 'norrbotten',
  priorities: [testPriority('norden', ['nordic-arctic']), testPriority('unga', ['youth', 'schools-education'])],
});

const nordic = (funder: string, programme = '') =>
  testCall({
    funder,
    programme,
    title: 'Stöd till utbyten för unga',
    summary: 'Kommuner och skolor kan söka stöd för utbyten mellan unga i Norden som stärker det nordiska samarbetet.',
    language: 'sv',
  });

const place = (m: Match) => m.boosts.find((b) => b.kind === 'geographic-focus');

describe("a programme's own area earns the eligibility line, not a geographic boost besides", () => {
  it('a Nordic funder\'s call naming "Norden" gets the eligibility line and no Nordic boost', () => {
    for (const [funder, programme] of [
      ['Nordplus', 'Nordplus Junior'],
      ['Nordiska ministerrådet', ''],
    ]) {
      const m = score(nordic(funder, programme), body);
      expect(m.eligibility.area).toBe('eligible');
      expect(m.eligibility.areaText.en).toMatch(/Nordic and Baltic countries/);
      expect(place(m)).toBeUndefined();
      expect(shownPoints(m)).toBe(m.score);
    }
  });

  it('the same words from a funder open in Sweden only name a place it chose: the boost stays', () => {
    const m = score(nordic('Svenska institutet'), body);
    expect(place(m)?.text.en).toMatch(/Nordic/);
    expect(shownPoints(m)).toBe(m.score);
  });

  it('an Interreg area drawn around the place keeps its boost: the area says where its cooperation lies', () => {
    const m = score(nordic('Interreg Aurora'), body);
    expect(m.eligibility.area).toBe('eligible');
    expect(place(m)?.text.en).toMatch(/Interreg Aurora/);
  });
});

describe('the Council of the Baltic Sea States’ Project Support Facility (programme data)', () => {
  const baltic = testProfile({
    kind: 'kommun',
    lan: 'blekinge',
    priorities: [testPriority('ostersjon', ['baltic-sea']), testPriority('unga', ['youth'])],
  });
  const psf = testCall({
    funder: 'Council of the Baltic Sea States (CBSS)',
    programme: 'CBSS Project Support Facility',
    title: 'Project Support Facility 2027: call for proposals',
    summary:
      'Projects must involve partners from at least three CBSS member states and relate to one of its long-term priorities.',
  });
  it('is open to a Swedish kommun by its area, drawn around the Baltic Sea: the boost stays', () => {
    const m = score(psf, baltic);
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.applicant).toBe('eligible');
    expect(place(m)?.text.en).toMatch(/CBSS/);
    expect(shownPoints(m)).toBe(m.score);
  });
});
