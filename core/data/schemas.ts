import { z } from 'zod';
import { BilingualSchema } from '../model/profile.ts';
import { APPLICANT_CLASSES, type ApplicantClass, AREA_SCOPES, PROGRAMME_GEOGRAPHIES } from './kinds.ts';

export { APPLICANT_CLASSES, type ApplicantClass, AREA_SCOPES, PROGRAMME_GEOGRAPHIES } from './kinds.ts';

const term = z.string().trim().min(1);

export const ConceptSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
  label: BilingualSchema,
  /** 0–1: how much a match says about a call; generic concepts (sustainability, cooperation) weigh less. */
  specificity: z.number().min(0.1).max(1).default(1),
  terms: z.object({ sv: z.array(term).min(1), en: z.array(term).min(1) }),
  /**
   * Words the stemmer folds into a term that mean something else ("participate" into "participation",
   * "communities" into "communication"): a match on exactly one of these words (lowercase) does not count.
   */
  excludeWords: z.array(term).optional(),
  /**
   * Adjectives among its terms ("innovative", "innovativa") that carry the concept standing alone ("innovative
   * solutions") but, right before another concept's term, qualify that noun: "innovative tourism" is tourism, not
   * research and innovation. Exact words, lowercase.
   */
  modifiers: z.array(term).optional(),
  /**
   * Its words name who acts (civil society, universities, companies): in a sentence saying who may apply they
   * name applicants, not what the call is about.
   */
  actors: z.boolean().optional(),
  /**
   * About the body's own organisation (public-sector innovation): its terms said of bodies abroad ("the local public
   * sector in Ukraine", "offentlig förvaltning i partnerländerna") are the partners' sector, not evidence.
   */
  home: z.boolean().optional(),
  /**
   * Its words are common words of names ("Programme for Nordic Co-operation", "European Territorial Cooperation"):
   * capitalised inside a sentence, or in the programme field, they are part of a name, not evidence of the topic.
   */
  namePart: z.boolean().optional(),
  /** A place (the Baltic Sea region, the Nordic countries): a profile's geographic focus, not a topic of a call. */
  geographic: z.boolean().optional(),
  /** A place's countries (English names as in countries.json): partners named there put a call in the place. */
  countries: z.array(z.string()).optional(),
  /**
   * Cooperation with particular partners (twin towns, neighbours across a border): a strategy passage naming it
   * ties its priority to those partners (core/match/core.ts).
   */
  partners: z.boolean().optional(),
  /**
   * Its terms are the names of titles and awards ("European Green Capital"): a call for such a title is about the
   * title, so where a programme of the reference data bears the same name, the name is evidence of this concept,
   * not only context as other programmes' names are.
   */
  titles: z.boolean().optional(),
  /**
   * Terms (from `terms`) that also have a generic sense and carry the concept only beside a word that fixes it:
   * "nya arbetssätt" of a company is no public-sector innovation. Such a term counts when the same sentence (or the
   * call's title) holds one of the `context` words or another term of the concept.
   */
  inContext: z
    .object({
      terms: z.array(term).min(1),
      context: z.object({ sv: z.array(term).min(1), en: z.array(term).min(1) }),
    })
    .optional(),
  related: z.array(z.string()).optional(),
  broader: z.array(z.string()).optional(),
});
export type Concept = z.infer<typeof ConceptSchema>;

