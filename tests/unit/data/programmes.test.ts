/**
 * Programme reference data (programmes.json, programme-areas.json): every name finds its programme, no name is an
 * ordinary word, a strand's name never hides a topic the call states, and where a programme may be applied for
 * reads the same for every Swedish body.
 */
import { describe, expect, it } from 'vitest';
import {
  AREA_BY_ID,
  CONCEPT_BY_ID,
  LAN,
  LAN_BY_ID,
  LEXICON,
  NETWORKS_FUNDERS,
  PROGRAMME_AREAS,
  PROGRAMME_BY_ID,
  PROGRAMMES,
} from '../../../core/data/index.ts';
import { ProgrammeAreasSchema } from '../../../core/data/schemas.ts';
import { score } from '../../../core/match/index.ts';
import { callSignals, nameKey } from '../../../core/match/signals.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { fold } from '../../../core/text/fold.ts';
import { keyTokens, PhraseMatcher } from '../../../core/text/phrases.ts';
import { testCall } from '../../support/test-call.ts';

const call = testCall;
const body = (lan: string, kind: Profile['kind'] = 'kommun'): Profile => ({
  id: 'test',
  name: 'Testkommun',
  kind,
  lan,
  priorities: [
    { id: 'culture', label: { sv: 'Kultur', en: 'Culture' }, weight: 1, concepts: ['culture-heritage'], terms: [] },
  ],
  partnerCountries: [],
  networks: [],
  preferredFunders: [],
  exclusions: [],
});
const programmeOf = (c: FundingCall) => callSignals(c, []).programmeId;
const areaOf = (c: FundingCall) => callSignals(c, []).areaId;

/** Each programme's own names: its aliases, and for a programme of an area that area's aliases. */
const aliasesOf = (id: string): string[] => {
  const p = PROGRAMME_BY_ID.get(id);
  if (!p) return [];
  const area = p.area && !p.parent ? AREA_BY_ID.get(p.area) : undefined;
  return [...p.aliases, ...(area?.aliases ?? [])];
};

