/**
 * Where a kind of body may apply from, when a call gives kommuner and regions places of their own: "Kommuner i
 * Blekinge län" beside "Regioner (hela landet)", "Municipalities in Östergötland County" beside "Regional
 * authorities (all of Sweden)", "Bidrag kan sökas av kommuner i Blekinge län … dessutom kan regioner i hela landet
 * söka". The call's area then binds the one kind and not the other.
 */
import { fold } from '../text/fold.ts';
import { sentenceAround } from '../text/sentences.ts';
import { REFUSAL } from './refusal-words.ts';
import { type TextArea, textArea } from './where-text.ts';

export type BodyKind = 'kommun' | 'region';

export interface ClassPlace {
  /** The call's words, as written. */
  said: string;
  /** The kind may apply from anywhere in Sweden. */
  nationwide: boolean;
  /** Otherwise the place the words name. */
  area?: TextArea;
}

/** The head of a list entry or a phrase that names the kind (folded). */
const HEAD: Record<BodyKind, string> = {
  kommun: '(?:kommuner(?:na)?|municipalities|local authorities|cities|stader(?:na)?)',
  region: '(?:regioner(?:na)?|regions|regional (?:public )?authorities|regional governments|regionala myndigheter)',
};
/** Anywhere in Sweden, as a call says it (folded). */
const NATIONWIDE =
  '(?:(?:fran |i )?hela (?:landet|sverige|riket)|(?:from )?(?:all (?:of|over) sweden|anywhere in sweden|throughout sweden|the whole of sweden|all parts of sweden)|nationwide|oavsett (?:lan|var i landet))';

/**
 * Per kind: a list entry that names it, such an entry "from the whole country", and the kind in the text followed
 * within a few words by the whole country ("regioner i hela landet", "regions from anywhere in Sweden").
 */
const PATTERNS = Object.fromEntries(
  (Object.entries(HEAD) as [BodyKind, string][]).map(([kind, head]) => [
    kind,
    {
      entry: new RegExp(`^\\s*${head}(?![\\p{L}])`, 'u'),
      entryNationwide: new RegExp(`^\\s*${head}\\b[^;]{0,40}?${NATIONWIDE}`, 'u'),
      text: new RegExp(`(?<![\\p{L}])${head}(?:\\s+\\([^)]{0,30}\\))?\\s+${NATIONWIDE}(?![\\p{L}])`, 'u'),
    },
  ]),
) as Record<BodyKind, { entry: RegExp; entryNationwide: RegExp; text: RegExp }>;

/** Whether a list entry names the kind ("Regioner (hela landet)", "Regional public authorities (Strand 2)"). */
export const entryNamesKind = (entry: string, kind: BodyKind): boolean =>
  PATTERNS[kind].entry.test(fold(entry.toLowerCase()));

/**
 * The place the call gives the body's kind, when its list or text gives that kind one of its own: from anywhere in
 * Sweden, or the place an entry of the list for that kind names. Undefined when the call does not set the kind apart.
 */
export function classPlaceIn(kind: BodyKind, entries: readonly string[], summary: string): ClassPlace | undefined {
  for (const entry of entries) {
    const folded = fold(entry.toLowerCase());
    if (!PATTERNS[kind].entry.test(folded)) continue;
    if (PATTERNS[kind].entryNationwide.test(folded)) return { said: entry, nationwide: true };
    const area = textArea(entry, '');
    if (area && !area.abroad && area.lan.length > 0) return { said: entry, nationwide: false, area };
  }
  const folded = fold(summary.toLowerCase());
  const m = PATTERNS[kind].text.exec(folded);
  if (!m) return undefined;
  const [from, to] = sentenceAround(folded, m.index, m.index + m[0].length);
  if (REFUSAL.test(folded.slice(from, to))) return undefined;
  return { said: summary.slice(m.index, m.index + m[0].length), nationwide: true };
}
