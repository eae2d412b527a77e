import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCallsFile } from '../../../cli/read-calls.ts';
import { areaInPeriod } from '../../../core/data/area-periods.ts';
import {
  APPLICANT_TYPES,
  AREA_BY_ID,
  CONCEPT_BY_ID,
  COUNTRIES,
  LAN,
  LAN_BY_ID,
  LEXICON,
  NETWORKS_FUNDERS,
  PROGRAMME_AREAS,
  PROGRAMMES,
} from '../../../core/data/index.ts';
import { LexiconSchema, ProgrammeAreasSchema } from '../../../core/data/schemas.ts';
import { validateReferenceData } from '../../../core/data/validate.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { tokenise } from '../../../core/text/normalise.ts';
import { wordKey } from '../../../core/text/words.ts';

describe('reference data files', () => {
  it('all pass their schemas and refer to each other correctly', () => {
    expect(validateReferenceData()).toEqual([]);
  });
});

describe('concept lexicon', () => {
  it('has at least 40 concepts with unique ids, both languages and non-empty terms', () => {
    expect(LEXICON.concepts.length).toBeGreaterThanOrEqual(40);
    expect(new Set(LEXICON.concepts.map((c) => c.id)).size).toBe(LEXICON.concepts.length);
    for (const c of LEXICON.concepts) {
      expect(c.label.sv && c.label.en).toBeTruthy();
      expect(c.terms.sv.length).toBeGreaterThan(0);
      expect(c.terms.en.length).toBeGreaterThan(0);
      for (const t of [...c.terms.sv, ...c.terms.en]) expect(t.trim()).not.toBe('');
    }
  });
  it('is balanced across the languages: as many distinct Swedish as English ways to say each concept', () => {
    // Distinct keys, not raw terms: "hållbar", "hållbara" and "hållbart" are one way of saying it.
    const distinct = (terms: string[], lang: 'sv' | 'en') =>
      new Set(
        terms.map((t) =>
          tokenise(t)
            .map((w) => wordKey(w.word, lang))
            .join(' '),
        ),
      ).size;
    for (const c of LEXICON.concepts) {
      const sv = distinct(c.terms.sv, 'sv');
      const en = distinct(c.terms.en, 'en');
      expect(Math.min(sv, en), c.id).toBeGreaterThanOrEqual(4);
      expect(Math.max(sv, en) / Math.min(sv, en), `${c.id}: ${sv} Swedish, ${en} English`).toBeLessThanOrEqual(1.8);
    }
  });
  it('lists each phrase of another sense once: forms the matcher reads alike are one entry', () => {
    // "twinning session" and "twinning sessions", "capacity-building" and "capacity building", "forskningskultur"
    // and "forskningskulturen" have one key: a second entry matches nothing the first does not.
    for (const lang of ['sv', 'en'] as const) {
      const byKey = new Map<string, string>();
      for (const phrase of LEXICON.otherSenses?.[lang] ?? []) {
        const key = tokenise(phrase)
          .map((w) => wordKey(w.word, lang))
          .join(' ');
        expect(byKey.get(key), `${lang} "${phrase}"`).toBeUndefined();
        byKey.set(key, phrase);
      }
    }
  });
  it('refers only to concepts that exist', () => {
    for (const c of LEXICON.concepts) for (const r of c.related ?? []) expect(CONCEPT_BY_ID.has(r)).toBe(true);
  });
  it('rejects a lexicon with a dangling reference', () => {
    const bad = structuredClone(LEXICON);
    bad.concepts[0].related = ['no-such-concept'];
    expect(LexiconSchema.safeParse(bad).success).toBe(false);
  });
  it('covers the areas municipal international work needs', () => {
    for (const id of [
      'climate-adaptation',
      'energy-transition',
      'youth',
      'local-democracy',
      'baltic-sea',
      'agenda-2030',
    ]) {
      expect(CONCEPT_BY_ID.has(id)).toBe(true);
    }
  });
});