describe('every alias finds its programme', () => {
  // Sentences of our own around the name, in a title and in a funder/programme field, Swedish and English.
  const titles = (a: string) => [`Ansökningsomgång 2026 inom ${a} öppnar`, `${a}: call for proposals 2026 now open`];
  for (const p of PROGRAMMES.programmes) {
    // A strategy's call is one its own funder field names it in (the EUSBSR's Seed Money Facility); named by
    // another funder, it is what that funder's call serves.
    const strategy = p.area !== undefined && AREA_BY_ID.get(p.area)?.strategy === true;
    it(p.id, () => {
      for (const a of aliasesOf(p.id)) {
        const funder = strategy ? a : 'Testfunder';
        for (const title of titles(a)) expect(programmeOf(call({ funder, title })), `${a} in "${title}"`).toBe(p.id);
        expect(programmeOf(call({ funder, programme: a })), a).toBe(p.id);
        if (strategy) expect(programmeOf(call({ funder: 'Testfunder', programme: a })), a).toBeUndefined();
      }
    });
  }
  it('no alias names two programmes or areas', () => {
    const seen = new Map<string, string>();
    const add = (owner: string, alias: string) => {
      const k = nameKey(alias);
      expect(seen.get(k) ?? owner, `"${alias}" of ${owner} and ${seen.get(k)}`).toBe(owner);
      seen.set(k, owner);
    };
    for (const p of PROGRAMMES.programmes) for (const a of p.aliases) add(p.id, a);
    for (const a of PROGRAMME_AREAS.areas) {
      // An area's aliases are its programme's.
      const owner = PROGRAMMES.programmes.find((p) => p.area === a.id && !p.parent)?.id ?? a.id;
      for (const x of a.aliases) add(owner, x);
    }
  });
  it('a strand wins over its funder, however long the funder name', () => {
    expect(
      programmeOf(call({ funder: 'Universitets- och högskolerådet (UHR)', programme: 'Erasmus+ KA122-SCH' })),
    ).toBe('erasmus-plus-ka1-school');
    expect(
      programmeOf(call({ funder: 'Svenska institutet', programme: 'SI Baltic Sea Neighbourhood Programme' })),
    ).toBe('si-baltic-sea-neighbourhood');
    expect(programmeOf(call({ funder: 'European Commission', title: 'ERC Starting Grant 2026' }))).toBe('erc');
    expect(programmeOf(call({ funder: 'Vinnova', programme: 'Innovativa startups steg 1' }))).toBe(
      'vinnova-innovativa-startups',
    );
  });
  it('an area picks its own programme, never a strand of it', () => {
    expect(programmeOf(call({ funder: 'ESPON EGTC', title: 'ESPON call for tenders 2026' }))).toBe('espon');
    expect(programmeOf(call({ funder: 'ESPON EGTC', title: 'ESPON targeted analysis 2026' }))).toBe(
      'espon-targeted-analysis',
    );
  });
  it("a title names a strand of the funder's programme, never another programme's strand", () => {
    expect(programmeOf(call({ funder: 'Vinnova', title: 'Innovativa startups 2026, steg 1' }))).toBe(
      'vinnova-innovativa-startups',
    );
    expect(
      programmeOf(call({ funder: 'European Commission', programme: 'Horizon Europe', title: 'Cities Mission 2026' })),
    ).toBe('mission-cities');
    expect(programmeOf(call({ funder: 'Formas', title: 'Like an ERC Starting Grant, for Swedish researchers' }))).toBe(
      'formas',
    );
  });
  it('names an EU programme by its executive agency and programme, without topic words', () => {
    expect(
      programmeOf(call({ funder: 'European Commission (CINEA)', programme: 'LIFE – Nature and Biodiversity' })),
    ).toBe('life');
    expect(programmeOf(call({ funder: 'European Commission (CINEA)', programme: 'Innovation Fund' }))).toBe(
      'innovation-fund',
    );
  });
  it("Interreg's generation and strand code is no part of the name", () => {
    expect(
      areaOf(call({ funder: 'Interreg VI-A IPA Croatia-Serbia', programme: 'Interreg VI-A IPA Croatia – Serbia' })),
    ).toBe('interreg-ipa');
    expect(programmeOf(call({ funder: 'Testfunder', title: 'Interreg V-A Sverige-Norge: utlysning 2019' }))).toBe(
      'interreg-sweden-norway',
    );
    expect(programmeOf(call({ funder: 'Testfunder', title: 'Interreg VI B North Sea: third call' }))).toBe(
      'interreg-north-sea',
    );
  });
  it("a programme of an earlier period is its own entry, not its successor's", () => {
    expect(programmeOf(call({ funder: 'European Commission', programme: 'Horizon 2020' }))).toBe('horizon-2020');
    expect(programmeOf(call({ funder: 'Urban Innovative Actions', title: 'UIA 5th call' }))).toBe(
      'urban-innovative-actions',
    );
  });
  it('a funder alone never sets a strand', () => {
    expect(programmeOf(call({ funder: 'Vinnova', title: 'Utlysning 2026' }))).toBe('vinnova');
    expect(programmeOf(call({ funder: 'Nordiska ministerrådet', title: 'Open call 2026' }))).toBe(
      'nordic-council-of-ministers',
    );
  });
});

describe("a programme's size limit on kommuner", () => {
  it('is the figure its note gives, so a reviewer checks one against the other', () => {
    const limited = PROGRAMMES.programmes.filter((p) => p.minPopulation !== undefined);
    expect(limited.length).toBeGreaterThan(0);
    for (const p of limited) {
      const n = p.minPopulation ?? 0;
      const written = [String(n), n.toLocaleString('en-US'), n.toLocaleString('en-US').replace(/,/g, ' ')];
      expect(
        written.some((w) => p.note?.includes(w)),
        `${p.id}: ${n} in "${p.note}"`,
      ).toBe(true);
    }
  });
});

