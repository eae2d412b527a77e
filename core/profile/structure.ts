/**
 * The layout of a strategy document, read from its lines: which lines are headings, list items, table-of-contents
 * or metadata rows, and which section each line belongs to — one the document itself marks as its priorities
 * ("Mål", "Prioriterade områden", "Fokusområden", "Inriktning") or background ("Inledning", "Bakgrund",
 * "Organisation", "Uppföljning", consultation replies). A theme named once inside a stated goal says more about
 * the body's priorities than one repeated in its history, and this is what lets the profile builder tell them apart.
 * Only generic Swedish (and English) document words are used, never a particular document's wording.
 */
import { fold, ocrPattern } from '../text/fold.ts';
import { clauseStart, sentenceEnd, WRAPPED } from '../text/sentences.ts';

export type LineRole = 'blank' | 'toc' | 'meta' | 'heading' | 'lead' | 'bullet' | 'prose' | 'reference';
export type SectionKind = 'priority' | 'background' | 'neutral' | 'references';

export interface DocLine {
  start: number;
  end: number;
  text: string;
  role: LineRole;
  section: SectionKind;
  /** A heading inside a priority section, or a list item after a lead-in that announces priorities. */
  stated: boolean;
  /** A list item, of any length, after a lead-in that announces priorities or goals ("fokus ska ligga på:"). */
  listed: boolean;
  /** Prose under a stated heading (a priority's own heading in a priority section), up to the next heading. */
  underStated?: boolean;
  /** In a section that describes how things are or were ("Bakgrund", "Nuläge", "Historik"), not what the body sets. */
  describing?: boolean;
}

/** A table of contents line: dot leaders or a tab before a page number. */
const TOC_LINE = /\.{4,}|\t\s*\d+\s*$/;
/** Bullets, ticks, OCR's "e" for a bullet, and numbered list items. */
const BULLET = /^\s*([-–•✓*▪●]|e\s|\d+[.)]\s)/;
const NUMBERED = /^\s*(\*\*)?\d+(\.\d+)*\.?\s+\S/;
/** Headings whose sections state what the body wants (folded, lower case). */
const PRIORITY_HEADING = ocrPattern(
  String.raw`(^|[^a-z])(mål|målen|målsättning\w*|delmål|prioriter\w*|fokus\w*|insatsområde\w*|inriktning\w*|strategisk\w*|syfte\w*|vision\w*|handlingsplan\w*|ambition\w*|satsning\w*|utvecklingsområde\w*|goals?|objectives?|priorit\w*|focus areas?)([^a-z]|$)`,
);
/** Headings whose sections describe, organise or report rather than prioritise. */
const BACKGROUND_HEADING = ocrPattern(
  String.raw`(^|[^a-z])(innehåll\w*|organisation\w*|ansvar\w*|uppföljning\w*|utvärdering\w*|rapportering\w*|remiss\w*|yttrande\w*|synpunkter|bilag\w*|handläggare|beslut\w*|tjänsteskrivelse|planering|definition\w*|begrepp|resor|contents|organisation|responsibilit\w*|follow-up|annex\w*)([^a-z]|$)`,
);
/** Reference lists: titles of other documents name their topics, not this body's priorities. */
const REFERENCE_HEADING = ocrPattern(
  String.raw`(^|[^a-z])(referenser|referenslista|källor|källförteckning|litteratur\w*|relaterade dokument|andra dokument|references|sources|bibliography|related documents)([^a-z]|$)`,
);
const DOCUMENT_TITLE = /^(\S+ )?(strategi|program|policy|riktlinje|plan|styrdokument|strategy|programme)\w*( |$)/;
/**
 * An annex that is the strategy itself ("Bilaga 1. Strategi för internationellt arbete", "Bilaga 1; Förslag till
 * program…", "Annex 1: International strategy"): its title is a strategy, programme, plan or policy, as a document's
 * first heading is. An annex of anything else — a code of conduct, rules for travel or hospitality, a specification,
 * a register of memberships — is background, whatever its sentences set first.
 */
