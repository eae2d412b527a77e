/**
 * Dates, deadlines and counts told in words, one way for the app, the digest, the extension and the CLI:
 * "15 jan. 2027 kl. 16.00", "kl. 15.00 svensk tid (16.00 Helsingforstid)", "hösten 2027", "1 dag kvar".
 * Labels come from the deadline's kind, never from the funder's own fragment of text.
 * Month names are a fixed table rather than Intl's, so Node and every browser print the same.
 */

import { zonedParts } from '../dates/zoned.ts';
import type { CallStatus, Deadline, DeadlineKind } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import type { Bilingual } from '../model/profile.ts';

export type Lang = 'sv' | 'en';
/** The readers' own zone: times elsewhere are converted to it and the original is named beside. */
export const HOME_ZONE = 'Europe/Stockholm';

const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  sv: ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
export const MONTHS_LONG: Record<Lang, readonly string[]> = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Short label of each step, as on a timeline marker: "Projektidé", "Ansökan", "Steg 2". */
export const KIND_LABEL: Record<DeadlineKind, Bilingual> = {
  application: { sv: 'Ansökan', en: 'Application' },
  'project-idea': { sv: 'Projektidé', en: 'Project idea' },
  'expression-of-interest': { sv: 'Intresseanmälan', en: 'Expression of interest' },
  'step-2': { sv: 'Steg 2', en: 'Step 2' },
  'cut-off': { sv: 'Brytdatum', en: 'Cut-off' },
};

/** The step's deadline named in a sentence: "Sista ansökningsdag 15 jan. 2027". */
export const KIND_DUE: Record<DeadlineKind, Bilingual> = {
  application: { sv: 'Sista ansökningsdag', en: 'Deadline' },
  'project-idea': { sv: 'Sista dag för projektidé', en: 'Project idea due' },
  'expression-of-interest': { sv: 'Sista dag för intresseanmälan', en: 'Expression of interest due' },
  'step-2': { sv: 'Sista dag för steg 2', en: 'Step 2 due' },
  'cut-off': { sv: 'Nästa brytdatum', en: 'Next cut-off' },
};

export const STATUS_LABEL: Record<CallStatus, Bilingual> = {
  forthcoming: { sv: 'Kommande', en: 'Forthcoming' },
  open: { sv: 'Öppen', en: 'Open' },
  'closing-soon': { sv: 'Stänger snart', en: 'Closing soon' },
  closed: { sv: 'Stängd', en: 'Closed' },
};

const rules: Partial<Record<Lang, Intl.PluralRules>> = {};
/** The form of a word for a count, by the language's own plural rules. */
export function plural(n: number, lang: Lang, forms: { one: string; other: string }): string {
  rules[lang] ??= new Intl.PluralRules(lang);
  return rules[lang].select(n) === 'one' ? forms.one : forms.other;
}

/** Nouns the products count. */
export const NOUNS = {
  call: { sv: { one: 'utlysning', other: 'utlysningar' }, en: { one: 'call', other: 'calls' } },
  newMatch: {
    sv: { one: 'ny matchande utlysning', other: 'nya matchande utlysningar' },
    en: { one: 'new matching call', other: 'new matching calls' },
  },
  day: { sv: { one: 'dag', other: 'dagar' }, en: { one: 'day', other: 'days' } },
  entry: { sv: { one: 'bevakning', other: 'bevakningar' }, en: { one: 'watched call', other: 'watched calls' } },
  row: { sv: { one: 'rad', other: 'rader' }, en: { one: 'row', other: 'rows' } },
  watchedCall: {
    sv: { one: 'bevakad utlysning', other: 'bevakade utlysningar' },
    en: { one: 'watched call', other: 'watched calls' },
  },
  profile: { sv: { one: 'profil', other: 'profiler' }, en: { one: 'profile', other: 'profiles' } },
  priority: { sv: { one: 'prioritering', other: 'prioriteringar' }, en: { one: 'priority', other: 'priorities' } },
  changedDeadline: {
    sv: { one: 'flyttad sista ansökningsdag', other: 'flyttade sista ansökningsdagar' },
    en: { one: 'moved deadline', other: 'moved deadlines' },
  },
  newEntry: { sv: { one: 'ny', other: 'nya' }, en: { one: 'new', other: 'new' } },
  storedEntry: {
    sv: { one: 'sparad post', other: 'sparade poster' },
    en: { one: 'stored entry', other: 'stored entries' },
  },
} as const satisfies Record<string, Record<Lang, { one: string; other: string }>>;
export type Noun = keyof typeof NOUNS;