describe('no alias is an ordinary word', () => {
  // Words a funder's page or title uses in passing; several are programme names in other contexts.
  const COMMON = new Set(
    [
      'sida',
      'leader',
      'life',
      'med',
      'next',
      'horizon',
      'mission',
      'missions',
      'nora',
      'volt',
      'lova',
      'lona',
      'research',
      'funding',
      'forskningsmedel',
      'innovation',
      'culture',
      'kultur',
      'sport',
      'idrott',
      'youth',
      'ungdom',
      'europe',
      'europa',
      'open',
      'call',
      'calls',
      'programme',
      'program',
      'programmet',
      'fund',
      'fonden',
      'projekt',
      'project',
      'projects',
      'partnership',
      'partnerships',
      'partnerskap',
      'cooperation',
      'samarbete',
      'solidarity',
      'volunteering',
      'accreditation',
      'ackreditering',
      'cities',
      'städer',
      'adaptation',
      'ocean',
      'soil',
      'cancer',
      'media',
      'cross',
      'digital',
      'energy',
      'transport',
      'nature',
      'climate',
      'klimat',
      'atlantic',
      'danube',
      'alpine',
      'central',
      'baltic',
      'nordic',
      'norden',
      'nordisk',
    ].map((w) => fold(w)),
  );
  // Proper names the lexicon also lists as terms (reviewed): a name is context (core/data/README.md), so in these
  // the name wins. Any other alias that equals a lexicon term is a mistake.
  const LEXICON_NAMES = new Set(
    [
      'erasmus',
      'european solidarity corps',
      'europeiska solidaritetskåren',
      'solidaritetskåren',
      'creative europe',
      'digital europe programme',
      'nordplus',
      'nordic council of ministers',
      'nordiska ministerrådet',
      'kommunala partnerskap',
      'kommunalt partnerskap',
      'municipal partnership',
      'municipal partnerships',
      'amif',
      'asylum, migration and integration fund',
      'asyl-, migrations- och integrationsfonden',
      'esf',
      'europeiska socialfonden',
      'socialfonden',
      'eu4health',
      'kulturrådet',
      'south baltic',
      'södra östersjön',
      'central baltic',
    ].map((w) => nameKey(w).trim()),
  );
  // A titles concept's terms are names already (lexicon `titles`): the name stays evidence, silencing nothing.
  const lexiconTerms = new Set(
    LEXICON.concepts
      .filter((c) => !c.titles)
      .flatMap((c) => [...c.terms.sv, ...c.terms.en])
      .map((t) => nameKey(t).trim()),
  );
  const all = [
    ...PROGRAMMES.programmes.flatMap((p) => p.aliases.map((a) => [p.id, a] as const)),
    ...PROGRAMME_AREAS.areas.flatMap((x) => x.aliases.map((a) => [x.id, a] as const)),
  ];
  it('a single-word alias is a name or a code, not a word of ordinary text', () => {
    const bad = all.filter(([, a]) => {
      const words = nameKey(a).trim().split(' ');
      return words.length === 1 && (words[0].length < 3 || COMMON.has(words[0]));
    });
    expect(bad).toEqual([]);
  });
  it('no alias is a lexicon term (a name would silence the topic word)', () => {
    const bad = all.filter(([, a]) => {
      const k = nameKey(a).trim();
      return !LEXICON_NAMES.has(k) && lexiconTerms.has(k);
    });
    expect(bad).toEqual([]);
  });
  it('an alias of several words keeps several in its look-up key (short numerals and letters drop out)', () => {
    // "interreg iv c" is looked up as "interreg" alone, and would name every Interreg programme.
    const bad = all.filter(([, a]) => a.trim().split(/\s+/).length > 1 && nameKey(a).trim().split(' ').length < 2);
    expect(bad).toEqual([]);
  });
  it('aliases are written lowercase, as the look-up folds them', () => {
    for (const [id, a] of all) expect(a, id).toBe(a.toLowerCase());
  });
});