const ANNEX_THAT_IS_THE_DOCUMENT = ocrPattern(
  String.raw`^(bilaga|annex|appendix)\s*\d*\s*[.:;,)–-]?\s*(förslag till |utkast till |draft )?(\S+ )?(strategi|program|policy|plan|handlingsplan|styrdokument|strategy|programme|action plan)`,
);
/**
 * Headings of context: what the body does now and why; neither stated priorities nor administration. A section
 * on the conditions for carrying the strategy out ("Förutsättningar för genomförande") is context too: besides
 * resources it holds commitments of the body's own ("kommunen ska också bidra till…"), read like any other.
 */
const CONTEXT_HEADING = ocrPattern(
  String.raw`(^|[^a-z])(inledning|bakgrund\w*|förutsättning\w*|historik|nuläge\w*|förord|sammanfattning|introduction|background|history|summary)([^a-z]|$)`,
);
/**
 * Context headings whose sections describe how things are or were (the background, the present situation, the
 * history): what a sentence there sets first is the setting — another body's emphasis, or an earlier one — not an
 * emphasis the strategy gives (weight-rule.ts). Its commitments ("kommunen ska…") are read as anywhere else.
 */
const DESCRIBING_HEADING = ocrPattern(
  String.raw`(^|[^a-z])(bakgrund\w*|historik\w*|nuläge\w*|nulägesbeskrivning\w*|background|history|current situation)([^a-z]|$)`,
);
/**
 * A word naming a kind of document, alone or as the tail of a compound ("Kulturplan", "Besöksnäringsstrategi",
 * "hållbarhetsprogrammet"): a line that names one with a year is the title of a document, not a goal.
 */
const DOCUMENT_WORD = ocrPattern(
  String.raw`(strategi|plan|program|policy|riktlinje|strategy|strategies|programme|report|rapport|handbok|guidelines?)(n|en|er|erna|et|met|men|r|rna|s)?(?![a-zåäö])`,
);
const YEAR = /(?<!\d)(19|20)\d\d(?!\d)/;
/** A bibliography entry: a year in brackets, a web address, an ISBN, "Author, A." */
const CITATION = /\((19|20)\d\d[a-z]?\)|https?:\/\/|www\.|\bisbn\b|^[\p{Lu}][\p{L}-]+, [\p{Lu}]\./u;

/**
 * Lead-in words that name priorities or goals themselves. Outside the document's priority sections only such a
 * lead-in announces a list of priorities: one that says only what shall be done ("där regionen deltar ska följande
 * uppfyllas:") lists conditions or tasks.
 */
const PRIORITY_WORDS = 'priorit|fokus|område|särskil|mål|syfte|insats|focus|goal|objective|aim';
const PRIORITY_LEAD = ocrPattern(`(${PRIORITY_WORDS})`);
/** A lead-in that announces the list below it as priorities, goals or what shall be done ("inom tre prioriterade områden:"). */
const LEAD_WORDS = ocrPattern(`(${PRIORITY_WORDS}|ska |vill )`);

/** A list item this short names an area rather than describing an activity. */
const SHORT_ITEM_WORDS = 8;

const key = (s: string) => fold(s.toLowerCase());

function isHeading(line: string, prevBlank: boolean, next: string | undefined): boolean {
  const t = line.replace(/\*\*/g, '').trim();
  if (t.length < 3 || t.length > 90 || t.includes('\t')) return false;
  if (/[.,;:!?]$/.test(t) || /-$/.test(t)) return false;
  if (t.split(/\s+/).length > 12) return false;
  if (NUMBERED.test(line)) return true;
  if (BULLET.test(line)) return false;
  // The first line of a paragraph wrapped at the page's width runs on into the next line.
  const following = next?.trim() ?? '';
  if (following && (/^\p{Ll}/u.test(following) || (t.length > 60 && !BULLET.test(next ?? '')))) return false;
  // A line that starts in lower case is the rest of a wrapped sentence (OCR keeps the page's line breaks).
  return /^[\p{Lu}\d]/u.test(t) && (prevBlank || t.length < 50);
}

export function sectionOf(heading: string): SectionKind | undefined {
  const k = key(heading);
  if (REFERENCE_HEADING.test(k)) return 'references';
  if (PRIORITY_HEADING.test(k)) return 'priority';
  if (ANNEX_THAT_IS_THE_DOCUMENT.test(k)) return 'neutral';
  if (BACKGROUND_HEADING.test(k)) return 'background';
  if (CONTEXT_HEADING.test(k)) return 'neutral';
  // A heading naming a document ("Strategi för internationellt arbete…") starts the document itself, e.g. after
  // the covering letters and consultation replies it was sent out with.
  if (DOCUMENT_TITLE.test(k)) return 'neutral';
  return undefined;
}

