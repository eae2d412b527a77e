/**
 * Fuzzy forthcoming dates ("hösten 2026", "spring 2026", "late 2024", "i början av 2025", "Q3 2026"):
 * kept as text with an approximate month range for sorting, never turned into a false exact date.
 */
export interface FuzzyDate {
  /** The funder's wording, trimmed. */
  text: string;
  /** First and last month the phrase can mean, as YYYY-MM. */
  from: string;
  to: string;
}

const SEASONS: [RegExp, number, number][] = [
  [/^(?:våren|vår|spring)$/i, 3, 5],
  [/^(?:sommaren|sommar|summer)$/i, 6, 8],
  [/^(?:hösten|höst|autumn|fall)$/i, 9, 11],
  [/^(?:vintern|vinter|winter)$/i, 12, 14],
  [/^(?:i början av|början av|early|beginning of|start of|at the beginning of)$/i, 1, 4],
  [/^(?:mitten av|mid|mid-|middle of)$/i, 5, 8],
  [/^(?:i slutet av|slutet av|late|end of|at the end of)$/i, 9, 12],
  [/^q1$/i, 1, 3],
  [/^q2$/i, 4, 6],
  [/^q3$/i, 7, 9],
  [/^q4$/i, 10, 12],
];

const FUZZY_RE =
  /\b(våren|vår|sommaren|sommar|hösten|höst|vintern|vinter|spring|summer|autumn|fall|winter|i början av|början av|i slutet av|slutet av|mitten av|early|late|mid-?|middle of|beginning of|start of|end of|at the beginning of|at the end of|Q[1-4])\s*(?:of\s+)?(20\d{2})\b/gi;

function ym(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** Every fuzzy date phrase in the text, in order. */
export function findFuzzyDates(text: string): FuzzyDate[] {
  const out: FuzzyDate[] = [];
  for (const m of text.matchAll(FUZZY_RE)) {
    const word = m[1].trim();
    const year = Number(m[2]);
    const season = SEASONS.find(([re]) => re.test(word) || re.test(word.replace(/-$/, '')));
    if (!season) continue;
    out.push({ text: m[0].trim(), from: ym(year, season[1]), to: ym(year, season[2]) });
  }
  return out;
}

export function findFuzzyDate(text: string): FuzzyDate | undefined {
  return findFuzzyDates(text)[0];
}