describe("a strand's aliases never hide a topic, unless it changes who may apply", () => {
  // A strand name that says "youth" or "culture" would make those words context in every call that names it;
  // it may do so only where telling the strand apart changes eligibility (research-only, company-only…).
  // A term that names its concept only beside a word fixing its sense ("cities" beside "networks") is no topic by
  // itself, so a name holding it hides none.
  const alone = (c: (typeof LEXICON.concepts)[number], t: string) => !c.inContext?.terms.includes(t);
  const topics = new PhraseMatcher<string>(
    LEXICON.concepts.flatMap((c) => [
      ...c.terms.sv.filter((t) => alone(c, t)).map((phrase) => ({ ref: c.id, phrase, lang: 'sv' as const })),
      ...c.terms.en.filter((t) => alone(c, t)).map((phrase) => ({ ref: c.id, phrase, lang: 'en' as const })),
    ]),
    { compounds: true },
  );
  // Words of funder and parent names are context already.
  const contextWords = new Set(
    [...NETWORKS_FUNDERS.funders.flatMap((f) => f.aliases), 'life', 'eu4health', 'esf', 'nordplus', 'erasmus']
      .flatMap((a) => nameKey(a).trim().split(' '))
      .filter((w) => w.length > 0),
  );
  for (const p of PROGRAMMES.programmes.filter((x) => x.parent)) {
    const parent = PROGRAMME_BY_ID.get(p.parent ?? '');
    const same =
      parent !== undefined &&
      p.applicants.length === parent.applicants.length &&
      p.applicants.every((c) => parent.applicants.includes(c));
    if (!same) continue;
    it(p.id, () => {
      for (const a of p.aliases) {
        const tokens = keyTokens(a);
        const all = topics.match(tokens);
        // Longest match wins, as in the analyser ("Baltic Sea" is a place, not also "sea"); places are not topics.
        const hits = all
          .filter((h) => !all.some((o) => o.to - o.from > h.to - h.from && o.from <= h.from && o.to >= h.to))
          .filter((h) => !CONCEPT_BY_ID.get(h.ref)?.geographic)
          .filter((h) => tokens.slice(h.from, h.to).some((t) => !contextWords.has(fold(t.word.toLowerCase()))));
        expect(
          hits.map((h) => h.ref),
          `"${a}"`,
        ).toEqual([]);
      }
    });
  }
});