/** "1 ny matchande utlysning", "3 nya matchande utlysningar". */
export function countText(n: number, noun: Noun, lang: Lang): string {
  return `${n} ${plural(n, lang, NOUNS[noun][lang])}`;
}

/** "1 dag kvar", "12 dagar kvar", "i dag", "passerad". */
export function daysLeftText(n: number, lang: Lang): string {
  if (n < 0) return lang === 'sv' ? 'passerad' : 'passed';
  if (n === 0) return lang === 'sv' ? 'sista dagen i dag' : 'last day today';
  return lang === 'sv' ? `${countText(n, 'day', lang)} kvar` : `${countText(n, 'day', lang)} left`;
}

/** "i dag", "i morgon", "om 23 dagar", "för 3 dagar sedan". */
export function relativeDays(n: number, lang: Lang): string {
  if (n === 0) return lang === 'sv' ? 'i dag' : 'today';
  if (n === 1) return lang === 'sv' ? 'i morgon' : 'tomorrow';
  if (n === -1) return lang === 'sv' ? 'i går' : 'yesterday';
  const days = countText(Math.abs(n), 'day', lang);
  if (n > 0) return lang === 'sv' ? `om ${days}` : `in ${days}`;
  return lang === 'sv' ? `för ${days} sedan` : `${days} ago`;
}