export const LexiconSchema = z
  .object({
    version: z.literal(1),
    concepts: z.array(ConceptSchema).min(40),
    /**
     * Phrases whose words look like a concept's terms but name something else, and count for no concept: an
     * institution ("kompetenscentrum", "competence centre": a centre of expertise, not skills supply). Found like
     * terms, so the longer phrase, or the whole word over a part of a compound, wins.
     */
    otherSenses: z.object({ sv: z.array(term), en: z.array(term) }).optional(),
  })
  .superRefine((lex, ctx) => {
    const ids = new Set<string>();
    for (const c of lex.concepts) {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate concept id "${c.id}"` });
      ids.add(c.id);
    }
    for (const c of lex.concepts) {
      const own = new Set([...c.terms.sv, ...c.terms.en]);
      for (const t of c.inContext?.terms ?? []) {
        if (!own.has(t))
          ctx.addIssue({ code: 'custom', message: `concept "${c.id}": inContext term "${t}" is not one of its terms` });
      }
      for (const r of [...(c.related ?? []), ...(c.broader ?? [])]) {
        if (!ids.has(r)) ctx.addIssue({ code: 'custom', message: `concept "${c.id}" refers to unknown "${r}"` });
      }
    }
  });
export type Lexicon = z.infer<typeof LexiconSchema>;

/** Folkmängd of each län and kommun (population.json): for profiles built from a document, which state none. */
export const PopulationSchema = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  lan: z.array(
    z.object({
      id: z.string().regex(/^[a-z-]+$/),
      population: z.number().int().positive(),
      kommuner: z.array(
        z.object({
          /** As SCB writes it: "Karlskrona", "Upplands Väsby", "Malung-Sälen". */
          name: z.string().min(1),
          population: z.number().int().positive(),
          /** The writer was not sure the figure is within 5 % of SCB's. */
          unsure: z.literal(true).optional(),
        }),
      ),
    }),
  ),
});
export type PopulationData = z.infer<typeof PopulationSchema>;

export const LanSchema = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  lan: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z-]+$/),
        name: z.string().min(1),
        /** How many kommuner the län has (SCB): a list of municipalities that long names every one of them. */
        kommuner: z.number().int().positive(),
        aliases: z.array(term).min(1),
        municipalities: z.array(term),
        /** The countries the län has a land border with (none for most). */
        landBorders: z.array(z.string().min(1)).optional(),
        /** The Swedish län it shares a land border with, by id (none for Gotland): "grannlän", "angränsande län". */
        neighbours: z.array(z.string().regex(/^[a-z-]+$/)),
        /** Its NUTS 3 code (2021), as programme pages name areas: "SE221" is Blekinge län. */
        nuts: z.string().regex(/^SE\d{3}$/),
        /** Whether the län reaches the sea: one that does not holds no sea island and no coastal kommun. */
        seaCoast: z.boolean(),
        /**
         * Kommuner of a coastal län that do not reach the sea, where reviewed (a lake shore is no sea coast): they
         * hold no sea island and no archipelago. A kommun not listed may or may not reach it.
         */
        inlandMunicipalities: z.array(term).optional(),
        /**
         * Kommuner of a coastal län that reach the sea, where reviewed: a call for "kustkommuner" is open to them. A
         * kommun in neither list may or may not reach it.
         */
        coastalMunicipalities: z.array(term).optional(),
        /**
         * Kommuner whose whole area is islands (island municipalities, önkommuner), where reviewed: then every one of
         * the län is listed, and a kommun of it not listed is none (a mainland kommun with an archipelago is none).
         */
        islandMunicipalities: z.array(term).optional(),
        /**
         * Kommuner of a län with a land border whose own area reaches it, where reviewed: every one is listed (one in
         * doubt too), and a kommun of the län not listed lies away from the border.
         */
        borderMunicipalities: z.array(term).optional(),
      }),
    )
    .length(21),
  /**
   * Landskap and parts of Sweden a call may name as its area, each with the län it lies in (by their ids); a part of
   * Sweden with no fixed border ("Sydsverige") also with the län a reader may or may not count in it (`fringe`).
   */
  landscapes: z
    .array(
      z.object({
        name: z.string().min(1),
        aliases: z.array(term).min(1),
        lan: z.array(z.string()).min(1),
        fringe: z.array(z.string()).min(1).optional(),
        /**
         * Län the landskap covers only in part, each with the kommuner lying in it wholly or partly (a kommun in doubt
         * is listed): a kommun of such a län not listed lies outside ("Tornedalen": Haparanda, … — not Älvsbyn).
         */
        partOf: z.record(z.string(), z.array(term).min(1)).optional(),
        /**
         * Read only as Sweden's part in a list of countries ("Sweden (Barents Region)"): in a text the name is a
         * region of cooperation across borders ("samarbete inom Barentsregionen"), not where applicants must be.
         */
        inListsOnly: z.literal(true).optional(),
      }),
    )
    .optional(),
});
export type LanData = z.infer<typeof LanSchema>;

export const ProgrammeAreasSchema = z
  .object({
    version: z.literal(1),
    areas: z.array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(1),
        scope: z.enum(AREA_SCOPES),
        aliases: z.array(term).min(1),
        /**
         * Län ids from lan.json whose bodies may take part; empty for an area without Swedish regions (Alpine
         * Space, Interreg NEXT…), where a Swedish body is outside the programme area.
         */
        lan: z.array(z.string()),
        countries: z.array(z.string()),
        /** Geographic concepts (lexicon ids) the area lies in, e.g. "baltic-sea". */
        regions: z.array(z.string()).optional(),
        /**
         * A body that also writes about other funders' calls (a region's page on an ESF+ or MUCF call): when the
         * same funder text names a national or EU-wide programme, the call is that programme's, not the area's.
         */
        publisher: z.boolean().optional(),
        /**
         * A strategy that funds through other programmes (the EU Strategy for the Baltic Sea Region): where a
         * funder, programme or title names another area or programme with it ("Interreg Baltic Sea Region – seed
         * money for the EUSBSR"), the call is that one's, however long the strategy's name.
         */
        strategy: z.literal(true).optional(),
        note: z.string(),
        /**
         * The Swedish län of the area in earlier programme periods (`lan` is the current one's), each as its
         * sources state it: a call of one of these periods is judged on that period's area. A period left out
         * has no sourced area, and its calls are told so.
         */
        periods: z
          .array(
            z.object({
              /** "2014–2020": a programme period as otherPeriod (core/match/signals.ts) names it. */
              period: z
                .string()
                .regex(/^20\d\d–20\d\d$/)
                .refine((p) => {
                  const [a, b] = p.split('–').map(Number);
                  return b - a === 6 && (a - 2007) % 7 === 0;
                }, 'a programme period runs seven years from 2007, 2014, 2021…'),
              /** The programme's name in that period, as the area line says it: "Interreg IV A Nord 2007–2013". */
              name: z.string().min(1),
              lan: z.array(z.string()),
              /** Where the län were read: the pages (eufonder.se, the programme's, a region's) and what they say. */
              source: z.string().trim().min(1),
            }),
          )
          .optional(),
      }),
    ),
  })
  .superRefine((d, ctx) => {
    for (const [i, a] of d.areas.entries()) {
      const seen = new Set<string>();
      for (const [j, p] of (a.periods ?? []).entries()) {
        if (seen.has(p.period))
          ctx.addIssue({ code: 'custom', path: ['areas', i, 'periods', j], message: 'a period is listed once' });
        seen.add(p.period);
      }
      // A Swedish part needs its län; an area without one must not claim Sweden.
      if (a.lan.length === 0 && a.countries.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['areas', i, 'countries'],
          message: 'an area without Swedish län names the countries it covers',
        });
      if (a.lan.length === 0 && a.countries.includes('Sweden'))
        ctx.addIssue({ code: 'custom', path: ['areas', i, 'lan'], message: 'an area in Sweden names its län' });
    }
  });
export type ProgrammeAreas = z.infer<typeof ProgrammeAreasSchema>;
export type ProgrammeArea = ProgrammeAreas['areas'][number];

const phrases = z.object({ sv: z.array(term), en: z.array(term) });
export const ApplicantTypesSchema = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  classes: z.object(
    Object.fromEntries(APPLICANT_CLASSES.map((c) => [c, phrases])) as Record<ApplicantClass, typeof phrases>,
  ),
  /** Wording that admits every kind of organisation ("any organisation", "juridiska personer"). */
  anyOrganisation: phrases,
  /** Actors of a place without their kind ("local actors", "lokala aktörer"): they neither admit nor shut out. */
  vagueActors: phrases,
  /** Applicants named by a role any kind of body can hold ("fastighetsägare", "employers"): they shut no one out. */
  roles: phrases,
  /**
   * A catch-all that ends a list ("and other socio-economic actors", "och andra aktörer"): `other` words start it,
   * `actors` end it; a `narrowing` word between ("other private actors") or a sector after it (`narrowingAfter`:
   * "other actors from industry") qualifies it to a kind of body neither a kommun nor a region is.
   */
  catchAll: z.object({
    note: z.string(),
    other: phrases,
    actors: phrases,
    narrowing: phrases,
    narrowingAfter: phrases,
  }),
  /**
   * A host organisation the applicant applies with (`host`: "host organisation", "värdorganisation"): where no
   * sentence on the host or the administering body names a sector (`restricting`: university, lärosäte, company), a
   * list of researchers does not shut out a kommun or region, which may be the host.
   */
  hosts: z.object({
    note: z.string(),
    host: phrases,
    restricting: phrases,
  }),
  /**
   * Wording that makes a call a competition for a prize or a title ("Capital of Innovation Awards", "kulturhuvudstad",
   * "the competition is open to cities"), read in its title and who-may-apply sentences (core/match/contest.ts).
   */
  contests: z.object({ note: z.string(), words: phrases }),
  /**
   * Bodies kommuner or regioner form together or run as parts of themselves (kommunalförbund, stadsdelsnämnder,
   * regionförbund), each also a word of its class: listed, they name the class; shut out, only themselves.
   */
  ownBodies: z.object({ note: z.string(), sv: z.array(term), en: z.array(term) }),
  icld: z.object({
    funderAliases: z.array(term).min(1),
    municipalProgrammes: z.array(term).min(1),
    eligible: z.array(z.enum(['kommun', 'region'])),
    note: z.string(),
  }),
});
export type ApplicantTypes = z.infer<typeof ApplicantTypesSchema>;

export const CountriesSchema = z.object({
  version: z.literal(1),
  /** How a country's adjectives and words for its people are read (see core/match/country-adjectives.ts). */
  adjectivesNote: z.string(),
  countries: z.array(
    z.object({
      name: z.string().min(1),
      sv: z.array(term).min(1),
      en: z.array(term).min(1),
      /** The country's adjective and the word for its people, in lower case ("polska", "ukrainare", "polish"). */
      adjectives: z
        .object({ sv: z.array(term.regex(/^[\p{Ll} ]+$/u)).min(1), en: z.array(term.regex(/^[\p{Ll} ]+$/u)).min(1) })
        .optional(),
      /**
       * Regions and cities of the country, in lower case, as a call abroad names where its applicants must be
       * ("located in the City of Oslo", "registrerade på Åland"): read by core/match/where-text.ts.
       */
      places: z.array(term.regex(/^[\p{Ll}\p{M} -]+$/u)).optional(),
    }),
  ),
  groups: z.array(
    z.object({
      id: z.string(),
      sv: z.array(term),
      en: z.array(term),
      members: z.array(z.string()).min(1),
      /** What the group is, for the reviewer, where its name does not say. */
      note: z.string().optional(),
      /**
       * The group is named only to say where applicants may be besides the EU ("EU- eller EFTA-länder", "EFTA/EEA
       * countries"), never as partners: its members are no partner countries a strategy can prefer.
       */
      whereOnly: z.literal(true).optional(),
    }),
  ),
  /** Classes of country that never hold Sweden ("developing countries", "third countries"), as list entries. */
  withoutSweden: z.object({ note: z.string(), sv: z.array(term).min(1), en: z.array(term).min(1) }),
  /** Sea basins and mountain ranges with no Swedish part ("the Mediterranean", "the Danube region"). */
  basinsAbroad: z.object({ note: z.string(), sv: z.array(term).min(1), en: z.array(term).min(1) }),
  /** Short names of countries whose ISO names are long forms only ("Syria"), read only as a list entry. */
  listNames: z.object({ note: z.string(), names: z.record(term, z.string().regex(/^[A-Z]{2}$/)) }),
});
export type Countries = z.infer<typeof CountriesSchema>;

export const InternationalCuesSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  sv: z.array(term).min(1),
  en: z.array(term).min(1),
  /** Wording that names something international without being international work ("internationellt konkurrenskraftig"). */
  notCues: z.object({ note: z.string(), sv: z.array(term).min(1), en: z.array(term).min(1) }).optional(),
});
export type InternationalCues = z.infer<typeof InternationalCuesSchema>;

export const NetworksFundersSchema = z.object({
  version: z.literal(1),
  networks: z.array(
    z.object({
      name: z.string().min(1),
      aliases: z.array(term).min(1),
      /** Lexicon concepts a member of the network works on: membership is evidence of a priority. */
      concepts: z.array(z.string().min(1)).optional(),
    }),
  ),
  funders: z.array(
    z.object({
      name: z.string().min(1),
      aliases: z.array(term).min(1),
      /**
       * Lexicon concepts of the work the funder exists for (ICLD: municipal partnerships): a strategy naming the
       * funder names that work. Only for a funder of one kind of work; a funder of many topics has none.
       */
      concepts: z.array(z.string().min(1)).optional(),
    }),
  ),
  /**
   * Wording that says where the money comes from ("co-funded by the European Union", "Just Transition Fund"):
   * context like a funder's name, never evidence of a topic; not a funder a strategy can prefer.
   */
  fundingContext: z.object({ note: z.string(), sv: z.array(term).min(1), en: z.array(term).min(1) }),
});
export type NetworksFunders = z.infer<typeof NetworksFundersSchema>;

/** A programme's priorities, so a call that opens all of them is scored against them. */
const PrioritiesSchema = z
  .array(
    z.object({
      label: BilingualSchema,
      concepts: z.array(z.string().min(1)).min(1),
      /**
       * The priority's own name as calls print it ("Innovative South Baltic"): a name, so context like the
       * programme's, never evidence of a topic. Only a proper name, never a topic phrase.
       */
      names: z.array(term).optional(),
      /**
       * What every call of the programme is about, whatever topic its project picks (Interreg Europe's policy
       * learning between regions): a call of the programme is about this priority as a call whose text says "all
       * priorities are open" is about them all, its own words naming the thematic ones.
       */
      everyCall: z.literal(true).optional(),
    }),
  )
  .min(1);

export const ProgrammesSchema = z
  .object({
    version: z.literal(1),
    note: z.string().optional(),
    programmes: z.array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
        name: z.string().min(1),
        funder: z.string().min(1),
        /** Where applicants must be: a programme area (by län), EU-wide, Sweden, the Nordic-Baltic countries, outside the EU. */
        geography: z.enum(PROGRAMME_GEOGRAPHIES),
        /** The programme area (programme-areas.json) when geography is "programme-area". */
        area: z.string().optional(),
        /** A strand names its programme. */
        parent: z.string().optional(),
        /** Names that identify it in a call's funder, programme or title (a programme area's aliases count too). */
        aliases: z.array(term),
        /**
         * Generic names that identify it only where no other programme is named with them ("EU:s hälsoprogram" is
         * the 2014–2020 health programme, but "EU:s hälsoprogram EU4Health" is EU4Health's).
         */
        weakAliases: z.array(term).optional(),
        /** Who may apply when a call does not say. */
        applicants: z.array(z.enum(APPLICANT_CLASSES)).min(1),
        /**
         * Who may apply only by exception ("om det finns särskilda skäl"): not the rule, so not told as eligible,
         * and never shut out by the rule's list.
         */
        exceptionally: z.array(z.enum(APPLICANT_CLASSES)).optional(),
        /**
         * Its calls are written for companies' own projects, whoever may formally apply (an EU fund open to "any
         * legal entity" that funds industrial plants): a call of it naming no public body is a call for companies
         * (core/match/company-call.ts).
         */
        forCompanies: z.literal(true).optional(),
        /**
         * Each of its calls is one call for all its countries, whichever country's office publishes it (Nordplus: one
         * administration per strand, seated in any Nordic or Baltic country): a funder field naming an office in
         * another country does not limit the call to that country. Not so where each country's national agency
         * runs its own calls (Erasmus+, the European Solidarity Corps): there the agency's country is the limit.
         */
        oneCallForAllCountries: z.literal(true).optional(),
        /**
         * Applied for at the länsstyrelse of the län where the work is done, each länsstyrelse running its own round
         * (LOVA, LONA): a länsstyrelse's call of it is for its own län, as its own grants are.
         */
        appliedForInOwnLan: z.literal(true).optional(),
        /**
         * Applied for in one of its local areas, each with its own group and round (LEADER's local action groups): a
         * call of it is for one such area, which the data does not know, so the data never tells a call as open to
         * the whole country; the call's own words for its place decide.
         */
        localAreas: z.literal(true).optional(),
        /**
         * The fewest inhabitants a Swedish kommun must have to enter any of its competitions, as its note says (the
         * Access City Award: cities of over 50,000): a call of it that sets no limit of its own is judged by this one.
         */
        minPopulation: z.number().int().positive().optional(),
        /** Its priorities, so a call that opens all of them is scored against them. */
        priorities: PrioritiesSchema,
        /**
         * Its priorities in earlier programme periods, each as its sources state it: a call of one of these periods
         * is read with that period's priorities, as a call of the data's period is with `priorities`. A period left
         * out has none the data knows (its calls are read only with those of today's their text names).
         */
        periods: z
          .array(
            z.object({
              /** "2014–2020": a programme period as otherPeriod (core/match/signals.ts) names it. */
              period: z.string().regex(/^20\d\d–20\d\d$/, 'a period as "2014–2020"'),
              /** The programme's name in that period: "Interreg Baltic Sea Region 2014–2020". */
              name: z.string().min(1),
              priorities: PrioritiesSchema,
              source: z.string().min(1),
            }),
          )
          .optional(),
        /** Geographic concepts (lexicon ids) its partnerships lie in, when its geography does not say. */
        regions: z.array(z.string()).optional(),
        /**
         * The part of its countries a programme open across them is for (the Arctic of the Nordic countries, the
         * Barents region), where its work is for that part and no rule shuts applicants elsewhere out: the Swedish
         * län in it as a source states them. A body there is in a programme made for its region, as in a
         * programme area drawn around it; a body elsewhere is judged by the programme's geography. The part is a
         * place of its own, narrower than the countries: its `regions` are not the programme's countries again.
         */
        focus: z
          .object({
            place: z.object({ sv: z.string().min(1), en: z.string().min(1) }),
            lan: z.array(z.string()).min(1),
            source: z.string().min(1),
          })
          .optional(),
        /**
         * A Swedish programme's reach: 'international' (its projects are cooperation abroad: ICLD, Svenska
         * institutet, Erasmus+ through UHR/MUCF) or 'domestic' (a national grant for work at home; see
         * international-cues.json). Required when geography is "sweden".
         */
        scope: z.enum(['international', 'domestic']).optional(),
        /** The EU funds it channels ("Europeiska regionala utvecklingsfonden"): a strategy naming the fund names it. */
        funds: z.array(term).optional(),
        /**
         * When the programme is named after what its projects are ("Kommunala partnerskap": partnerships between
         * municipalities), the lexicon concept of that activity. Its aliases that are terms of the concept are
         * context where they name the programme, and the activity where a call uses them as ordinary words
         * ("ansöka om ett kommunalt partnerskap"; core/match/activity-names.ts).
         */
        activity: z.string().optional(),
        note: z.string(),
      }),
    ),
  })
  .superRefine((d, ctx) => {
    const ids = new Set<string>();
    for (const [i, p] of d.programmes.entries()) {
      if (ids.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['programmes', i, 'id'], message: `duplicate id "${p.id}"` });
      ids.add(p.id);
      if (p.geography === 'programme-area' && !p.area)
        ctx.addIssue({
          code: 'custom',
          path: ['programmes', i, 'area'],
          message: 'a programme-area programme names its area',
        });
      if (p.geography !== 'programme-area' && p.aliases.length === 0)
        ctx.addIssue({ code: 'custom', path: ['programmes', i, 'aliases'], message: 'needs at least one alias' });
      if (p.geography === 'sweden' && !p.scope)
        ctx.addIssue({
          code: 'custom',
          path: ['programmes', i, 'scope'],
          message: 'a Swedish programme says its scope: "international" (cooperation abroad) or "domestic"',
        });
    }
    for (const [i, p] of d.programmes.entries()) {
      const periods = new Set<string>();
      for (const [j, x] of (p.periods ?? []).entries()) {
        if (periods.has(x.period) || p.name.includes(x.period))
          ctx.addIssue({
            code: 'custom',
            path: ['programmes', i, 'periods', j],
            message: "a period is listed once, and not the programme's own",
          });
        periods.add(x.period);
      }
    }
    for (const [i, p] of d.programmes.entries())
      if (p.parent && !ids.has(p.parent))
        ctx.addIssue({ code: 'custom', path: ['programmes', i, 'parent'], message: `unknown programme "${p.parent}"` });
  });
export type Programmes = z.infer<typeof ProgrammesSchema>;
export type Programme = Programmes['programmes'][number];
