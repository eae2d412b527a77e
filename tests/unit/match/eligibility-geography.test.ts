/**
 * Where applicants must be, as calls say it: programme areas whose names hold "region" are places, never
 * applicant types; a call limited to one Swedish regional ERDF programme or to named län rules a body outside
 * them out, also when only its text says so; a call whose countries leave Sweden out is no match for a Swedish
 * body; and programmes open across the EU or Sweden count as eligible, as an Interreg area covering the body does.
 * Sentences written for this test from how funders generally write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Profile } from '../../../core/model/profile.ts';

const body = (kind: Profile['kind'], lan: string): Profile => ({
  id: `test-${kind}-${lan}`,
  name: 'Testkropp',
  kind,
  lan,
  priorities: [
    {
      id: 'inno',
      label: { sv: 'innovation', en: 'innovation' },
      weight: 1,
      concepts: ['public-innovation', 'research-innovation'],
      terms: [],
    },
  ],
  partnerCountries: [],
  networks: [],
  preferredFunders: [],
  exclusions: [],
});

const call = (over: Partial<FundingCall>): FundingCall => ({
  id: 'test:where',
  source: 'test',
  funder: 'Testfonden',
  title: 'Utlysning 2027',
  summary: '',
  url: '',
  language: 'sv',
  deadlines: [],
  ...over,
});

describe('programme-area names holding "region" are places, not applicants', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Organisations in the Baltic Sea Region may apply.', 'en'],
    ['The call is open to actors from the North Sea Region.', 'en'],
    ['Utlysningen riktar sig till aktörer i Östersjöregionen.', 'sv'],
    ['Projekt i Region Skånes geografiska område kan söka.', 'sv'],
    ['Aktörer i Region Skåne kan söka.', 'sv'],
    ['Open to partners in the Danube Region and the Baltic Sea Region.', 'en'],
    ['Applicants must be located in the Arctic region.', 'en'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}" is no applicant verdict of "regions"`, () => {
      for (const p of [body('kommun', 'kalmar'), body('region', 'kalmar')]) {
        const m = score(call({ summary, language }), p);
        expect(m.eligibility.applicantText.sv).not.toMatch(/till regioner|bara till regioner/);
        expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
      }
    });
  }
  it('still reads "regions and municipalities may apply" as applicants', () => {
    const m = score(
      call({ summary: 'Regions and municipalities in the North Sea Region may apply.', language: 'en' }),
      body('region', 'skane'),
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
});

describe('eligibility is symmetric: open programmes count like an area covering the body', () => {
  const kommun = body('kommun', 'kalmar');
  const summary = 'Innovation in local government and innovative public services.';
  const inBsr = score(call({ funder: 'Interreg Baltic Sea Region', title: 'Call 5', summary, language: 'en' }), kommun);
  it('an EU-wide programme (CERV) is eligible like a transnational area, said as programme data', () => {
    const m = score(
      call({ funder: 'European Commission', programme: 'CERV', title: 'Call 5', summary, language: 'en' }),
      kommun,
    );
    expect(m.eligibility.area).toBe('eligible');
    expect(inBsr.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaPoints).toBeGreaterThan(0);
    expect(m.eligibility.areaPoints).toBe(inBsr.eligibility.areaPoints);
    expect(m.eligibility.areaText.sv).toMatch(/\(programdata\)/);
    expect(m.eligibility.areaText.en).toMatch(/\(programme data\)/);
  });
  it('a national programme (Svenska institutet) is eligible like a transnational area', () => {
    const m = score(call({ funder: 'Svenska institutet', title: 'Call 5', summary, language: 'en' }), kommun);
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaPoints).toBe(inBsr.eligibility.areaPoints);
  });
});
