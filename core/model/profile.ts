import { z } from 'zod';

export const BilingualSchema = z.object({ sv: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof BilingualSchema>;

export const PrioritySchema = z.object({
  id: z.string().min(1),
  label: BilingualSchema,
  /** Relative importance, 0.1–3; 1 is normal. */
  weight: z.number().min(0).max(3),
  /** Concept ids from core/data/lexicon.json. */
  concepts: z.array(z.string()),
  /** Extra words or phrases (any language) that express this priority beyond the lexicon. */
  terms: z.array(z.string()).default([]),
  /**
   * Per concept, the words of the passage that support it when no lexicon term of the concept occurs there
   * ("Estland, Lettland, Litauen, Polen" for the Baltic Sea): a reviewer sees why the concept is in the priority.
   */
  support: z.record(z.string(), z.string()).optional(),
  /**
   * What the priority is tied to, when its passage ties it to places or partners ("in cooperation with our twin
   * towns…", "cooperation within the Baltic ring"): places (geographic concepts), a kind of cooperation with
   * particular partners (town twinning, cross-border) and partner countries. Its concepts count for a call only
   * when the call concerns one of these (core/match/core.ts): sustainability in a green call is not twin-town work.
   */
  core: z.object({ concepts: z.array(z.string()).default([]), countries: z.array(z.string()).default([]) }).optional(),
  /**
   * The strategy passage the priority comes from, and how the text puts it (`basis`, see
   * core/profile/weight-rule.ts): said to come first, one of the stated priorities, named as intended, or only
   * mentioned (an example, a network's theme, the title of another of the body's documents).
   */
  source: z
    .object({
      passage: z.string(),
      document: z.string().optional(),
      basis: z.enum(['emphasised', 'stated', 'named', 'mentioned']).optional(),
    })
    .optional(),
});
export type Priority = z.infer<typeof PrioritySchema>;

export const PROFILE_KINDS = ['kommun', 'region'] as const;

export const ProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(PROFILE_KINDS),
  /** Län id as in core/data/lan.json, e.g. "blekinge", "ostergotland", "norrbotten". */
  lan: z.string().min(1),
  /**
   * How many people live in the body's area, with the statistic it comes from: calls for kommuner or regions of some
   * size are judged by it (core/match/population-limit.ts). Absent (profiles read from documents, the user's own)
   * means not known: no size condition is judged.
   */
  population: z.object({ count: z.number().int().positive(), source: z.string().min(1) }).optional(),
  priorities: z.array(PrioritySchema).min(1),
  /** Partner countries as English names, e.g. "Poland", "Lithuania". */
  partnerCountries: z.array(z.string()).default([]),
  networks: z.array(z.string()).default([]),
  /** Funder or programme names or ids the body prefers (boost), e.g. "Interreg South Baltic", "ICLD". */
  preferredFunders: z.array(z.string()).default([]),
  /** Concept ids or terms the body does not want (blockers). */
  exclusions: z.array(z.string()).default([]),
});
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
