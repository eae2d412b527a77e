import { z } from 'zod';
import { BilingualSchema } from '../model/profile.ts';
import { APPLICANT_CLASSES, type ApplicantClass, AREA_SCOPES } from './kinds.ts';

export { APPLICANT_CLASSES, type ApplicantClass, AREA_SCOPES } from './kinds.ts';

const term = z.string().trim().min(1);

export const ConceptSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
  label: BilingualSchema,
  /** 0–1: how much a match says about a call; generic concepts (sustainability, cooperation) weigh less. */
  specificity: z.number().min(0.1).max(1).default(1),
  terms: z.object({ sv: z.array(term).min(1), en: z.array(term).min(1) }),
  related: z.array(z.string()).optional(),
  broader: z.array(z.string()).optional(),
});
export type Concept = z.infer<typeof ConceptSchema>;

export const LexiconSchema = z
  .object({ version: z.literal(1), concepts: z.array(ConceptSchema).min(40) })
  .superRefine((lex, ctx) => {
    const ids = new Set<string>();
    for (const c of lex.concepts) {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate concept id "${c.id}"` });
      ids.add(c.id);
    }
    for (const c of lex.concepts) {
      for (const r of [...(c.related ?? []), ...(c.broader ?? [])]) {
        if (!ids.has(r)) ctx.addIssue({ code: 'custom', message: `concept "${c.id}" refers to unknown "${r}"` });
      }
    }
  });
export type Lexicon = z.infer<typeof LexiconSchema>;

export const LanSchema = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  lan: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z-]+$/),
        name: z.string().min(1),
        aliases: z.array(term).min(1),
        municipalities: z.array(term),
      }),
    )
    .length(21),
});
export type LanData = z.infer<typeof LanSchema>;

export const ProgrammeAreasSchema = z.object({
  version: z.literal(1),
  areas: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      scope: z.enum(AREA_SCOPES),
      aliases: z.array(term).min(1),
      /** Län ids from lan.json whose bodies may take part. */
      lan: z.array(z.string()).min(1),
      countries: z.array(z.string()),
      note: z.string(),
    }),
  ),
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
  countries: z.array(z.object({ name: z.string().min(1), sv: z.array(term).min(1), en: z.array(term).min(1) })),
  groups: z.array(
    z.object({ id: z.string(), sv: z.array(term), en: z.array(term), members: z.array(z.string()).min(1) }),
  ),
});
export type Countries = z.infer<typeof CountriesSchema>;

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
  funders: z.array(z.object({ name: z.string().min(1), aliases: z.array(term).min(1) })),
});
export type NetworksFunders = z.infer<typeof NetworksFundersSchema>;