/**
 * How a line reads as an entry of a list of other documents: 2 a title with its years ("Kulturplan Kronoberg
 * 2025–2028") or a bibliography entry, 1 a title-shaped line with either, 0 not at all. Only the shape counts
 * (short, no sentence punctuation, a document word or a year), never which documents are named.
 */
function titleStrength(raw: string): number {
  const t = raw
    .replace(/\*\*/g, '')
    .replace(/^\s*([-–•✓*▪●]|e\s)\s*/, '')
    .trim();
  if (t.length < 3 || t.length > 160) return 0;
  const k = key(t);
  if (CITATION.test(t)) return 2;
  if (t.split(/\s+/).length > 14 || /[.:;,!?]$/.test(t) || !/^[\p{Lu}\d]/u.test(t)) return 0;
  const doc = DOCUMENT_WORD.test(k);
  const year = YEAR.test(k);
  return doc && year ? 2 : doc || year ? 1 : 0;
}

/** A short line without sentence punctuation: a heading, a title or a label, never a sentence. */
function titleShaped(raw: string): boolean {
  const t = raw.replace(/\*\*/g, '').trim();
  return t.length <= 90 && t.split(/\s+/).length <= 14 && !/[.:;,!?]$/.test(t);
}

/**
 * Lists of other documents — the plans a strategy refers to, a bibliography — name those documents' topics,
 * not this body's priorities (a regional transport plan's title is no transport priority). A run of title-shaped
 * lines, at most one blank line apart, with at least two titles that carry a year (or bibliography entries), is
 * such a list, and its title lines are 'reference' lines. A single title among goals stays what it is.
 */
export function referenceLines(rows: readonly string[]): boolean[] {
  const out = rows.map(() => false);
  let run: { i: number; strength: number }[] = [];
  let blanks = 0;
  const close = () => {
    if (run.filter((r) => r.strength === 2).length >= 2) for (const r of run) if (r.strength > 0) out[r.i] = true;
    run = [];
  };
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i];
    if (!raw.trim()) {
      if (++blanks > 1) close();
      continue;
    }
    blanks = 0;
    const strength = TOC_LINE.test(raw) ? 0 : titleStrength(raw);
    // A heading-like line without a year or document word ("Bilaga 2") may stand in the list; a sentence ends it.
    if (strength === 0 && !titleShaped(raw)) close();
    else run.push({ i, strength });
  }
  close();
  return out;
}

/**
 * Spans of text quoting another document's title inside a sentence ('ersätter "Handlingsplan för europeiskt
 * samarbete"'): the words in the title name that document's subject, not a priority of this one.
 */
