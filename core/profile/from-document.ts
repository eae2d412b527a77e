/**
 * A draft profile from any strategy text (Swedish or English, OCR-damaged too), with the same text pipeline
 * as the matcher: concepts found by stems, compounds and vowel-tolerant keys; weights from how often and
 * how prominently a concept is named; the passage each priority comes from; partner countries, networks,
 * funders and the län where the text gives them away.
 */
import { LAN, NETWORKS_FUNDERS, PROGRAMME_AREAS } from '../data/index.ts';
import { CONCEPT_MATCHER, CONCEPTS, NEIGHBOURS } from '../match/concepts.ts';
import { countriesIn } from '../match/signals.ts';
import { InputError } from '../model/errors.ts';
import { type Profile, ProfileSchema } from '../model/profile.ts';
import { fold, skeleton } from '../text/fold.ts';
import { plain } from '../text/normalise.ts';
import { keyTokens } from '../text/phrases.ts';

export interface FromTextOptions {
  name?: string;
  /** Län id ("blekinge") or name ("Blekinge län"). */
  lan?: string;
  kind?: 'kommun' | 'region';
}

/** At most this many priorities: a strategy names a handful of areas, not the whole lexicon. */
const MAX_PRIORITIES = 8;
/** Words that mark a passage as a stated priority. */
const EMPHASIS = /(priorit|sarskil|fokus|viktig|ska |strategisk|mal |syfte)/;
/** Words that say outright that something is prioritised above the rest. */
const STRONG_EMPHASIS =
  /(sarskild vikt|sarskilt fokus|sarskilt prioritera|ska prioriteras|huvudsakligt fokus|fokusomrade|prioriterade omrade|in particular|special emphasis|priority areas?)/;
const TOC_LINE = /\.{4,}|\t\s*\d+\s*$/;
/** Bullet points and short heading-like lines state priorities more than running prose does. */
const BULLET = /^\s*([-•✓*]|e\s|\d+[.)]\s)/;

/** Vowel-tolerant key of a whole phrase, for names in OCR text ("Sédra Ostersjéprogrammet"). */
function looseKey(text: string): string {
  return ` ${skeleton(fold(plain(text)))} `;
}

function countIn(hay: string, needle: string): number {
  if (needle.trim().length < 3) return 0;
  let n = 0;
  let at = hay.indexOf(needle);
  while (at !== -1) {
    n++;
    at = hay.indexOf(needle, at + needle.length - 1);
  }
  return n;
}

/** Whole-word occurrences of a spaced key, its genitive -s included ("Kronobergs", "Älvsbyns"). */
function wordCount(hay: string, key: string): number {
  return countIn(hay, key) + countIn(hay, `${key.slice(0, -1)}s `);
}

/** Sentence (or bullet line) around an offset, trimmed to a short quote. */
function passageAt(text: string, start: number): string {
  const before = text.lastIndexOf('\n', start);
  const dot = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf(': ', start));
  const from = Math.max(before, dot >= 0 ? dot + 1 : -1) + 1;
  const nl = text.indexOf('\n\n', start);
  const stop = text.indexOf('. ', start);
  let to = Math.min(nl === -1 ? text.length : nl, stop === -1 ? text.length : stop + 1);
  if (to - from > 240) to = from + 240;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

function detectLan(loose: string, opts: FromTextOptions): string | undefined {
  if (opts.lan) {
    const want = looseKey(opts.lan);
    const hit = LAN.lan.find(
      (l) => l.id === opts.lan || looseKey(l.name) === want || l.aliases.some((a) => looseKey(a) === want),
    );
    if (!hit) throw new InputError(`unknown län "${opts.lan}"`, {}, 'lan');
    return hit.id;
  }
  const nameKey = opts.name ? looseKey(opts.name) : '';
  let best: { id: string; score: number } | undefined;
  for (const l of LAN.lan) {
    let score = 0;
    for (const a of l.aliases) score += 2 * wordCount(loose, looseKey(a));
    for (const m of l.municipalities) {
      const k = looseKey(m);
      score += wordCount(loose, k);
      if (nameKey && wordCount(nameKey, k) > 0) score += 50;
    }
    if (score > 0 && (!best || score > best.score)) best = { id: l.id, score };
  }
  return best?.id;
}