/** "15 jan. 2027" / "15 Jan 2027" from YYYY-MM-DD. */
export function dateText(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS_SHORT[lang][m - 1]} ${y}`;
}

/** "16.00" in Swedish, "16:00" in English. */
export function clockText(hhmm: string, lang: Lang): string {
  return lang === 'sv' ? hhmm.replace(':', '.') : hhmm;
}

/** Swedish names of the cities whose zones funders use, where they differ from the English. */
const CITY_SV: Record<string, string> = {
  Brussels: 'Bryssel',
  Helsinki: 'Helsingfors',
  Copenhagen: 'Köpenhamn',
  Warsaw: 'Warszawa',
  Luxembourg: 'Luxemburg',
  Rome: 'Rom',
  Vilnius: 'Vilnius',
};

/** "svensk tid", "Brysseltid", "UTC" / "Swedish time", "Brussels time". */
export function zoneText(zone: string, lang: Lang): string {
  if (zone === HOME_ZONE) return lang === 'sv' ? 'svensk tid' : 'Swedish time';
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const city = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  // Own keys only: the zone is text from a funder or a file.
  return lang === 'sv' ? `${(Object.hasOwn(CITY_SV, city) ? CITY_SV[city] : undefined) ?? city}tid` : `${city} time`;
}

/** The home-zone calendar date and clock of a deadline; a midnight is told as 24.00 of the day before. */
function inHomeZone(d: Deadline): { date: string; time: string } {
  const t = deadlineInstant(d).getTime();
  const at = zonedParts(t, HOME_ZONE);
  if (at.time !== '00:00') return at;
  return { date: zonedParts(t - 60_000, HOME_ZONE).date, time: '24:00' };
}

/**
 * When a deadline falls: "15 jan. 2027 kl. 16.00"; in another zone, converted to Swedish time with the
 * funder's own clock beside it: "15 jan. 2027 kl. 15.00 svensk tid (16.00 Helsingforstid)", or only its zone
 * when the clocks agree: "15 jan. 2027 kl. 17.00 svensk tid (= Brysseltid)".
 */
export function deadlineWhen(d: Deadline, lang: Lang): string {
  if (!d.time) return dateText(d.date, lang);
  if (d.timeZone === HOME_ZONE) {
    return lang === 'sv'
      ? `${dateText(d.date, lang)} kl. ${clockText(d.time, lang)}`
      : `${dateText(d.date, lang)}, ${d.time}`;
  }
  const home = inHomeZone(d);
  // The same clock on the same day (Brussels and Stockholm most of the year): name the zone, not the time twice.
  const same = home.date === d.date && home.time === d.time;
  const own = same ? `= ${zoneText(d.timeZone, lang)}` : `${clockText(d.time, lang)} ${zoneText(d.timeZone, lang)}`;
  const ownDate = home.date === d.date ? '' : ` ${dateText(d.date, lang)}`;
  return lang === 'sv'
    ? `${dateText(home.date, lang)} kl. ${clockText(home.time, lang)} svensk tid (${own}${ownDate})`
    : `${dateText(home.date, lang)}, ${home.time} Swedish time (${own}${ownDate})`;
}

/** True when the funder's own clock or date differs from the Swedish one ("16.00 Helsingforstid" is 15.00 here). */
export function ownClockDiffers(d: Deadline): boolean {
  if (!d.time || d.timeZone === HOME_ZONE) return false;
  const home = inHomeZone(d);
  return home.date !== d.date || home.time !== d.time;
}

/** "Sista dag för projektidé 3 feb. 2027 kl. 12.00". */
export function deadlineLine(d: Deadline, lang: Lang): string {
  return `${KIND_DUE[d.kind][lang]} ${deadlineWhen(d, lang)}`;
}

const SEASONS: [RegExp, Bilingual][] = [
  [/\b(v[aå]ren|v[aå]r|spring)\b/i, { sv: 'våren', en: 'spring' }],
  [/\b(sommaren|sommar|summer)\b/i, { sv: 'sommaren', en: 'summer' }],
  [/\b(h[oö]sten|h[oö]st|autumn|fall)\b/i, { sv: 'hösten', en: 'autumn' }],
  [/\b(vintern|vinter|winter)\b/i, { sv: 'vintern', en: 'winter' }],
];
const PARTS: [RegExp, Bilingual][] = [
  [/\b(början av|early|beginning of)\b/i, { sv: 'början av', en: 'early' }],
  [/\b(mitten av|mid|middle of)\b/i, { sv: 'mitten av', en: 'mid' }],
  [/\b(slutet av|late|end of)\b/i, { sv: 'slutet av', en: 'late' }],
];
const MONTH_WORDS: [RegExp, number][] = MONTHS_LONG.sv.map((sv, i) => [
  new RegExp(`\\b(${sv}|${MONTHS_LONG.en[i]}|${MONTHS_LONG.en[i].slice(0, 3)})\\b`, 'i'),
  i,
]);

/** The (first) period of a fuzzy date as [season-or-part, year] parts; undefined when it names no year. */
function readFuzzy(text: string): { sv: string; en: string; monthIndex?: number; year: number } | undefined {
  // "autumn 2027 – early 2028": the first period is when the call comes.
  const first = text.split(/\s[–-]\s|\bto\b|\btill\b/)[0];
  const year = Number(first.match(/\b(20\d\d)\b/)?.[1] ?? text.match(/\b(20\d\d)\b/)?.[1]);
  if (!year) return undefined;
  for (const [re, s] of SEASONS) if (re.test(first)) return { sv: `${s.sv} ${year}`, en: `${s.en} ${year}`, year };
  for (const [re, i] of MONTH_WORDS) {
    if (re.test(first)) {
      return { sv: `${MONTHS_LONG.sv[i]} ${year}`, en: `${MONTHS_LONG.en[i]} ${year}`, monthIndex: i, year };
    }
  }
  const q = first.match(/\b(?:Q|kvartal\s*)([1-4])\b/i);
  if (q) return { sv: `kvartal ${q[1]} ${year}`, en: `Q${q[1]} ${year}`, year };
  for (const [re, p] of PARTS) if (re.test(first)) return { sv: `${p.sv} ${year}`, en: `${p.en} ${year}`, year };
  return { sv: String(year), en: String(year), year };
}

/**
 * A fuzzy date in the reader's words: "hösten 2027", "december 2026", "början av 2028", "2027".
 * Undefined when the wording names no year (the caller says "datum ej angivet" rather than quoting a fragment).
 */
export function fuzzyText(fuzzy: string, lang: Lang): string | undefined {
  return readFuzzy(fuzzy)?.[lang];
}

/**
 * Roughly where in the year a fuzzy date falls, as a YYYY-MM-DD range, for drawing it on a timeline
 * (a season spans its three months; a bare year its twelve).
 */
export function fuzzyRange(fuzzy: string): { from: string; to: string } | undefined {
  const f = readFuzzy(fuzzy);
  if (!f) return undefined;
  const first = fuzzy.split(/\s[–-]\s|\bto\b|\btill\b/)[0];
  const span = (m0: number, m1: number) => ({
    from: `${f.year}-${pad(m0 + 1)}-01`,
    to: `${f.year}-${pad(m1 + 1)}-${pad(new Date(Date.UTC(f.year, m1 + 1, 0)).getUTCDate())}`,
  });
  if (f.monthIndex !== undefined) return span(f.monthIndex, f.monthIndex);
  const season = SEASONS.findIndex(([re]) => re.test(first));
  if (season >= 0) return [span(2, 4), span(5, 7), span(8, 10), span(0, 1)][season];
  const q = first.match(/\b(?:Q|kvartal\s*)([1-4])\b/i);
  if (q) return span((Number(q[1]) - 1) * 3, (Number(q[1]) - 1) * 3 + 2);
  const part = PARTS.findIndex(([re]) => re.test(first));
  if (part >= 0) return [span(0, 3), span(4, 7), span(8, 11)][part];
  return span(0, 11);
}

/** "Öppnar hösten 2027" / "Opens autumn 2027"; "Datum ej angivet" when the wording names no period. */
export function opensFuzzyText(fuzzy: string | undefined, lang: Lang): string {
  const r = fuzzy ? readFuzzy(fuzzy) : undefined;
  if (r) {
    const f = r[lang];
    const first = (fuzzy ?? '').split(/\s[–-]\s|\bto\b|\btill\b/)[0];
    // "Öppnar hösten 2027" but "Öppnar i december 2026", "Öppnar i början av 2027", "Öppnar under 2027".
    const season = SEASONS.some(([re]) => re.test(first));
    const bare = /^\d{4}$/.test(f);
    if (lang === 'sv') return `Öppnar ${season ? '' : bare ? 'under ' : 'i '}${f}`;
    return `Opens ${season || /^(early|mid|late) /.test(f) ? '' : 'in '}${f}`;
  }
  if (fuzzy && /inom kort|snart|\bsoon\b/i.test(fuzzy)) return lang === 'sv' ? 'Öppnar inom kort' : 'Opens soon';
  return lang === 'sv' ? 'Datum ej angivet' : 'No date given';
}

/** A deadline's short form for lists and exports: "Ansökan: 15 jan. 2027 kl. 16.00". */
export function deadlineShort(d: Deadline, lang: Lang): string {
  return `${KIND_LABEL[d.kind][lang]}: ${deadlineWhen(d, lang)}`;
}

/** A deadline's date and Swedish clock only ("14 jan. 2027 kl. 16.00 svensk tid"), for compact lines. */
export function deadlineWhenShort(d: Deadline, lang: Lang): string {
  if (!d.time) return dateText(d.date, lang);
  if (d.timeZone === HOME_ZONE) return deadlineWhen(d, lang);
  const home = inHomeZone(d);
  return lang === 'sv'
    ? `${dateText(home.date, lang)} kl. ${clockText(home.time, lang)} svensk tid`
    : `${dateText(home.date, lang)}, ${home.time} Swedish time`;
}

/**
 * The call's timing in one short line, for a card on a phone: "Ansökan 14 jan. 2027 kl. 16.00 · 45 dagar kvar",
 * "Öppnar 29 jan. 2027 · ansökan 30 mars 2027", "Öppnar inom kort · ansökan 1 okt. 2027", "Sista dag var 3 mars 2026".
 * The full note (DeadlineInfo.text) says the rest.
 */
export function timingShort(
  info: { status: string; date?: string; time?: string; timeZone?: string; kind?: DeadlineKind; daysLeft?: number },
  call: { opens?: string; fuzzyDate?: string },
  opensPhrase: string | undefined,
  lang: Lang,
  now: Date,
): string {
  const d: Deadline | undefined =
    info.date && info.kind && info.timeZone
      ? { date: info.date, kind: info.kind, timeZone: info.timeZone, ...(info.time ? { time: info.time } : {}) }
      : undefined;
  const step = d ? `${KIND_LABEL[d.kind][lang]} ${deadlineWhenShort(d, lang)}` : '';
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  if (info.status === 'closed') {
    return d
      ? lang === 'sv'
        ? `Sista dag var ${dateText(d.date, lang)}`
        : `Last deadline was ${dateText(d.date, lang)}`
      : '';
  }
  if (info.status === 'forthcoming' || info.status === 'undated') {
    const opens =
      call.opens && call.opens > now.toISOString().slice(0, 10)
        ? `${lang === 'sv' ? 'Öppnar' : 'Opens'} ${dateText(call.opens, lang)}`
        : opensFuzzyText(call.fuzzyDate ?? opensPhrase, lang);
    return d ? `${opens} · ${lower(KIND_LABEL[d.kind][lang])} ${dateText(d.date, lang)}` : opens;
  }
  if (!d) return lang === 'sv' ? 'Ingen sista ansökningsdag angiven' : 'No deadline given';
  return info.daysLeft !== undefined ? `${step} · ${daysLeftText(info.daysLeft, lang)}` : step;
}
