/**
 * A long alternation of cue phrases run over a whole call ("kan söka|may apply|…", "partners can include|together
 * with|…") costs V8 a try of every branch at every character. Every match of such a pattern starts with one of a
 * few literal strings (its leads: "kan s", "may apply", "partner", …), which one plain scan finds; the pattern made
 * sticky is tried only where a lead starts. The matches found so are those of the pattern itself, in order.
 * Leads are read off the pattern's source, so a cue added to the pattern is found without more ado; a pattern
 * whose matches may start otherwise (a class of many letters, `^`, a case-insensitive flag) runs as it is.
 * A pattern opening with a word-start check, `(?:^|[^\p{L}])…`, is read after it: its matches start at the text's
 * start or one character before a lead.
 */
import { escapeRegExp } from './escape-regexp.ts';

/** A pattern and what it takes to try it only where a lead starts. */
export interface LeadScan {
  readonly whole: RegExp;
  /** The leads, global; undefined when they cannot be read off the pattern (the whole pattern runs). */
  readonly lead?: RegExp;
  /** The pattern, sticky. */
  readonly at: RegExp;
  /** How many characters before a lead a match starts: 1 for a word-start pattern, else 0. */
  readonly before: 0 | 1;
  /** The group whose one scan of a text finds this pattern's leads with the others' (see leadScan's `group`). */
  readonly group?: LeadGroup;
  /** This pattern's place in its group. */
  readonly member?: number;
}

/**
 * Patterns asked of the same texts in turn (the who-may-apply and partner cues of a summary; the wording checks of
 * a sentence): one scan of a text finds where the leads of each start, kept for the last text scanned, instead of
 * one scan per pattern. The positions are those each pattern's own leads give, so every match is the same.
 */
interface LeadGroup {
  /** The members' own leads, sticky, by member. */
  readonly members: RegExp[];
  /** Every member's leads. */
  readonly leads: string[];
  /**
   * Members that have a lead starting with these two characters (key: the first's code * 65536 + the second's), or
   * of one character only (key: its code): at a lead found, only these are tried.
   */
  byStart: Map<number, number>;
  /** Every member's leads, global; rebuilt when a member joins. */
  union?: RegExp;
  text?: string;
  /** Per member, where its leads start in `text`, ascending. */
  positions: number[][];
}

const GROUPS = new Map<string, LeadGroup>();

/** Per member of the group, where its leads start in `t` (scanned once per text). */
function positionsIn(t: string, g: LeadGroup): number[][] {
  if (g.text === t && g.union !== undefined) return g.positions;
  const union = g.union ?? new RegExp(trieSource([...new Set(g.leads)]), 'g');
  g.union = union;
  const byStart = g.byStart;
  const positions: number[][] = g.members.map(() => []);
  union.lastIndex = 0;
  for (let w = union.exec(t); w !== null; w = union.exec(t)) {
    const q = w.index;
    const c = t.charCodeAt(q);
    const mask = (byStart.get(c * 65536 + t.charCodeAt(q + 1)) ?? 0) | (byStart.get(c) ?? 0);
    for (let k = 0; k < g.members.length; k++) {
      if ((mask & (1 << k)) === 0) continue;
      const own = g.members[k];
      own.lastIndex = q;
      if (own.test(t)) positions[k].push(q);
    }
    // Another lead may start inside this one.
    union.lastIndex = q + 1;
  }
  g.text = t;
  g.positions = positions;
  return positions;
}

/** The word-start check a pattern may open with: a match then starts one character before its first word. */
const WORD_START = '(?:^|[^\\p{L}])';

/** A class of at most this many plain characters ("[oö]") is read as that many leads. */
const MAX_CLASS = 4;
/** Leads per branch at most, once a class or group multiplies them. */
const MAX_LEADS = 64;

