/**
 * The Union (or the EEA) by name, as calls write it ("the EU", "EU27", "EU Member States", "EU-länderna", "EES"):
 * the names of countries.json's `eu-member-states` and `eea` groups, and the Union's own. One list for every
 * reader that asks whether a list entry is the Union: a list of eligible countries, a list of where applicants may
 * be beside other countries.
 */
import { COUNTRIES } from '../data/index.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold } from '../text/fold.ts';

const UNION_GROUPS = new Set(['eu-member-states', 'eea']);
const NAMES = [
  'eu',
  'european union',
  'europeiska unionen',
  ...COUNTRIES.groups.filter((g) => UNION_GROUPS.has(g.id)).flatMap((g) => [...g.sv, ...g.en]),
];

/** The Union's names as a pattern source (longest first), "the" allowed before; use with the `i` and `u` flags. */
export const UNION_WORDS = String.raw`(?:the\s+)?(?:${[...new Set(NAMES)]
  .sort((a, b) => b.length - a.length)
  .map((n) => escapeRegExp(n).replace(/ /g, String.raw`\s+`))
  .join('|')})`;

/**
 * The names of countries.json's other groups that hold Sweden (the Nordic, Nordic-Baltic and Baltic Sea countries),
 * singular and plural, folded, as a pattern source ("baltic sea countr(?:y|ies)"): partners "in another Baltic Sea
 * country" may be in Sweden. Not the Union's: UNION_WORDS names it.
 */
export const GROUPS_WITH_SWEDEN = [
  ...new Set(
    COUNTRIES.groups
      .filter((g) => g.members.includes('Sweden') && !g.whereOnly && !UNION_GROUPS.has(g.id))
      .flatMap((g) => [...g.sv, ...g.en])
      .map((n) => fold(n.toLowerCase())),
  ),
]
  .sort((a, b) => b.length - a.length)
  .map((n) =>
    escapeRegExp(n)
      .replace(/countries$/, 'countr(?:y|ies)')
      .replace(/states$/, 'states?')
      .replace(/ /g, String.raw`\s+`),
  )
  .join('|');
