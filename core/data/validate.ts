import applicantTypesJson from './applicant-types.json' with { type: 'json' };
import countriesJson from './countries.json' with { type: 'json' };
import internationalCuesJson from './international-cues.json' with { type: 'json' };
import lanJson from './lan.json' with { type: 'json' };
import lexiconJson from './lexicon.json' with { type: 'json' };
import networksFundersJson from './networks-funders.json' with { type: 'json' };
import populationJson from './population.json' with { type: 'json' };
import programmeAreasJson from './programme-areas.json' with { type: 'json' };
import programmesJson from './programmes.json' with { type: 'json' };
import {
  ApplicantTypesSchema,
  CountriesSchema,
  InternationalCuesSchema,
  LanSchema,
  LexiconSchema,
  NetworksFundersSchema,
  PopulationSchema,
  ProgrammeAreasSchema,
  ProgrammesSchema,
} from './schemas.ts';

/**
 * Every reference-data file against its schema, plus the links between them (programme areas name known
 * län). Returns the problems found, each naming the file and field; empty when all is well.
 */
export function validateReferenceData(): string[] {
  const problems: string[] = [];
  const check = (
    file: string,
    result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  ) => {
    for (const issue of result.error?.issues ?? [])
      problems.push(`${file}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  };
  check('lexicon.json', LexiconSchema.safeParse(lexiconJson));
  const lan = LanSchema.safeParse(lanJson);
  check('lan.json', lan);
  if (lan.success) {
    const ids = new Set(lan.data.lan.map((l) => l.id));
    lan.data.lan.forEach((l, i) => {
      for (const m of l.inlandMunicipalities ?? [])
        if (!l.municipalities.includes(m))
          problems.push(`lan.json: lan.${i}.inlandMunicipalities: "${m}" is no kommun of ${l.name}`);
      for (const m of l.coastalMunicipalities ?? []) {
        if (!l.municipalities.includes(m))
          problems.push(`lan.json: lan.${i}.coastalMunicipalities: "${m}" is no kommun of ${l.name}`);
        if (l.inlandMunicipalities?.includes(m))
          problems.push(`lan.json: lan.${i}.coastalMunicipalities: "${m}" is listed as inland too`);
      }
      for (const m of l.islandMunicipalities ?? []) {
        if (!l.municipalities.includes(m))
          problems.push(`lan.json: lan.${i}.islandMunicipalities: "${m}" is no kommun of ${l.name}`);
        if (l.inlandMunicipalities?.includes(m))
          problems.push(`lan.json: lan.${i}.islandMunicipalities: "${m}" is listed as inland too`);
      }
      for (const m of l.borderMunicipalities ?? [])
        if (!l.municipalities.includes(m))
          problems.push(`lan.json: lan.${i}.borderMunicipalities: "${m}" is no kommun of ${l.name}`);
      if (l.borderMunicipalities && !l.landBorders?.length)
        problems.push(`lan.json: lan.${i}.borderMunicipalities: ${l.name} has no land border`);
      if (l.islandMunicipalities && !l.seaCoast)
        problems.push(`lan.json: lan.${i}.islandMunicipalities: ${l.name} does not reach the sea at all`);
      if (l.coastalMunicipalities && !l.seaCoast)
        problems.push(`lan.json: lan.${i}.coastalMunicipalities: ${l.name} does not reach the sea at all`);
      if (l.inlandMunicipalities && !l.seaCoast)
        problems.push(`lan.json: lan.${i}.inlandMunicipalities: ${l.name} does not reach the sea at all`);
    });
    lan.data.landscapes?.forEach((x, i) => {
      for (const id of x.lan) if (!ids.has(id)) problems.push(`lan.json: landscapes.${i}.lan: unknown län "${id}"`);
      for (const id of x.fringe ?? [])
        if (!ids.has(id) || x.lan.includes(id))
          problems.push(`lan.json: landscapes.${i}.fringe: "${id}" is no län, or is in lan already`);
      for (const id of Object.keys(x.partOf ?? {}))
        if (!x.lan.includes(id)) problems.push(`lan.json: landscapes.${i}.partOf: "${id}" is not in its lan`);
    });
  }
  // Every län of lan.json, with as many kommuner as it counts; a municipality lan.json places in a län is in that
  // län's figures too (a town lan.json uses to tell the län, "Visby", is no kommun and may be missing).
  const population = PopulationSchema.safeParse(populationJson);
  check('population.json', population);
  if (lan.success && population.success) {
    const byId = new Map(population.data.lan.map((l) => [l.id, l]));
    const lanOfKommun = new Map(population.data.lan.flatMap((l) => l.kommuner.map((k) => [k.name, l.id] as const)));
    for (const l of lan.data.lan) {
      const p = byId.get(l.id);
      if (!p) {
        problems.push(`population.json: lan: no entry for "${l.id}"`);
        continue;
      }
      if (p.kommuner.length !== l.kommuner)
        problems.push(
          `population.json: lan.${l.id}.kommuner: ${p.kommuner.length} kommuner, lan.json counts ${l.kommuner}`,
        );
      for (const m of l.municipalities) {
        const other = lanOfKommun.get(m);
        if (other && other !== l.id)
          problems.push(`lan.json: lan.${l.id}.municipalities: "${m}" is a kommun of ${other} (population.json)`);
      }
      lan.data.landscapes?.forEach((x, i) => {
        for (const m of x.partOf?.[l.id] ?? [])
          if (!p.kommuner.some((k) => k.name === m))
            problems.push(`lan.json: landscapes.${i}.partOf.${l.id}: "${m}" is no kommun of ${l.id} (population.json)`);
      });
      const sum = p.kommuner.reduce((n, k) => n + k.population, 0);
      if (Math.abs(sum - p.population) > p.population * 0.02)
        problems.push(`population.json: lan.${l.id}: its kommuner sum to ${sum}, the län to ${p.population}`);
    }
    const lanIds = new Set(lan.data.lan.map((l) => l.id));
    for (const id of byId.keys()) if (!lanIds.has(id)) problems.push(`population.json: lan: unknown län "${id}"`);
  }
  const areas = ProgrammeAreasSchema.safeParse(programmeAreasJson);
  check('programme-areas.json', areas);
  check('applicant-types.json', ApplicantTypesSchema.safeParse(applicantTypesJson));
  check('countries.json', CountriesSchema.safeParse(countriesJson));
  check('international-cues.json', InternationalCuesSchema.safeParse(internationalCuesJson));
  const networks = NetworksFundersSchema.safeParse(networksFundersJson);
  check('networks-funders.json', networks);
  const lexicon = LexiconSchema.safeParse(lexiconJson);
  if (networks.success && lexicon.success) {
    // A misspelt concept would silently add no evidence to a profile drafted from a strategy.
    const concepts = new Set(lexicon.data.concepts.map((c) => c.id));
    networks.data.networks.forEach((n, i) => {
      for (const c of n.concepts ?? [])
        if (!concepts.has(c)) problems.push(`networks-funders.json: networks.${i}.concepts: unknown concept "${c}"`);
    });
    networks.data.funders.forEach((f, i) => {
      for (const c of f.concepts ?? [])
        if (!concepts.has(c)) problems.push(`networks-funders.json: funders.${i}.concepts: unknown concept "${c}"`);
    });
  }
  const countries = CountriesSchema.safeParse(countriesJson);
  if (lexicon.success && countries.success) {
    // A place's countries must be spelt as countries.json spells them, or no call would ever name them.
    const known = new Set(countries.data.countries.map((c) => c.name));
    for (const c of lexicon.data.concepts)
      for (const name of c.countries ?? [])
        if (!known.has(name)) problems.push(`lexicon.json: ${c.id}.countries: unknown country "${name}"`);
  }
  const programmes = ProgrammesSchema.safeParse(programmesJson);
  check('programmes.json', programmes);
  if (programmes.success && areas.success && lexicon.success) {
    const areaIds = new Set(areas.data.areas.map((a) => a.id));
    const concepts = new Set(lexicon.data.concepts.map((c) => c.id));
    for (const p of programmes.data.programmes) {
      if (p.area && !areaIds.has(p.area)) problems.push(`programmes.json: ${p.id}: unknown programme area "${p.area}"`);
      for (const pr of [...p.priorities, ...(p.periods ?? []).flatMap((x) => x.priorities)])
        for (const c of pr.concepts)
          if (!concepts.has(c)) problems.push(`programmes.json: ${p.id}: unknown concept "${c}"`);
      if (p.activity && !concepts.has(p.activity))
        problems.push(`programmes.json: ${p.id}.activity: unknown concept "${p.activity}"`);
      // An area's earlier periods are the ones its programme's data is not of: "Interreg Nord 2014–2020" has its
      // 2014–2020 area in `lan`, so a second one for that period would contradict it.
      const own = /(20\d\d)\s*[-–]\s*(20\d\d)/.exec(p.name);
      const area = p.area ? areas.data.areas.find((a) => a.id === p.area) : undefined;
      if (own && area?.periods?.some((x) => x.period === `${own[1]}–${own[2]}`))
        problems.push(`programme-areas.json: ${area.id}: period ${own[1]}–${own[2]} is ${p.id}'s own, held in lan`);
    }
  }
  if (lan.success && areas.success) {
    const ids = new Set(lan.data.lan.map((l) => l.id));
    for (const a of areas.data.areas) {
      for (const l of a.lan) if (!ids.has(l)) problems.push(`programme-areas.json: ${a.id}: unknown län "${l}"`);
      for (const p of a.periods ?? [])
        for (const l of p.lan)
          if (!ids.has(l)) problems.push(`programme-areas.json: ${a.id} ${p.period}: unknown län "${l}"`);
    }
  }
  return problems;
}
