/** A clock time in a funder's wording → "HH:MM" (24-hour), or undefined when there is none. */
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => string | undefined }[] = [
  // "4 p.m.", "11 am", "4:30 pm"
  {
    re: /(?<![\d.:])(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/i,
    read: (m) => {
      let h = Number(m[1]) % 12;
      if (m[3].toLowerCase() === 'p') h += 12;
      return hhmm(h, Number(m[2] ?? 0));
    },
  },
  // "klockan 12.00", "kl. 12", "kl 14", "at 12.00"
  {
    re: /\b(?:klockan|kl\.?|at|@)\s*(2[0-4]|[01]\d|\d)(?:[:.]([0-5]\d))?(?!\d)(?![\d.]*\d{4})/i,
    read: (m) => hhmm(Number(m[1]), Number(m[2] ?? 0)),
  },
  // "23:59", "12:00 noon", "24:00 (CET)"
  { re: /(?<![\d.])([01]?\d|2[0-4]):([0-5]\d)(?!\d)/, read: (m) => hhmm(Number(m[1]), Number(m[2])) },
  { re: /\bnoon\b|\bmiddag\b|\bmitt på dagen\b/i, read: () => '12:00' },
  { re: /\bmidnight\b|\bmidnatt\b/i, read: () => '24:00' },
];

function hhmm(h: number, m: number): string | undefined {
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function findClock(text: string): string | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) {
      const t = p.read(m);
      if (t) return t;
    }
  }
  return undefined;
}
