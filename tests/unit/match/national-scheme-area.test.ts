/**
 * Who handles a call is not where it is open: a region's or länsstyrelse's own grants are for its own län, but a
 * national scheme one of them handles — the call says it is national, or the funder field names the body as handler
 * or beside all the länsstyrelser — is open across Sweden (core/match/national-scheme.ts).
 * Calls written for this test from how funders generally write them, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
/** The test bodies are in Kalmar län, outside every other län's own calls. */
const outside = (m: ReturnType<typeof score>) => m.blockers.some((b) => b.kind === 'outside-programme-area');

describe("a länsstyrelse's own call and a national scheme it handles", () => {
  const call = (funder: string, summary: string): FundingCall =>
    testCall({
      funder,
      language: 'sv',
      title: 'Bidrag för samverkan mellan kommuner',
      summary,
      applicantTypes: ['kommuner'],
      eligibleCountries: ['Sverige'],
    });
  const own = 'Länsstyrelsen kan ge bidrag till kommuner i länet för samverkan kring mottagandet av nyanlända.';

  it('its own grant is for its own län: a body of another län is outside', () => {
    const m = score(call('Länsstyrelsen i Västerbottens län', own), kommun);
    expect(outside(m)).toBe(true);
    expect(m.eligibility.areaText.sv).toContain('Länsstyrelsen i Västerbottens län');
  });

  for (const summary of [
    'I år anordnar Länsstyrelsen en nationell utlysning för kommuner som vill utveckla sitt mottagande.',
    'Bidraget kan sökas av kommuner i hela landet som samverkar kring mottagandet av nyanlända.',
    'Stöd ges till insatser som genomförs i samverkan mellan kommuner i minst två län.',
  ]) {
    it(`a call saying it is national is not limited to the handler's län: ${summary}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call('Länsstyrelsen i Västerbottens län', summary), p);
        expect(outside(m)).toBe(false);
        expect(m.eligibility.area).toBe('eligible');
        expect(m.eligibility.areaText.sv).toMatch(
          /^Utlysningen är nationell \(".+"\); Länsstyrelsen i Västerbottens län handlägger den/,
        );
      }
    });
  }

  it('a policy for growth "i hela landet" makes a regional call no national call', () => {
    const m = score(
      call(
        'Länsstyrelsen i Västerbottens län',
        `Den regionala utvecklingspolitiken ska främja hållbar tillväxt i hela landet. ${own}`,
      ),
      kommun,
    );
    expect(outside(m)).toBe(true);
  });

  it('the national strategy a regional call follows makes it no national call', () => {
    const m = score(
      call('Länsstyrelsen i Västerbottens län', `${own} Projekten ska följa den nationella strategin.`),
      kommun,
    );
    expect(outside(m)).toBe(true);
  });

  for (const funder of [
    'Länsstyrelsen (Länsstyrelsen i Västerbottens län handlägger)',
    'Testverket och länsstyrelserna (Länsstyrelsen i Västerbottens län)',
  ]) {
    it(`the funder field naming the länsstyrelse as handler: ${funder}`, () => {
      const m = score(call(funder, 'Kommuner kan söka bidrag för lokala investeringar.'), kommun);
      expect(outside(m)).toBe(false);
      expect(m.eligibility.areaText.sv).toContain('handlägger den, men den gäller inte bara Västerbottens län');
    });
  }

  // A named national scheme (programmes.json geography "sweden": Klimatklivet) a länsstyrelse publishes is the same
  // scheme everywhere. One each länsstyrelse runs as its own round for its own län (LONA, LOVA: programmes.json
  // `appliedForInOwnLan`) is that län's (probe16-readings.test.ts).
  for (const programme of ['Klimatklivet']) {
    it(`a länsstyrelse's page for a named national scheme is not limited to its län: ${programme}`, () => {
      const m = score(
        testCall({
          funder: 'Länsstyrelsen i Västerbottens län',
          programme,
          language: 'sv',
          title: `${programme} – ansök om stöd`,
          summary:
            'Nu kan du söka stöd för lokala investeringar. Alla utom privatpersoner kan söka, till exempel kommuner.',
        }),
        kommun,
      );
      expect(outside(m)).toBe(false);
      expect(m.eligibility.areaText.sv).toContain('tar emot ansökningar från hela Sverige');
    });
  }

  it('a body named in brackets as the one that funds keeps its own area', () => {
    const m = score(call('Testmuseet (med stöd av Region Västerbotten)', 'Konstnärer i länet kan söka.'), kommun);
    expect(outside(m)).toBe(true);
  });

  describe('a national funder beside the body, and the body said to handle the support', () => {
    const handles = 'Länsstyrelsen har fått i uppdrag att tillsammans med Naturvårdsverket hantera stödet.';
    for (const funder of [
      'Länsstyrelsen i Västerbottens län / Naturvårdsverket',
      'Länsstyrelsen i Västerbottens län (Naturvårdsverket)',
    ]) {
      it(`is open across Sweden: ${funder}`, () => {
        const m = score(call(funder, `Kommuner kan söka stöd för lokala investeringar. ${handles}`), kommun);
        expect(outside(m)).toBe(false);
        expect(m.eligibility.areaText.sv).toMatch(
          /^Naturvårdsverket ger stödet i hela Sverige \("Länsstyrelsen har fått i uppdrag .+ hantera stödet"\); Länsstyrelsen i Västerbottens län handlägger den, men den gäller inte bara Västerbottens län\.$/,
        );
      });
    }

    it("is as near to a body in the handler's own län as its own area's calls", () => {
      const home = score(call('Länsstyrelsen i Kalmar län / Naturvårdsverket', handles), kommun);
      const ownGrant = score(call('Länsstyrelsen i Kalmar län', own), kommun);
      expect(home.eligibility.areaText.sv).toContain('Länsstyrelsen i Kalmar län handlägger den för Kalmar län');
      expect(home.eligibility.areaPoints).toBeCloseTo(ownGrant.eligibility.areaPoints, 0);
    });

    it('is cut as a domestic call elsewhere, but not for a body at home, whose own area it is', () => {
      const domestic = (m: ReturnType<typeof score>) => m.boosts.some((b) => b.kind === 'domestic-scope');
      // The test bodies' priority is young people: a call on them, with nothing international.
      const summary = `Kommuner kan söka stöd för fritidsgårdar för unga. ${handles}`;
      expect(domestic(score(call('Länsstyrelsen i Västerbottens län / Naturvårdsverket', summary), kommun))).toBe(true);
      expect(domestic(score(call('Länsstyrelsen i Kalmar län / Naturvårdsverket', summary), kommun))).toBe(false);
    });

    it("a national agency's money the länsstyrelse hands out in its län, without handling words, keeps its area", () => {
      const m = score(
        call('Länsstyrelsen i Västerbottens län (Energimyndigheten)', 'Medel finns för lokala aktörer i länet.'),
        kommun,
      );
      expect(outside(m)).toBe(true);
    });

    it('the body handling its own grant, with no national funder beside it, keeps its area', () => {
      const m = score(
        call('Länsstyrelsen i Västerbottens län', `${own} Länsstyrelsen handlägger ansökningarna.`),
        kommun,
      );
      expect(outside(m)).toBe(true);
    });
  });
});
