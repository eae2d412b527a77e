/**
 * Patterns of the form `(?:^|[^\p{L}])(?:one|two|…)…`: a word-start check, then alternatives. V8 tries the leading
 * letter class at every character of the text, which on a whole call's summary costs more than the matching
 * itself. Every match starts one character before (or, at the text's start, right at) the letters one of the
 * alternatives begins with, so a quick scan for those letters alone finds the few places worth trying, and the
 * pattern made sticky is tried there only. The first match found so is the one the pattern's own `exec` finds.
 */

/** A word-start pattern and what it takes to try it only where it can match. */
export interface WordAnchored {
  readonly whole: RegExp;
  /** The alternatives' leading letters, global; undefined when some alternative has none (the whole pattern runs). */
  readonly lead?: RegExp;
  /** The pattern, sticky. */
  readonly at: RegExp;
}

const WORD_START = '(?:^|[^\\p{L}])';
const LETTERS = /^\p{L}+/u;

/**
 * The source of each alternative of the group right after WORD_START, or undefined when the pattern does not start
 * so. Escapes, classes and nested groups are stepped over; only a `|` of the group itself splits it.
 */
function alternatives(source: string): string[] | undefined {
  if (!source.startsWith(WORD_START) || hasTopLevelBar(source)) return undefined;
  let i = WORD_START.length;
  if (source.startsWith('(?:', i)) i += 3;
  else if (source[i] === '(' && source[i + 1] !== '?') i += 1;
  else return undefined;
  const out: string[] = [];
  let from = i;
  let depth = 0;
  let inClass = false;
  for (; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) {
        // A group that may match nothing ("(?:the )?word") lets a match start after it: no lead then.
        const next = source[i + 1];
        if (next === '?' || next === '*' || next === '{') return undefined;
        out.push(source.slice(from, i));
        return out;
      }
      depth--;
    } else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return undefined;
}

/** Whether the pattern is itself a choice ("(?:^|x)a|b"): its later branches may match anywhere. */
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
 * The letters a match of an alternative surely starts with: its leading letters, less the last one when a
 * quantifier follows it ("members?" surely starts with "member"). Empty when it starts with anything else.
 */
function leadingLetters(alternative: string): string {
  const letters = LETTERS.exec(alternative)?.[0] ?? '';
  const next = alternative[letters.length];
  return next === '?' || next === '*' || next === '{' ? letters.slice(0, -1) : letters;
}

export function wordAnchored(whole: RegExp): WordAnchored {
  const at = new RegExp(whole.source, `${whole.flags.replace('g', '')}y`);
  const leads = alternatives(whole.source)?.map(leadingLetters);
  // Case-insensitive patterns would need case-insensitive leads: not worth it, the whole pattern runs.
  if (!leads || leads.some((l) => l === '') || whole.flags.includes('i')) return { whole, at };
  return { whole, at, lead: new RegExp([...new Set(leads)].join('|'), 'g') };
}

/** What `p.whole.exec(t)` gives (for a pattern without the g flag), trying it only where a match can start. */
export function execWordAnchored(t: string, p: WordAnchored): RegExpExecArray | null {
  if (p.lead === undefined) return p.whole.exec(t);
  const lead = p.lead;
  lead.lastIndex = 0;
  let tried = -1;
  // The scan steps over each lead it finds; no match can start inside one (the letter before it would be a letter).
  for (let w = lead.exec(t); w !== null; w = lead.exec(t)) {
    const start = w.index === 0 ? 0 : w.index - 1;
    if (start === tried) continue;
    // Half of a character beyond U+FFFF before the lead: the whole pattern decides (never in practice).
    const code = t.charCodeAt(start);
    if (code >= 0xd800 && code <= 0xdfff) return p.whole.exec(t);
    tried = start;
    p.at.lastIndex = start;
    const m = p.at.exec(t);
    if (m) return m;
  }
  return null;
}

export function testWordAnchored(t: string, p: WordAnchored): boolean {
  return execWordAnchored(t, p) !== null;
}