function detectName(text: string): { name: string; kind: 'kommun' | 'region' } | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b(Region [A-ZÅÄÖ][\p{L}-]+|[A-ZÅÄÖ][\p{L}-]+ kommun)\b/gu)) {
    let name = m[1];
    if (name.startsWith('Region ')) name = name.replace(/s$/, '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!top || top[1] < 2) return undefined;
  return { name: top[0], kind: top[0].startsWith('Region ') ? 'region' : 'kommun' };
}

function slug(name: string): string {
  return (
    fold(name.toLowerCase())
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'profil'
  );
}

export function buildProfileFromText(text: string, opts: FromTextOptions = {}): Profile {
  if (!text.trim()) throw new InputError('the strategy text is empty', {}, 'text');
  const tokens = keyTokens(text);
  const hits = CONCEPT_MATCHER.match(tokens);
  // Line starts, to tell bullets and headings from prose.
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const strength = new Float64Array(CONCEPTS.length);
  const bestAt = new Map<number, { offset: number; w: number }>();
  const covered = new Uint8Array(tokens.length);
  // Concepts the text explicitly gives weight to ("särskild vikt ska läggas vid…") make the list however rare.
  const stated = new Set<number>();
  for (const h of hits) if (h.to - h.from > 1) for (let i = h.from; i < h.to; i++) covered[i] = 1;
  for (const h of hits) {
    if (h.to - h.from === 1 && covered[h.from]) continue;
    const offset = tokens[h.from].start;
    const ls = lineStart(offset);
    const lineEnd = text.indexOf('\n', offset);
    const line = text.slice(ls, lineEnd === -1 ? text.length : lineEnd);
    let w = 1;
    // A table of contents names every heading once: neither a stated priority nor a passage to quote.
    if (TOC_LINE.test(line)) w *= 0.3;
    else if (BULLET.test(line)) w *= 1.5;
    if (line.trim().length < 60) w *= 1.3;
    const passage = fold(passageAt(text, offset).toLowerCase());
    if (STRONG_EMPHASIS.test(passage)) {
      w *= 3;
      stated.add(h.ref);
    } else if (EMPHASIS.test(passage)) w *= 2;
    strength[h.ref] += w;
    const prev = bestAt.get(h.ref);
    if (!prev || w > prev.w) bestAt.set(h.ref, { offset, w });
  }
  const scored = CONCEPTS.map((c, i) => ({ i, s: Math.log1p(strength[i]) * c.specificity }))
    // In a long document a single passing mention is noise; in a short text it may be all there is.
    .filter((x) => strength[x.i] >= (tokens.length < 500 ? 1 : 2))
    .sort((a, b) => b.s - a.s);
  const ranked = scored
    .slice(0, MAX_PRIORITIES)
    .concat(scored.slice(MAX_PRIORITIES).filter((x) => stated.has(x.i) && CONCEPTS[x.i].specificity >= 0.7));
  if (ranked.length === 0) {
    throw new InputError('no priority areas found in the text (is it a strategy document?)', {}, 'text');
  }
  const top = ranked[0].s;
  const chosen = new Set(ranked.map((r) => r.i));
  const priorities = ranked.map(({ i, s }) => {
    const c = CONCEPTS[i];
    const at = bestAt.get(i)!;
    // A priority also carries the neighbouring concepts the text names, not only its headline concept.
    const alongside = NEIGHBOURS[i].filter((n) => !chosen.has(n) && strength[n] >= 1).map((n) => CONCEPTS[n].id);
    return {
      id: c.id,
      label: c.label,
      weight: Math.round(Math.max(0.5, Math.min(1.5, (1.5 * s) / top)) * 100) / 100,
      concepts: [c.id, ...alongside],
      terms: [],
      source: { passage: passageAt(text, at.offset) },
    };
  });

  const loose = looseKey(text);
  const detected = detectName(text);
  const name = opts.name ?? detected?.name ?? 'Utkast till profil';
  const kind = opts.kind ?? detected?.kind ?? 'kommun';
  const lan = detectLan(loose, { ...opts, name });
  if (!lan) throw new InputError('no län found in the text: give it (e.g. --lan blekinge)', {}, 'lan');
  const partnerCountries = [...countriesIn(tokens)].filter((c) => c !== 'Sweden').sort();
  const named = (list: { name: string; aliases: string[] }[]) =>
    list.filter((x) => x.aliases.some((a) => loose.includes(looseKey(a)))).map((x) => x.name);
  const areas = PROGRAMME_AREAS.areas.filter((a) => a.aliases.some((x) => x.length > 6 && loose.includes(looseKey(x))));
  const draft = {
    id: slug(name),
    name,
    kind,
    lan,
    priorities,
    partnerCountries,
    networks: named(NETWORKS_FUNDERS.networks),
    preferredFunders: [...areas.map((a) => a.id), ...named(NETWORKS_FUNDERS.funders).filter((f) => f !== 'Interreg')],
    exclusions: [],
  };
  const parsed = ProfileSchema.safeParse(draft);
  if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? 'invalid profile', {}, 'profile');
  return parsed.data;
}
