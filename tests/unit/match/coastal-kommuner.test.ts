/**
 * A call for kommuner on the sea coast ("kustkommuner", "kommuner med egen havskust", "coastal municipalities") leaves
 * a kommun that does not reach the sea (lan.json `inlandMunicipalities`) or a body of a län without a coast outside;
 * a kommun the data places on the coast (`coastalMunicipalities`) is inside, and the call's list of "kustkommuner"
 * names it; for a kommun in neither list, whether it counts is not said (set 40's first look: a call for
 * "kustkommuner (via kustlänsstyrelserna)" told Karlskrona it did not say whether kommuner count). A topic ("coastal municipalities'
 * adaptation") limits no one. Found by the eligibility probe (tests/fixtures/eligibility-probe); sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { LAN_BY_ID } from '../../../core/data/index.ts';
import { score } from '../../../core/match/index.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const blocked = (over: Parameters<typeof testCall>[0], body: string) =>
  score(testCall(over), getSeedProfile(body) ?? (undefined as never)).blockers.some(
    (b) => b.kind === 'outside-programme-area',
  );

describe('calls for coastal kommuner', () => {
  const inList = {
    language: 'sv' as const,
    summary: 'Bidrag till översiktlig planering av havet.',
    applicantTypes: ['Kustkommuner'],
  };
  const inText = {
    language: 'en' as const,
    summary:
      'Grants for pilots restoring coastal habitats. Applicants must be coastal municipalities in the Baltic Sea basin.',
  };
  it('leave inland kommuner and a län without a coast outside', () => {
    for (const call of [inList, inText]) {
      expect(blocked(call, 'linkoping')).toBe(true);
      expect(blocked(call, 'alvsbyn')).toBe(true);
      expect(blocked(call, 'kronoberg')).toBe(true);
    }
  });
  it('shut no kommun out that may reach the sea', () => {
    for (const call of [inList, inText]) {
      expect(blocked(call, 'karlskrona')).toBe(false);
      expect(blocked(call, 'kalmar')).toBe(false);
    }
  });
  it('a topic limits no one', () => {
    const topic = {
      language: 'en' as const,
      summary:
        'The programme funds research on how coastal municipalities adapt to rising sea levels. Municipalities may apply.',
    };
    expect(blocked(topic, 'linkoping')).toBe(false);
  });
  it('take a kommun the data places on the coast, and say why', () => {
    const m = score(
      testCall({ ...inList, applicantTypes: ['kustkommuner (via länsstyrelserna)'] }),
      getSeedProfile('karlskrona') ?? (undefined as never),
    );
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.sv).toMatch(/Karlskrona kommun ligger vid havet/);
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.eligibility.applicantText.sv).toMatch(/ligger vid havet/);
    // A kommun in neither list: the doubt is said.
    const other = score(testCall(inList), testProfile({ name: 'Okänd kommun', lan: 'stockholm' }));
    expect(other.eligibility.area).toBe('unknown');
  });
});

describe('the reviewed coast of the seed kommuner', () => {
  it('places Karlskrona and Kalmar on the coast, Linköping and Älvsbyn inland', () => {
    const place = (lan: string, name: string) => {
      const l = LAN_BY_ID.get(lan);
      return l?.coastalMunicipalities?.includes(name)
        ? 'coast'
        : l?.inlandMunicipalities?.includes(name)
          ? 'inland'
          : '?';
    };
    expect(place('blekinge', 'Karlskrona')).toBe('coast');
    expect(place('kalmar', 'Kalmar')).toBe('coast');
    expect(place('ostergotland', 'Linköping')).toBe('inland');
    expect(place('norrbotten', 'Älvsbyn')).toBe('inland');
  });
});
