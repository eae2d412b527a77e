/**
 * Young people named as the call's applicants where the call is about projects or volunteering ("unga mellan 18-30
 * år", in a text on "att jobba som volontärer eller arbeta med projekt"; "young people aged 15-30" in "a youth
 * projects funding programme"): they are those who take part, and the projects that host them are run by
 * organisations, so the list leaves room for bodies and shuts none out. A blind fact-check found "enskilda personer,
 * inte organisationer" false of the European Solidarity Corps and the Barents youth programme. A personal grant
 * ("resekort", a scholarship, a training programme) speaks of no project, and a call saying the young people apply
 * ("Unga kan söka … för att genomföra ett projekt") names them as applicants: they apply themselves.
 */
import { fold } from '../text/fold.ts';

/** An entry naming only young people, with an age range at most ("unga mellan 18-30 år", "young people aged 15-30"). */
const YOUNG_ENTRY =
  /^(?:(?:alla|all)\s+)?(?:unga|ungdomar|unga personer|unga vuxna|young people|young persons|youngsters|youth|youths)(?:\s+(?:aged|i aldern|mellan|between|fran|from)\s+\d+\s*(?:-|–|to|och|and|till)\s*\d+(?:\s+(?:years|ar)(?:\s+old)?)?)?$/u;
/**
 * Young people, or the reader, said to apply ("Unga kan söka", "young people can apply", "du kan söka") or to run the
 * projects themselves ("det är unga som både initierar och driver projekten", "led by young people"): persons.
 */
const YOUNG_APPLY =
  /(?:^|[^\p{L}])(?:(?:unga|ungdomar|young people|youngsters|youth|du|you)\s+(?:[\p{L}-]+\s+){0,3}?(?:kan|far|may|can|are invited to|are welcome to)\s+(?:(?:also|aven|ocksa)\s+)?(?:soka|ansoka|apply)|(?:unga|ungdomar|young people|youngsters)\s+(?:som\s+|who\s+)?(?:(?:bade|both|sjalva|themselves)\s+)?(?:initierar|driver|leder|genomfor|planerar|initiate|run|lead|carry out|plan|design)|(?:led|run|initiated|driven|carried out)\s+by\s+(?:a\s+group\s+of\s+)?(?:the\s+)?(?:young people|youngsters)|(?:drivs|leds|genomfors|initieras)\s+av\s+(?:de\s+)?(?:unga|ungdomar(?:na)?))(?![\p{L}])/u;
/** Projects or volunteering as what the call funds or offers. */
const PROJECT_WORK = /(?:^|[^\p{L}])(?:projekt\p{L}*|projects?|volontar\p{L}*|volunteer\p{L}*|solidarity)(?![\p{L}])/u;

/** The call's list entries, as written, when they name only young people in a call on projects; else undefined. */
export function youthInProjects(
  entries: readonly string[],
  title: string,
  summary: string | undefined,
): string | undefined {
  if (entries.length === 0) return undefined;
  if (!entries.every((e) => YOUNG_ENTRY.test(fold(e.trim().toLowerCase())))) return undefined;
  const text = fold(`${title} ${summary ?? ''}`.toLowerCase());
  if (!PROJECT_WORK.test(text) || YOUNG_APPLY.test(text)) return undefined;
  return entries.join('; ');
}
