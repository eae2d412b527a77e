import { findFuzzyDate } from '../../dates/fuzzy.ts';
import type { Deadline, FundingCall } from '../../model/call.ts';
import { InputError } from '../../model/errors.ts';
import { parseBudget } from '../../sources/lib/budget.ts';
import { dedupeById, finishCall } from '../../sources/lib/call.ts';
import { clip } from '../../sources/lib/ids.ts';
import { readJson } from '../../sources/lib/input.ts';
import type { SourceDefinition, SourceInput } from '../../sources/types.ts';
import site from './site.json' with { type: 'json' };

/** Vinnova's open data API (data.vinnova.se): application rounds joined to their calls and programmes. */
export const id: string = site.id;
const ZONE = 'Europe/Stockholm';
/** The API's "no date" placeholder. */
const NO_DATE = '1900-01-01';

interface Round {
  Diarienummer: string;
  DiarienummerUtlysning?: string;
  Titel: string;
  TitelEngelska?: string;
  Beskrivning?: string;
  Oppningsdatum?: string | null;
  Stangningsdatum?: string | null;
  Publik?: boolean | number | string;
  WebTextLista?: { TextSv?: string; TextEn?: string }[];
  LankLista?: { Beskrivning?: string; URL?: string }[];
}
interface Call {
  Diarienummer: string;
  DiarienummerProgram?: string;
  Titel?: string;
}
interface Programme {
  Diarienummer: string;
  Titel?: string;
}

type Kind = 'rounds' | 'calls' | 'programmes';

function kindOf(input: SourceInput, rows: Record<string, unknown>[]): Kind {
  if (/ansokningsomgang/i.test(input.url)) return 'rounds';
  if (/utlysning/i.test(input.url)) return 'calls';
  if (/\/program/i.test(input.url)) return 'programmes';
  const first = rows[0] ?? {};
  if ('Stangningsdatum' in first || 'Oppningsdatum' in first) return 'rounds';
  if ('DiarienummerProgram' in first) return 'calls';
  return 'programmes';
}

function rows(input: SourceInput): Record<string, unknown>[] {
  const data = readJson(input, id);
  if (!Array.isArray(data)) throw new InputError(`${id}: expected a JSON array of records`, { file: input.url });
  data.forEach((r, i) => {
    if (typeof r !== 'object' || r === null || typeof (r as Record<string, unknown>).Diarienummer !== 'string') {
      throw new InputError(
        `${id}: record ${i} has no Diarienummer`,
        { file: input.url, position: `record ${i}` },
        'Diarienummer',
      );
    }
  });
  return data as Record<string, unknown>[];
}

function isPublic(r: Round): boolean {
  return !(r.Publik === false || r.Publik === 0 || r.Publik === '0' || r.Publik === 'false');
}

/** API timestamps have no zone: they are Stockholm wall-clock time. */
function localDate(ts: string | null | undefined): { date: string; time?: string } | undefined {
  if (!ts) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(ts);
  if (!m || m[1] === NO_DATE) return undefined;
  const time = m[2] && `${m[2]}:${m[3]}` !== '00:00' ? `${m[2]}:${m[3]}` : undefined;
  return { date: m[1], ...(time ? { time } : {}) };
}

function publicUrl(r: Round): string {
  const page = r.LankLista?.find((l) => l.URL && /vinnova\.se\/(e|en\/calls-for-proposals)\//.test(l.URL));
  return (
    page?.URL ?? `https://www.vinnova.se/sok-finansiering/hitta-finansiering/?q=${encodeURIComponent(r.Diarienummer)}`
  );
}

function roundToCall(
  r: Round,
  fetchedAt: string,
  calls: Map<string, Call>,
  programmes: Map<string, Programme>,
): FundingCall | undefined {
  if (!isPublic(r)) return undefined;
  const texts = (r.WebTextLista ?? []).map((t) => t.TextSv ?? '').filter(Boolean);
  const prose = texts.join('\n');
  const close = localDate(r.Stangningsdatum);
  const open = localDate(r.Oppningsdatum);
  const step2 = /steg 2|etapp 2|stage 2/i.test(r.Titel);
  const deadlines: Deadline[] = close
    ? [
        {
          date: close.date,
          ...(close.time ? { time: close.time } : {}),
          timeZone: ZONE,
          kind: step2 ? 'step-2' : 'application',
        },
      ]
    : [];
  const call = r.DiarienummerUtlysning ? calls.get(r.DiarienummerUtlysning) : undefined;
  const programme = call?.DiarienummerProgram ? programmes.get(call.DiarienummerProgram) : undefined;
  const fuzzy = !close && !open ? findFuzzyDate(prose) : undefined;
  const budget = parseBudget(prose, 'SEK');
  return finishCall(
    {
      id: `${id}:${r.Diarienummer}`,
      source: id,
      funder: 'Vinnova',
      programme: programme?.Titel ?? call?.Titel,
      title: r.Titel.trim(),
      summary: clip(prose || r.Beskrivning || ''),
      url: publicUrl(r),
      language: 'sv',
      opens: open?.date,
      fuzzyDate: fuzzy?.text,
      deadlines,
      budget,
      eligibleCountries: ['Sweden'],
      fetchedAt,
    },
    r,
  );
}

function build(inputs: readonly SourceInput[]): FundingCall[] {
  const rounds: Round[] = [];
  const calls = new Map<string, Call>();
  const programmes = new Map<string, Programme>();
  let fetchedAt = inputs[0]?.fetchedAt ?? '';
  for (const input of inputs) {
    const data = rows(input);
    const kind = kindOf(input, data);
    if (kind === 'rounds') {
      rounds.push(...(data as unknown as Round[]));
      fetchedAt = input.fetchedAt;
    } else if (kind === 'calls') for (const c of data as unknown as Call[]) calls.set(c.Diarienummer, c);
    else for (const p of data as unknown as Programme[]) programmes.set(p.Diarienummer, p);
  }
  return dedupeById(rounds.map((r) => roundToCall(r, fetchedAt, calls, programmes)).filter((c) => c !== undefined));
}

export const source: SourceDefinition = {
  id,
  name: 'Vinnova',
  format: 'json',
  parse: (input) => build([input]),
  parseMany: build,
};
