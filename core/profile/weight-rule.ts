/**
 * How a priority's weight follows from what its strategy passage says — one rule for every built-in profile,
 * so a reviewer can check each weight against its passage (core/data/seed-profiles, `source.basis`):
 *
 * - emphasised 1.5 — the text says this comes before the rest: "särskilt prioritera", "särskild vikt ska läggas
 *   vid", "främsta fokus", "ska prioriteras". Emphasis that a text gives every one of its areas alike ("särskilt
 *   fokus läggs på…" under each heading) sets none above the others and counts as stated.
 * - stated 1.2 — one of the priorities the document lists as such: a heading or item under "Prioriterade
 *   områden", "Fokusområden", "Mål", "Syfte", "Strategiska prioriteringar", a goal list.
 * - named 1.0 — a sentence elsewhere in the strategy says the body will work on it ("ska bidra till…", "vill…").
 * - mentioned 0.7 — only as an example ("till exempel…"), as the theme of a network the body belongs to, as
 *   the title of another of its documents, or in a covering letter or consultation reply.
 *
 * Geography is its own priority: a place the text prioritises (the Baltic Sea region, the Barents region) is
 * weighed by the same rule, but carries no topic concepts, and a topic priority carries no place.
 */
export type WeightBasis = 'emphasised' | 'stated' | 'named' | 'mentioned';

export const WEIGHT_OF_BASIS: Readonly<Record<WeightBasis, number>> = {
  emphasised: 1.5,
  stated: 1.2,
  named: 1,
  mentioned: 0.7,
};