/** Where the group opened at `i` (its "(") closes. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < source.length; k++) {
    const ch = source[k];
    if (ch === '\\') k++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return k;
  }
  return -1;
}

/** Whether the atom ending before `i` may occur zero times ("?", "*", "{0,…}"). */
function optionalAt(source: string, i: number): boolean {
  const q = source[i];
  return q === '?' || q === '*' || (q === '{' && source[i + 1] === '0');
}
/** Index just past the quantifier at `i` ("?", "*", "{0,3}", each maybe lazy). */
function quantifierEnd(source: string, i: number): number {
  const end = source[i] === '{' ? source.indexOf('}', i) + 1 : i + 1;
  return source[end] === '?' ? end + 1 : end;
}
function quantifiedAt(source: string, i: number): boolean {
  const q = source[i];
  return q === '?' || q === '*' || q === '+' || q === '{';
}

/** The characters of a class of a few plain characters ("[oö]", "[sz]"), or undefined. */
function classChars(body: string): string[] | undefined {
  if (body.length === 0 || body.length > MAX_CLASS || /[\\^\-\]]/.test(body)) return undefined;
  return [...body];
}

/** The plain character an escape stands for ("\." is "."), or undefined for a class escape ("\s", "\p{L}"). */
function escapedChar(ch: string | undefined): string | undefined {
  return ch !== undefined && !/[A-Za-z0-9]/.test(ch) ? ch : undefined;
}

/** Leads, and whether each is a whole match of what was read (nothing of it was left unread). */
interface Leads {
  list: string[];
  complete: boolean;
}

/** Leads of the alternation from `i` up to its closing ")" (or the source's end), or undefined. */
function alternationLeads(source: string, i: number, stop: number): Leads | undefined {
  const list: string[] = [];
  let complete = true;
  let from = i;
  let depth = 0;
  let inClass = false;
  for (let k = i; k <= stop; k++) {
    const ch = source[k];
    if (k < stop) {
      if (ch === '\\') {
        k++;
        continue;
      }
      if (inClass) {
        inClass = ch !== ']';
        continue;
      }
      if (ch === '[') inClass = true;
      else if (ch === '(') depth++;
      else if (ch === ')') depth--;
      if (ch !== '|' || depth !== 0) continue;
    }
    const branch = branchLeads(source, from, k);
    if (!branch) return undefined;
    list.push(...branch.list);
    complete &&= branch.complete;
    from = k + 1;
  }
  return { list, complete };
}