export function citedTitleSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/["“”«»]([^"“”«»\n]{3,160})["“”«»]/g)) {
    if (DOCUMENT_WORD.test(key(m[1]))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

export function readStructure(text: string): DocLine[] {
  const lines: DocLine[] = [];
  let section: SectionKind = 'neutral';
  let inList = false;
  /**
   * A list straight under a heading that names priorities ("Prioriterade områden", "Mål"), with no lead-in: its
   * short items name the areas as a lead-in's would. Its long items are sentences, read by their own words.
   */
  let headedList = false;
  let at = 0;
  let prevBlank = true;
  let underStated = false;
  let describing = false;
  const rows = text.split('\n');
  const refs = referenceLines(rows);
  for (let r = 0; r < rows.length; r++) {
    const raw = rows[r];
    const start = at;
    const end = at + raw.length;
    at = end + 1;
    const trimmed = raw.trim();
    let role: LineRole;
    let stated = false;
    let listed = false;
    if (!trimmed) role = 'blank';
    else if (refs[r]) role = 'reference';
    else if (TOC_LINE.test(raw)) role = 'toc';
    else if (raw.includes('\t') || /^[\p{L} ]{2,30}:\s+\S/u.test(trimmed) || /^[\d\s§/:.-]+$/.test(trimmed)) {
      role = 'meta';
    } else if (isHeading(raw, prevBlank, rows[r + 1])) role = 'heading';
    else if (BULLET.test(raw)) role = 'bullet';
    else if (trimmed.endsWith(':') && LEAD_WORDS.test(key(trimmed))) role = 'lead';
    else role = 'prose';

    if (role === 'heading') {
      const kind = sectionOf(trimmed);
      // A numbered heading starts a new section; an unnumbered one without a telling word is a sub-heading.
      section = kind ?? (NUMBERED.test(raw) ? 'neutral' : section);
      if (kind !== undefined || NUMBERED.test(raw))
        describing = kind === 'neutral' && DESCRIBING_HEADING.test(key(trimmed));
      stated = section === 'priority' && kind === undefined;
      underStated = stated;
      inList = false;
      headedList = kind === 'priority';
    } else if (role === 'lead') {
      inList = section === 'priority' || PRIORITY_LEAD.test(key(trimmed));
      headedList = false;
    } else if (role === 'bullet') {
      // A short item names an area ("- omvärldsbevakning och påverkan,"); a long one is a sentence that may
      // list examples in passing, which is evidence but not a stated priority.
      const short = trimmed.split(/\s+/).length <= SHORT_ITEM_WORDS;
      stated = (inList || headedList) && short;
      listed = inList;
    } else if (role === 'prose') {
      // A wrapped list item continues the item; a new capitalised paragraph ends the list.
      if (inList && prevBlank && /^\p{Lu}/u.test(trimmed)) inList = false;
      // Only a list straight under the heading: any paragraph (not a wrapped item's lower-case rest) ends it.
      if (prevBlank || /^\p{Lu}/u.test(trimmed) || lines[lines.length - 1]?.role !== 'bullet') headedList = false;
    }
    const line: DocLine = { start, end, text: raw, role, section, stated, listed };
    if (role === 'prose' && underStated) line.underStated = true;
    if (describing) line.describing = true;
    lines.push(line);
    if (role !== 'blank') prevBlank = false;
    else prevBlank = true;
  }
  return lines;
}

/** How far (lines, characters) a quoted passage may reach from the mention it quotes. */
const PASSAGE_LINES = 12;
const PASSAGE_CHARS = 1200;

/** Index of the line holding a character offset (lines are in order and cover the text). */
export function lineAt(lines: readonly DocLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The sentence around an offset, kept inside its block: a list item or heading is its own line; a prose
 * paragraph runs over wrapped lines until a blank line, a heading or a list item.
 */
export function passageAt(text: string, lines: readonly DocLine[], offset: number, max = 240): string {
  const i = lineAt(lines, offset);
  let first = i;
  let last = i;
  const role = lines[i].role;
  // A sentence never runs over more than a few wrapped lines: the walk is bounded, so quoting every mention of
  // a megabyte of unbroken prose (a PDF without paragraph breaks) stays linear in the document's size.
  const reach = PASSAGE_LINES;
  if (role === 'prose' || role === 'bullet') {
    const joins = (l: DocLine) => l.role === 'prose' && !/^\s*\p{Lu}/u.test(l.text);
    if (role === 'prose') while (first > 0 && i - first < reach && lines[first - 1].role === 'prose') first--;
    while (last + 1 < lines.length && last - i < reach && joins(lines[last + 1])) last++;
    if (role === 'prose')
      while (last + 1 < lines.length && last - i < reach && lines[last + 1].role === 'prose') last++;
  }
  // …and so is the text looked at around the offset (a single line may be a whole document).
  const blockStart = Math.max(lines[first].start, offset - PASSAGE_CHARS);
  const blockEnd = Math.min(lines[last].end, offset + PASSAGE_CHARS);
  const before = text.slice(blockStart, offset);
  // The passage starts after a lead-in's colon ("Vi prioriterar: …") and ends with its sentence.
  const from = blockStart + clauseStart(before, before.length, ':', WRAPPED);
  let to = offset + sentenceEnd(text.slice(offset, blockEnd), 0, WRAPPED);
  if (to - from > max) to = from + max;
  let quote = text.slice(from, to).replace(/\s+/g, ' ').trim();
  // The bullet is layout, not part of the passage (OCR's "e " included, when the line is a list item).
  if (from === lines[first].start && role === 'bullet') quote = quote.replace(BULLET, '');
  return quote.replace(/^[-–•✓*▪●\s]+/, '').trim();
}
