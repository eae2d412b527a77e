/**
 * Names (programme areas, programmes) found in a name key (` folded words `, see nameKey): the longest alias
 * that occurs wins, the first listed among equally long ones; a weak alias (a strategy's) only where no other occurs. Aliases are filed by their first word, so a key
 * is looked at only where one of them can begin – one Map look-up per word instead of a substring search per
 * alias (there are a hundred and more).
 */
interface Alias {
  key: string;
  id: string;
  /** A name that yields to any other found with it, however long (a strategy named with the fund that pays). */
  weak: boolean;
  /** Place in the list as given: breaks ties between equally long aliases. */
  order: number;
}

export class AliasIndex {
  private readonly byFirstWord = new Map<string, Alias[]>();
  /** Aliases without a word (they can only be found by a plain substring search). */
  private readonly other: Alias[] = [];

  /** `keys` are name keys: a space, words separated by single spaces, a space. */
  constructor(entries: readonly { id: string; keys: readonly string[]; weak?: boolean }[]) {
    let order = 0;
    for (const e of entries) {
      for (const key of e.keys) {
        const alias = { key, id: e.id, weak: e.weak === true, order: order++ };
        const end = key.indexOf(' ', 1);
        if (key[0] !== ' ' || end <= 1) {
          this.other.push(alias);
          continue;
        }
        const first = key.slice(1, end);
        const list = this.byFirstWord.get(first);
        if (list) list.push(alias);
        else this.byFirstWord.set(first, [alias]);
      }
    }
  }

  /** The id of the longest alias in `key` (ties: the first listed; a weak one only where no other is), or null. */
  longestIn(key: string): string | null {
    let best: Alias | undefined;
    for (const a of this.other) if (better(a, best) && key.includes(a.key)) best = a;
    for (let at = key.indexOf(' '); at >= 0; ) {
      const end = key.indexOf(' ', at + 1);
      if (end < 0) break;
      if (end > at + 1) {
        const list = this.byFirstWord.get(key.slice(at + 1, end));
        if (list) for (const a of list) if (better(a, best) && key.startsWith(a.key, at)) best = a;
      }
      at = end;
    }
    return best ? best.id : null;
  }
}

function better(a: Alias, best: Alias | undefined): boolean {
  if (!best) return true;
  if (a.weak !== best.weak) return best.weak;
  return a.key.length > best.key.length || (a.key.length === best.key.length && a.order < best.order);
}
