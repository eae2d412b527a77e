/**
 * Where applicants must be, as calls say it: programme areas whose names hold "region" are places, never
 * applicant types; a call limited to one Swedish regional ERDF programme or to named län rules a body outside
 * them out, also when only its text says so; a call whose countries leave Sweden out is no match for a Swedish
 * body; and programmes open across the EU or Sweden count as eligible, as an Interreg area covering the body does.
 * Sentences written for this test from how funders generally write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { AREA_BOOST, OPEN_GEOGRAPHY_BOOST } from '../../../core/match/eligibility.ts';
import { score } from '../../../core/match/index.ts';
import { areaLine } from '../../../core/match/provenance.ts';
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

describe('a call limited to a Swedish regional ERDF programme or to named län', () => {
  const outside = body('kommun', 'kalmar');
  const inside = body('kommun', 'norrbotten');
  const texts: { summary: string; title?: string; inLan: string; outLan: string }[] = [
    {
      summary: 'Regionalfondsprogrammet för Övre Norrland utlyser medel för innovation i små och medelstora företag.',
      inLan: 'norrbotten',
      outLan: 'kalmar',
    },
    {
      summary: 'Utlysningen inom regionalfondsprogrammet Småland och öarna gäller innovation.',
      inLan: 'kronoberg',
      outLan: 'norrbotten',
    },
    {
      summary: 'Projekten ska genomföras i Jönköpings, Kronobergs, Kalmar och Gotlands län.',
      inLan: 'gotland',
      outLan: 'skane',
    },
    {
      summary: 'Europeiska regionala utvecklingsfonden: utlysning i Skåne-Blekinge om innovation.',
      inLan: 'blekinge',
      outLan: 'kalmar',
    },
    {
      title: 'Regionalfonden Skåne-Blekinge: innovation i företag',
      summary: 'Medel för innovation.',
      inLan: 'skane',
      outLan: 'halland',
    },
    {
      summary: 'Stödet kan sökas av organisationer i Västerbottens och Norrbottens län.',
      inLan: 'vasterbotten',
      outLan: 'uppsala',
    },
  ];
  for (const t of texts) {
    it(`"${t.title ?? t.summary}": ${t.outLan} is outside, ${t.inLan} inside`, () => {
      const c = call({ summary: t.summary, ...(t.title ? { title: t.title } : {}) });
      const out = score(c, body('kommun', t.outLan));
      expect(out.eligibility.area, out.eligibility.areaText.sv).toBe('not-eligible');
      expect(out.eligibility.areaText.sv).toMatch(/utanför/);
      expect(out.eligibility.areaText.sv).not.toMatch(/Ingen geografisk/);
      expect(out.blockers.length).toBeGreaterThan(0);
      const inn = score(c, body('kommun', t.inLan));
      expect(inn.eligibility.area, inn.eligibility.areaText.sv).toBe('eligible');
    });
  }
  it('a län named in passing is no limit', () => {
    const c = call({
      summary:
        'Vinnova utlyser medel för innovation i hela landet. Förra året gick medel bland annat till ett projekt i Kalmar län.',
    });
    expect(score(c, outside).eligibility.area).not.toBe('not-eligible');
    expect(score(c, inside).eligibility.area).not.toBe('not-eligible');
  });
});

describe('a call whose countries leave Sweden out', () => {
  const kommun = body('kommun', 'kalmar');
  const cases: [string, 'en' | 'sv'][] = [
    ['The call is open to applicants from Eastern Partnership countries.', 'en'],
    ['Only organisations established in the Western Balkans may apply.', 'en'],
    ['Eligible applicants are civil society organisations based in Ukraine or Moldova.', 'en'],
    ['Utlysningen riktar sig till organisationer i Ukraina, Moldavien och Georgien.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}" is not eligible for a Swedish body and no strong match`, () => {
      const m = score(call({ summary: `${summary} Innovation in local government.`, language }), kommun);
      expect(m.eligibility.area, m.eligibility.areaText.sv).toBe('not-eligible');
      expect(m.band).not.toBe('strong');
    });
  }
  const keep: [string, 'en' | 'sv'][] = [
    ['Applicants from EU Member States and Eastern Partnership countries may apply.', 'en'],
    ['Swedish municipalities may apply together with partners from Ukraine.', 'en'],
    ['Lead partners must be public bodies; partners from Moldova and Georgia are welcome.', 'en'],
    ['Kommuner i Sverige kan söka för samarbete med partner i Ukraina.', 'sv'],
  ];
  for (const [summary, language] of keep) {
    it(`"${summary}" does not rule Sweden out`, () => {
      const m = score(call({ summary, language }), kommun);
      expect(m.eligibility.area, m.eligibility.areaText.sv).not.toBe('not-eligible');
    });
  }
});

describe('eligibility is symmetric: open programmes count like an area covering the body', () => {
  // Eligible alike; a territorial cooperation programme's area is worth a little more than an open programme
  // (AREA_BOOST.wide against OPEN_GEOGRAPHY_BOOST, core/match/eligibility.ts).
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
    expect(m.eligibility.areaPoints).toBe(OPEN_GEOGRAPHY_BOOST);
    expect(inBsr.eligibility.areaPoints).toBe(AREA_BOOST.wide);
    expect(m.eligibility.areaFrom).toBe('programme-data');
    expect(areaLine(m.eligibility, 'sv')).toMatch(/\(programdata\)\.$/);
    expect(areaLine(m.eligibility, 'en')).toMatch(/\(programme data\)\.$/);
  });
  it('a national programme (Svenska institutet) is eligible like a transnational area', () => {
    const m = score(call({ funder: 'Svenska institutet', title: 'Call 5', summary, language: 'en' }), kommun);
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaPoints).toBe(OPEN_GEOGRAPHY_BOOST);
  });
  it('the Swedish line reads right whatever the grammatical gender of the programme name (fonden, institutet, +)', () => {
    for (const funder of ['Allmänna arvsfonden', 'Svenska institutet', 'Vinnova']) {
      const m = score(call({ funder, title: 'Utlysning 2027', summary }), kommun);
      expect(areaLine(m.eligibility, 'sv'), funder).toMatch(
        / tar emot ansökningar från hela Sverige \(programdata\)\.$/,
      );
      expect(areaLine(m.eligibility, 'sv'), funder).not.toMatch(/är öppe[nt]/);
    }
  });
  it('an interregional programme covering the whole EU (Interreg Europe, URBACT) counts like the Baltic Sea Region', () => {
    for (const funder of ['Interreg Europe', 'URBACT']) {
      const m = score(call({ funder, title: 'Call 5', summary, language: 'en' }), kommun);
      expect(m.eligibility.area, funder).toBe('eligible');
      expect(m.eligibility.areaPoints, funder).toBe(inBsr.eligibility.areaPoints);
    }
  });
});

describe('a län or regional programme named as an example or in a national call is no limit', () => {
  const texts = [
    'Stödet kan sökas av organisationer i hela Sverige, till exempel i Norrbottens län.',
    'Kommuner i hela landet kan söka; tidigare projekt finns bland annat i Övre Norrland.',
    'Utlysningen riktar sig till kommuner i Sverige, exempelvis i Jönköpings och Kronobergs län.',
  ];
  for (const summary of texts) {
    it(`"${summary}"`, () => {
      const m = score(call({ summary }), body('kommun', 'kalmar'));
      expect(m.eligibility.area, m.eligibility.areaText.sv).not.toBe('not-eligible');
    });
  }
  it('"i Skåne län och Blekinge län" is one limit of two län', () => {
    const c = call({ summary: 'Stödet kan sökas av kommuner i Skåne län och Blekinge län.' });
    expect(score(c, body('kommun', 'blekinge')).eligibility.area).toBe('eligible');
    const out = score(c, body('kommun', 'kalmar'));
    expect(out.eligibility.area).toBe('not-eligible');
    expect(out.eligibility.areaText.sv).toBe(
      'Utlysningen gäller Skåne län och Blekinge län; Kalmar län ligger utanför.',
    );
    const erdf = score(
      call({ summary: 'Regionalfondsprogrammet för Övre Norrland utlyser medel.' }),
      body('kommun', 'kalmar'),
    );
    expect(erdf.eligibility.areaText.sv).toBe(
      'Utlysningen gäller Övre Norrland (Norrbottens län och Västerbottens län); Kalmar län ligger utanför.',
    );
    expect(erdf.eligibility.areaText.en).toBe(
      'The call is limited to Övre Norrland (Norrbottens län and Västerbottens län); Kalmar län is outside.',
    );
  });
});