/** Leads of the branch source[i, stop): its literal start, classes expanded, groups read through. */
function branchLeads(source: string, i: number, stop: number): Leads | undefined {
  let leads = [''];
  let k = i;
  const times = (more: readonly string[]) => leads.flatMap((l) => more.map((m) => l + m));
  while (k < stop) {
    const ch = source[k];
    // Zero-width assertions at the start constrain where a match starts, never move it: read past them.
    if (
      leads.length === 1 &&
      leads[0] === '' &&
      (source.startsWith('\\b', k) || /^\(\?<?[=!]/.test(source.slice(k, k + 4)))
    ) {
      k = ch === '\\' ? k + 2 : groupEnd(source, k) + 1;
      if (k === 0) return undefined;
      continue;
    }
    let chars: string[] | undefined;
    let next: number;
    if (ch === '(') {
      const close = groupEnd(source, k);
      if (close < 0) return undefined;
      const inner = source.startsWith('(?:', k) ? k + 3 : source[k + 1] === '?' ? -1 : k + 1;
      // A lookaround or named group after the start: the leads so far are sure.
      if (inner < 0) return done(leads);
      const group = alternationLeads(source, inner, close);
      if (!group || group.list.some((l) => l === '')) return done(leads);
      if (optionalAt(source, close + 1)) {
        // "(?:the )?coordinator": a match starts with the group or with what follows it. A group read whole and
        // taken at most once is read on into what follows ("the coordinator", not every "the ").
        const rest = branchLeads(source, quantifierEnd(source, close + 1), stop);
        if (!rest) return done(leads);
        const once = source[close + 1] === '?' && group.complete;
        if (once && leads.length * group.list.length * rest.list.length <= MAX_LEADS) {
          const taken = group.list.flatMap((g) => rest.list.map((r) => g + r));
          return done([...times(taken), ...times(rest.list)]);
        }
        return done([...times(group.list), ...times(rest.list)]);
      }
      if (leads.length > 1 && leads.length * group.list.length > MAX_LEADS) return done(leads);
      leads = times(group.list);
      // "(is|are) addressed": a group of whole words is read on like letters; else its leads are enough.
      if (!group.complete || quantifiedAt(source, close + 1)) return done(leads);
      k = close + 1;
      continue;
    }
    if (ch === '[') {
      const close = source.indexOf(']', k + 1);
      chars = close > k ? classChars(source.slice(k + 1, close)) : undefined;
      next = close + 1;
    } else if (ch === '\\') {
      const c = escapedChar(source[k + 1]);
      chars = c === undefined ? undefined : [c];
      next = k + 2;
    } else if ('.^$|)*+?{'.includes(ch)) {
      chars = undefined;
      next = k + 1;
    } else {
      chars = [ch];
      next = k + 1;
    }
    if (chars === undefined || optionalAt(source, next)) return done(leads);
    if (leads.length > 1 && leads.length * chars.length > MAX_LEADS) return done(leads);
    leads = times(chars);
    // "members?" is read as "member"; "a+" as "a": a repeated atom ends the lead.
    if (quantifiedAt(source, next)) return done(leads);
    k = next;
  }
  return leads.some((l) => l === '') ? undefined : { list: leads, complete: true };
}

/** The leads found so far, as a prefix of the match (not all of it), or undefined when a branch has none. */
function done(leads: string[]): Leads | undefined {
  return leads.some((l) => l === '') ? undefined : { list: leads, complete: false };
}

/** The leads every match of the pattern starts with, or undefined when they cannot be read off its source. */
export function leadsOf(re: RegExp): string[] | undefined {
  if (re.flags.includes('i') || re.flags.includes('m')) return undefined;
  const from = wordStartOf(re) ? WORD_START.length : 0;
  // "(?:^|x)a|b": the word start belongs to the first branch only, so later branches may start anywhere.
  if (from > 0 && hasTopLevelBar(re.source)) return undefined;
  const leads = alternationLeads(re.source, from, re.source.length);
  return leads && [...new Set(leads.list)];
}

const wordStartOf = (re: RegExp) => re.source.startsWith(WORD_START);

function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The leads as one pattern shaped like a trie ("kan (?:s(?:oka|öka)|ans…)"): V8 tries a flat list of many
 * alternatives one by one at every character, a trie by its first letters. Where a lead ends, longer ones
 * starting with it are left out: the scan only needs where a lead starts, and the sticky try decides.
 */
function trieSource(leads: readonly string[]): string {
  if (leads.some((l) => l === '')) return '';
  const byFirst = new Map<string, string[]>();
  for (const l of leads) {
    const rest = byFirst.get(l[0]);
    if (rest) rest.push(l.slice(1));
    else byFirst.set(l[0], [l.slice(1)]);
  }
  const branches = [...byFirst].map(([c, rest]) => escapeRegExp(c) + trieSource(rest));
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}

/**
 * `group`: a name shared by patterns asked of the same texts in turn; their leads are then found in one scan of
 * each text (see LeadGroup).
 */
export function leadScan(whole: RegExp, group?: string): LeadScan {
  const at = new RegExp(whole.source, `${whole.flags.replace('g', '')}y`);
  const before = wordStartOf(whole) ? 1 : 0;
  const leads = leadsOf(whole);
  if (!leads) return { whole, at, before };
  const trie = trieSource(leads);
  const lead = new RegExp(trie, 'g');
  if (group === undefined) return { whole, at, before, lead };
  let g = GROUPS.get(group);
  if (g === undefined) {
    g = { members: [], leads: [], byStart: new Map(), positions: [] };
    GROUPS.set(group, g);
  }
  if (g.members.length === 31) throw new Error(`lead-scan: group ${group} has more than 31 patterns`);
  g.members.push(new RegExp(trie, 'y'));
  g.leads.push(...leads);
  const bit = 1 << (g.members.length - 1);
  for (const l of leads) {
    const key = l.length === 1 ? l.charCodeAt(0) : l.charCodeAt(0) * 65536 + l.charCodeAt(1);
    g.byStart.set(key, (g.byStart.get(key) ?? 0) | bit);
  }
  g.union = undefined;
  return { whole, at, before, lead, group: g, member: g.members.length - 1 };
}

/** Where a match would start for a lead found at `index`, or undefined when the whole pattern must decide. */
function startFor(t: string, p: LeadScan, index: number): number | undefined {
  if (p.before === 0 || index === 0) return index;
  // Half of a character beyond U+FFFF before the lead: the whole pattern decides (never in practice).
  const code = t.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdfff ? undefined : index - 1;
}

/**
 * The match that the lead found at `index` opens (null: none there), or undefined when where it would start cannot
 * be told and the whole pattern must decide for the text.
 */
function matchAtLead(t: string, p: LeadScan, index: number): RegExpExecArray | null | undefined {
  const start = startFor(t, p, index);
  if (start === undefined) return undefined;
  p.at.lastIndex = start;
  return p.at.exec(t);
}

function firstWholeMatch(t: string, p: LeadScan): RegExpExecArray | null {
  p.whole.lastIndex = 0;
  return p.whole.exec(t);
}

/** The first match of the pattern in `t`, as `whole.exec` gives it (for a pattern without the g flag). */
export function firstLeadMatch(t: string, p: LeadScan): RegExpExecArray | null {
  if (p.lead === undefined) return firstWholeMatch(t, p);
  if (p.group !== undefined) {
    const positions = positionsIn(t, p.group)[p.member as number];
    for (let i = 0; i < positions.length; i++) {
      const m = matchAtLead(t, p, positions[i]);
      if (m === undefined) return firstWholeMatch(t, p);
      if (m) return m;
    }
    return null;
  }
  const lead = p.lead;
  lead.lastIndex = 0;
  for (let w = lead.exec(t); w !== null; w = lead.exec(t)) {
    const m = matchAtLead(t, p, w.index);
    if (m === undefined) return firstWholeMatch(t, p);
    if (m) return m;
    // Another lead may start inside this one.
    lead.lastIndex = w.index + 1;
  }
  return null;
}

/** Every match of the pattern in `t`, as `t.matchAll(whole)` gives them (its matches are never empty). */
export function allLeadMatches(t: string, p: LeadScan): RegExpExecArray[] {
  if (p.lead === undefined) return [...t.matchAll(p.whole)];
  const out: RegExpExecArray[] = [];
  if (p.group !== undefined) {
    const positions = positionsIn(t, p.group)[p.member as number];
    // As below: the next match starts at the end of this one at the earliest, its lead `before` characters later.
    let from = 0;
    for (let i = 0; i < positions.length; i++) {
      if (positions[i] < from) continue;
      const m = matchAtLead(t, p, positions[i]);
      if (m === undefined) return [...t.matchAll(p.whole)];
      if (m) {
        out.push(m);
        from = m.index + Math.max(1, m[0].length) + p.before;
      }
    }
    return out;
  }
  const lead = p.lead;
  lead.lastIndex = 0;
  for (let w = lead.exec(t); w !== null; w = lead.exec(t)) {
    const m = matchAtLead(t, p, w.index);
    if (m === undefined) return [...t.matchAll(p.whole)];
    if (m) {
      out.push(m);
      // The next match starts at the end of this one at the earliest, its lead `before` characters later.
      lead.lastIndex = m.index + Math.max(1, m[0].length) + p.before;
    } else lead.lastIndex = w.index + 1;
  }
  return out;
}