describe('where a programme may be applied for', () => {
  const areasWithoutSweden = PROGRAMME_AREAS.areas.filter((a) => a.lan.length === 0);
  it('has Interreg areas without Swedish län, each naming its countries, none of them Sweden', () => {
    for (const id of ['interreg-alpine-space', 'interreg-danube', 'interreg-central-europe', 'interreg-nwe'])
      expect(AREA_BY_ID.get(id)?.lan).toEqual([]);
    for (const a of areasWithoutSweden) {
      expect(a.countries.length, a.id).toBeGreaterThan(0);
      expect(a.countries, a.id).not.toContain('Sweden');
    }
  });
  it('rejects an area that claims Sweden without län', () => {
    const bad = structuredClone(PROGRAMME_AREAS);
    bad.areas[0] = { ...bad.areas[0], lan: [] };
    expect(ProgrammeAreasSchema.safeParse(bad).success).toBe(false);
  });
  it('every area names known län, and every Swedish län lies in the eight regional ERDF programmes once', () => {
    for (const a of PROGRAMME_AREAS.areas) for (const l of a.lan) expect(LAN_BY_ID.has(l), `${a.id}: ${l}`).toBe(true);
    const erdf = PROGRAMME_AREAS.areas.filter((a) => a.id.startsWith('erdf-'));
    expect(erdf).toHaveLength(8);
    expect(erdf.flatMap((a) => a.lan).sort()).toEqual(LAN.lan.map((l) => l.id).sort());
  });
  it('reads "outside the programme area" for a call from an area without Swedish län, for every Swedish body', () => {
    for (const a of areasWithoutSweden) {
      const c = call({ funder: a.name, title: `${a.aliases[0]} – call for proposals` });
      expect(areaOf(c), a.id).toBe(a.id);
      for (const lan of ['skane', 'norrbotten', 'stockholm']) {
        const m = score(c, body(lan));
        expect(m.eligibility?.area, `${a.id} ${lan}`).toBe('not-eligible');
        expect(m.eligibility?.areaText.sv, a.id).toContain(`utanför programområdet för ${a.name}`);
        expect(m.blockers.map((b) => b.kind)).toContain('outside-programme-area');
      }
    }
  });
  it("tells a programme for individuals as none of a kommun's or region's", () => {
    const c = call({ funder: 'Konstnärsnämnden', title: 'Internationellt utbyte och resebidrag' });
    for (const kind of ['kommun', 'region'] as const)
      expect(score(c, body('skane', kind)).eligibility?.applicant, kind).toBe('not-eligible');
  });
  it('reads the Norway Grants by their legal name, the Norwegian Financial Mechanism, as outside Sweden', () => {
    const c = call({ funder: 'Norwegian Financial Mechanism 2014-2021', title: 'Fund for bilateral relations' });
    expect(areaOf(c)).toBe('eea-norway-grants');
    expect(score(c, body('skane')).eligibility?.area).toBe('not-eligible');
  });
  it('reads an ERDF call by län: inside for the programme\u2019s län, outside for the others', () => {
    const c = call({ funder: 'Tillväxtverket', title: 'Regionalfondsprogram Småland och öarna: utlysning 2026' });
    expect(score(c, body('kalmar')).eligibility?.area).toBe('eligible');
    expect(score(c, body('blekinge')).eligibility?.area).toBe('not-eligible');
    expect(score(c, body('blekinge')).eligibility?.areaText.sv).toContain('utanför programområdet');
    const jtf = call({ funder: 'Tillväxtverket', title: 'Fonden för en rättvis omställning – utlysning' });
    expect(score(jtf, body('gotland')).eligibility?.area).toBe('eligible');
    expect(score(jtf, body('skane')).eligibility?.area).toBe('not-eligible');
  });
  it("reads a region's or länsstyrelse's own call as open to its län only", () => {
    const region = call({ funder: 'Region Kalmar län', title: 'Regionala projektmedel 2026' });
    expect(score(region, body('kalmar')).eligibility?.area).toBe('eligible');
    expect(score(region, body('blekinge')).eligibility?.areaText.sv).toBe(
      'Blekinge län ligger utanför programområdet för Region Kalmar län.',
    );
    const lona = call({ funder: 'Länsstyrelsen i Skåne län', title: 'Lokala naturvårdssatsningen 2027' });
    expect(areaOf(lona)).toBe('lansstyrelsen-skane');
    expect(programmeOf(lona)).toBe('lona');
    expect(score(lona, body('skane')).eligibility?.area).toBe('eligible');
    expect(score(lona, body('halland')).eligibility?.area).toBe('not-eligible');
    // A region writing about a national or EU programme's call does not limit it to its län.
    const esf = call({ funder: 'Region Dalarna', programme: 'Svenska ESF-rådet', title: 'Ny utlysning i ESF+' });
    expect(areaOf(esf)).toBeUndefined();
    expect(programmeOf(esf)).toBe('esf-plus');
    expect(score(esf, body('kalmar')).eligibility?.area).toBe('eligible');
    // A region's contact point for an Interreg programme names the programme, which wins.
    const cb = call({ funder: 'Region Stockholm – Interreg Central Baltic', title: 'Information day' });
    expect(areaOf(cb)).toBe('interreg-central-baltic');
    for (const l of LAN.lan) {
      expect(AREA_BY_ID.get(`region-${l.id}`)?.lan).toEqual([l.id]);
      expect(AREA_BY_ID.get(`lansstyrelsen-${l.id}`)?.lan).toEqual([l.id]);
    }
  });
  it('counts an EU-wide or national programme like an area covering the body', () => {
    for (const title of ['CERV-2026-CITIZENS-TOWN-TT Town-Twinning', 'LIFE-2026-SAP-NAT Standard Action Projects']) {
      const m = score(call({ funder: 'European Commission', title }), body('skane'));
      expect(m.eligibility?.area, title).toBe('eligible');
      expect(m.eligibility?.areaText.sv, title).toContain('hela EU');
    }
    const si = score(call({ funder: 'Svenska institutet', title: 'Utlysning 2026' }), body('kalmar'));
    expect(si.eligibility?.areaText.sv).toContain('hela Sverige');
  });
  it('says a programme for applicants outside the EU is not for a Swedish body', () => {
    const m = score(call({ funder: 'Innovasjon Norge', title: 'Utlysning 2026' }), body('varmland'));
    expect(m.eligibility?.area).toBe('not-eligible');
  });
  it('reads who may apply from the strand, not its parent', () => {
    const erc = score(call({ funder: 'European Research Council', title: 'ERC Advanced Grant 2026' }), body('skane'));
    expect(erc.eligibility?.applicant).toBe('not-eligible');
    const he = score(call({ funder: 'European Commission', title: 'Horizon Europe HORIZON-CL5 call' }), body('skane'));
    expect(he.eligibility?.applicant).toBe('eligible');
    const cities = score(call({ funder: 'European Commission', title: 'Cities Mission call 2026' }), body('skane'));
    expect(cities.eligibility?.applicant).toBe('eligible');
    const ksm = call({ funder: 'Statens kulturråd', programme: 'Kultursamverkansmodellen', title: 'Ansökan 2027' });
    expect(score(ksm, body('skane')).eligibility?.applicant).toBe('not-eligible');
    expect(score(ksm, body('skane', 'region')).eligibility?.applicant).toBe('eligible');
    const itp = call({
      funder: 'ICLD',
      programme: 'Utbildningsprogram för förtroendevalda',
      title: 'Ansök senast 1 mars',
    });
    expect(programmeOf(itp)).toBe('icld');
    expect(score(itp, body('skane')).eligibility?.applicant).toBe('eligible');
    const csola = call({
      funder: 'European Commission',
      programme: 'Global Europe – Civil Society Organisations and Local Authorities',
      title: 'Call for proposals 2026',
    });
    expect(programmeOf(csola)).toBe('eu-cso-la');
    expect(score(csola, body('skane')).eligibility?.applicant).toBe('eligible');
    const npHe = score(call({ funder: 'UHR', programme: 'Nordplus Högre utbildning', title: 'Ansök' }), body('skane'));
    expect(npHe.eligibility?.applicant).toBe('not-eligible');
    const npJr = score(call({ funder: 'UHR', programme: 'Nordplus Junior', title: 'Ansök' }), body('skane'));
    expect(npJr.eligibility?.applicant).toBe('eligible');
  });
});

describe('programme priorities', () => {
  it('use known lexicon concepts, and never a place as a topic', () => {
    const byId = new Map(LEXICON.concepts.map((c) => [c.id, c]));
    for (const p of PROGRAMMES.programmes)
      for (const pr of p.priorities)
        for (const c of pr.concepts) {
          expect(byId.has(c), `${p.id}: ${c}`).toBe(true);
          expect(byId.get(c)?.geographic, `${p.id}: ${c} is a place`).not.toBe(true);
        }
  });
  it('every strand names a known parent and its own aliases', () => {
    for (const p of PROGRAMMES.programmes.filter((x) => x.parent)) {
      expect(PROGRAMME_BY_ID.has(p.parent ?? ''), p.id).toBe(true);
      expect(p.aliases.length, p.id).toBeGreaterThan(0);
    }
  });
});
