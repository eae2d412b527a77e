/**
 * The Swedish regional fund programmes and the European Social Fund share their regions' names ("Östra
 * Mellansverige", "Småland och öarna"). A call of another EU fund's programme for one of those regions is that
 * fund's call, limited to the region's län: its applicant line is told with the fund's programme data, never the
 * regional fund programme's, and its area with the call's own words. A regional fund programme's own call is read as
 * before. Calls written for this test after how the funders write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const linkoping = testProfile({ kind: 'kommun', lan: 'ostergotland' });
const kalmar = testProfile({ kind: 'kommun', lan: 'kalmar' });

describe('another EU fund’s call for a regional fund programme’s region', () => {
  const esf = testCall({
    funder: 'Svenska ESF-rådet',
    programme: 'Europeiska socialfonden+',
    title: 'Utlysning för Östra Mellansverige – unga till utbildning och arbete',
    summary: 'Projekten ska minska avhoppen från gymnasieskolan och stödja unga till arbete.',
    language: 'sv',
  });
  it('is the named fund’s call: its programme data says who may apply', () => {
    const m = score(esf, linkoping);
    expect(m.eligibility.applicantText.sv).toMatch(/Europeiska socialfonden\+/);
    expect(m.eligibility.applicantText.sv).not.toMatch(/Regionalfondsprogram/);
  });
  it('is limited to the region its text names: a body inside is told so, one outside shut out', () => {
    const inside = score(esf, linkoping);
    expect(inside.eligibility.area).toBe('eligible');
    expect(inside.eligibility.areaText.sv).toMatch(
      /^Utlysningen gäller Östra Mellansverige .*Östergötlands län ingår\.$/,
    );
    const outside = score(esf, kalmar);
    expect(outside.eligibility.area).toBe('not-eligible');
    expect(outside.blockers.map((b) => b.kind)).toContain('outside-programme-area');
  });
  it('a regional fund programme’s own call for the region stays that programme’s', () => {
    const erdf = testCall({
      funder: 'Tillväxtverket',
      title: 'Utlysning för Östra Mellansverige – hållbar tillväxt',
      summary: 'Stöd till projekt som stärker små och medelstora företag.',
      language: 'sv',
    });
    expect(score(erdf, linkoping).eligibility.applicantText.sv).toMatch(/Regionalfondsprogram Östra Mellansverige/);
  });
});