describe('eligibility data', () => {
  it('has the 21 län and programme areas that name only known län', () => {
    expect(LAN.lan).toHaveLength(21);
    for (const a of PROGRAMME_AREAS.areas) for (const l of a.lan) expect(LAN_BY_ID.has(l)).toBe(true);
  });
  it('names neighbours that are known län, each neighbour of the other, and none for Gotland', () => {
    for (const l of LAN.lan)
      for (const n of l.neighbours) {
        expect(LAN_BY_ID.has(n), `${l.id} → ${n}`).toBe(true);
        expect(LAN_BY_ID.get(n)?.neighbours, `${n} → ${l.id}`).toContain(l.id);
      }
    expect(LAN_BY_ID.get('gotland')?.neighbours).toEqual([]);
  });
  it('gives every län its own NUTS 3 code', () => {
    expect(new Set(LAN.lan.map((l) => l.nuts)).size).toBe(21);
    expect(LAN_BY_ID.get('blekinge')?.nuts).toBe('SE221');
  });
  it("counts the kommuner of every län (290 in all), and lists no more of a län's kommuner than it has", () => {
    expect(LAN.lan.reduce((n, l) => n + l.kommuner, 0)).toBe(290);
    // Gotland's one kommun is listed by two names (Gotland, Visby).
    for (const l of LAN.lan) expect(l.municipalities.length, l.id).toBeLessThanOrEqual(l.kommuner + 1);
  });
  it('names places abroad that are no Swedish län, landskap or municipality', () => {
    const swedish = new Set(
      [
        ...LAN.lan.flatMap((l) => [...l.aliases, ...l.municipalities]),
        ...(LAN.landscapes ?? []).flatMap((x) => x.aliases),
      ].map((n) => n.toLowerCase()),
    );
    const places = COUNTRIES.countries.flatMap((c) => (c.places ?? []).map((p) => [c.name, p] as const));
    expect(places.length).toBeGreaterThan(50);
    for (const [country, place] of places) {
      expect(country).not.toBe('Sweden');
      expect(swedish.has(place), place).toBe(false);
    }
  });
  it("gives a programme's focus (the part of its countries it is for) known län, in a place it lies in", () => {
    const focused = PROGRAMMES.programmes.filter((p) => p.focus);
    expect(focused.map((p) => p.id)).toContain('ncm-arctic');
    for (const p of focused) {
      for (const l of p.focus?.lan ?? []) expect(LAN_BY_ID.has(l)).toBe(true);
      // The focus is a place of its own: the geographic concept it lies in is among the programme's regions.
      expect(p.regions?.some((r) => CONCEPT_BY_ID.get(r)?.geographic)).toBe(true);
      expect(p.geography).not.toBe('programme-area');
    }
  });
  it('puts bodies in the right programme areas', () => {
    expect(AREA_BY_ID.get('interreg-aurora')?.lan).toContain('norrbotten');
    expect(AREA_BY_ID.get('interreg-south-baltic')?.lan).not.toContain('ostergotland');
    expect(AREA_BY_ID.get('interreg-south-baltic')?.lan).toEqual(
      expect.arrayContaining(['blekinge', 'kalmar', 'kronoberg', 'skane']),
    );
    expect(AREA_BY_ID.get('interreg-central-baltic')?.lan).toContain('ostergotland');
    expect(AREA_BY_ID.get('interreg-baltic-sea-region')?.lan).toHaveLength(21);
    expect(AREA_BY_ID.get('interreg-oks')?.lan).not.toContain('blekinge');
  });
  it('holds the Swedish län of earlier periods, each sourced, as the sources say them', () => {
    const inPeriod = (id: string, period: string) => {
      const area = AREA_BY_ID.get(id);
      return area && areaInPeriod(area, period);
    };
    expect(inPeriod('interreg-central-baltic', '2014–2020')?.lan).toHaveLength(8);
    expect(inPeriod('interreg-central-baltic', '2014–2020')?.name).toBe('Interreg Central Baltic 2014–2020');
    expect(inPeriod('interreg-sweden-norway', '2014–2020')?.lan).not.toContain('vasterbotten');
    expect(inPeriod('interreg-north-sea', '2014–2020')?.lan).toContain('kronoberg');
    expect(inPeriod('interreg-nord', '2007–2013')?.lan).toEqual(['norrbotten', 'vasterbotten']);
    // Kolarctic's one programme is that of 2014–2020 (the next was never adopted): no earlier period held apart.
    expect(inPeriod('kolarctic', '2014–2020')).toBeUndefined();
    // 2007–2013 ÖKS let five more län take part "i viss omfattning": no list of län says that, so it is left out.
    expect(inPeriod('interreg-oks', '2007–2013')).toBeUndefined();
    // Aurora did not exist before 2021: no earlier area is invented for it.
    expect(inPeriod('interreg-aurora', '2014–2020')).toBeUndefined();
    for (const a of PROGRAMME_AREAS.areas)
      for (const p of a.periods ?? []) {
        for (const l of p.lan) expect(LAN_BY_ID.has(l), `${a.id} ${p.period}`).toBe(true);
        expect(p.source, `${a.id} ${p.period}`).toMatch(/\.(se|eu|no|com|fi)\b/);
      }
  });
  it('rejects an earlier period without its source or with a span that is no programme period', () => {
    const bad = (period: Record<string, unknown>) => {
      const d = structuredClone(PROGRAMME_AREAS);
      (d.areas[0] as Record<string, unknown>).periods = [period];
      return ProgrammeAreasSchema.safeParse(d).success;
    };
    const ok = { period: '2014–2020', name: 'X 2014–2020', lan: ['skane'], source: 'eufonder.se, X (2014–2020).' };
    expect(bad(ok)).toBe(true);
    expect(bad({ ...ok, source: '' })).toBe(false);
    expect(bad({ ...ok, period: '2015–2021' })).toBe(false);
    expect(bad({ ...ok, period: '2014-2020' })).toBe(false);
  });
  it('names as own bodies of kommuner or regioner only words of the municipal or region class', () => {
    const classWords = new Set(
      (['municipal', 'region'] as const).flatMap((c) => [
        ...APPLICANT_TYPES.classes[c].sv,
        ...APPLICANT_TYPES.classes[c].en,
      ]),
    );
    const own = [...APPLICANT_TYPES.ownBodies.sv, ...APPLICANT_TYPES.ownBodies.en];
    expect(own.length).toBeGreaterThan(0);
    for (const w of own) expect(classWords.has(w), w).toBe(true);
  });
  it('lets kommuner and regioner apply to ICLD', () => {
    expect(APPLICANT_TYPES.icld.eligible).toEqual(['kommun', 'region']);
  });
  it('names countries in Swedish and English', () => {
    const poland = COUNTRIES.countries.find((c) => c.name === 'Poland');
    expect(poland?.sv).toContain('polen');
  });
  it('lists the 27 EU member states, and the EEA as exactly those and Iceland, Liechtenstein and Norway', () => {
    const members = (id: string) => new Set(COUNTRIES.groups.find((g) => g.id === id)?.members);
    const eu = members('eu-member-states');
    expect(eu.size).toBe(27);
    expect(eu.has('Sweden')).toBe(true);
    expect(members('eea')).toEqual(new Set([...eu, 'Iceland', 'Liechtenstein', 'Norway']));
    const known = new Set(COUNTRIES.countries.map((c) => c.name));
    for (const g of COUNTRIES.groups) for (const m of g.members) expect(known.has(m), `${g.id}: ${m}`).toBe(true);
  });
});

