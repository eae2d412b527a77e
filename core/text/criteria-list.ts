/**
 * A word in a list of assessment criteria ("granskas effektivitet, originalitet, hållbarhet och
 * kostnadseffektivitet", "relevance, quality, impact and sustainability"): the durability or novelty a jury weighs in
 * any project, not a topic the call is about. Told by its list: two or more of its other items are criteria of
 * quality that name no topic.
 */
/** Criteria of quality that name no topic, lower case (Swedish with and without its letters' diacritics). */
const CRITERIA = [
  'effektivitet',
  'originalitet',
  'kostnadseffektivitet',
  'kvalitet',
  'relevans',
  'genomförbarhet',
  'genomforbarhet',
  'överförbarhet',
  'overforbarhet',
  'effectiveness',
  'efficiency',
  'originality',
  'cost-effectiveness',
  'cost effectiveness',
  'relevance',
  'quality',
  'feasibility',
  'impact',
  'transferability',
  'replicability',
  'value for money',
];
const QUALITY_CRITERION = new RegExp(`^(?:${CRITERIA.join('|')})$`, 'u');
/** Whether a text holds a word of quality criteria at all: most texts hold none, and no list is looked for there. */
const ANY_CRITERION = new RegExp(CRITERIA.join('|'), 'iu');
const CLAUSE_END = /[.;:!?\n]/u;

export function mayHoldCriteria(text: string): boolean {
  return ANY_CRITERION.test(text);
}

const ITEM_SPLIT = /\s*,\s*|\s+(?:och|samt|eller|and|or)\s+/u;

export function inCriteriaList(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text.charAt(to))) to++;
  const before = text.slice(from, start).split(ITEM_SPLIT);
  const after = text.slice(end, to).split(ITEM_SPLIT);
  // The word is an item of its own: nothing else between the separators around it.
  if ((before.at(-1) ?? '').trim() !== '' || (after[0] ?? '').trim() !== '') return false;
  const others = [...before.slice(0, -1).slice(-4), ...after.slice(1, 5)];
  let criteria = 0;
  for (const item of others) {
    const words = item.trim().toLowerCase().split(/\s+/);
    if (QUALITY_CRITERION.test(words.at(-1) ?? '') || QUALITY_CRITERION.test(item.trim().toLowerCase())) criteria++;
  }
  return criteria >= 2;
}