describe('seed profiles', () => {
  it('are the five bodies, each priority citing its passage and using known concepts', () => {
    expect(SEED_PROFILES.map((p) => p.id)).toEqual(['karlskrona', 'linkoping', 'kalmar', 'kronoberg', 'alvsbyn']);
    for (const p of SEED_PROFILES) {
      expect(LAN_BY_ID.has(p.lan)).toBe(true);
      for (const pr of p.priorities) {
        expect(pr.source?.passage.length).toBeGreaterThan(10);
        for (const c of pr.concepts) expect(CONCEPT_BY_ID.has(c)).toBe(true);
      }
    }
    expect(SEED_PROFILES.find((p) => p.id === 'kronoberg')?.kind).toBe('region');
    expect(SEED_PROFILES.find((p) => p.id === 'alvsbyn')?.lan).toBe('norrbotten');
  });
});

describe('networks, funders and the bundled sample calls', () => {
  it('lists the networks and funders strategies name', () => {
    const names = NETWORKS_FUNDERS.networks.map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(['Union of the Baltic Cities (UBC)', 'Euroregion Baltic (ERB)', 'Eurocities']),
    );
    expect(NETWORKS_FUNDERS.funders.map((f) => f.name)).toEqual(
      expect.arrayContaining(['ICLD', 'Vinnova', 'Erasmus+']),
    );
  });
  it('ties networks to lexicon concepts, so membership counts as evidence of a priority', () => {
    for (const n of NETWORKS_FUNDERS.networks)
      for (const c of n.concepts ?? []) expect(CONCEPT_BY_ID.has(c)).toBe(true);
    expect(NETWORKS_FUNDERS.networks.find((n) => n.name.startsWith('Union of the Baltic'))?.concepts).toContain(
      'baltic-sea',
    );
    expect(NETWORKS_FUNDERS.networks.filter((n) => n.concepts?.length).length).toBeGreaterThan(10);
  });
  it('ships sample calls that pass the call gate, with programme areas that exist', () => {
    const calls = readCallsFile(join(import.meta.dirname, '..', '..', '..', 'core', 'data', 'sample-calls.json'));
    expect(calls.length).toBeGreaterThanOrEqual(10);
    for (const c of calls) if (c.programmeArea) expect(AREA_BY_ID.has(c.programmeArea)).toBe(true);
  });
});
