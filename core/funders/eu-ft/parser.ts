import { parseTimestamp, zonedParts } from '../../dates/zoned.ts';
import type { Deadline, DeadlineKind, FundingCall } from '../../model/call.ts';
import { InputError } from '../../model/errors.ts';
import { dedupeById, finishCall } from '../../sources/lib/call.ts';
import { htmlToText } from '../../sources/lib/html.ts';
import { clip } from '../../sources/lib/ids.ts';
import { readJson } from '../../sources/lib/input.ts';
import type { SourceDefinition, SourceInput } from '../../sources/types.ts';
import site from './site.json' with { type: 'json' };

/** EU Funding & Tenders search API (SEDIA): Erasmus+, CERV, ESC, LIFE, Creative Europe topics. */
export const id: string = site.id;
const ZONE = 'Europe/Brussels';
/** EU deadlines are 17:00 Brussels time unless the topic says otherwise. */
const EU_DEADLINE_TIME = '17:00';

/** Programme names by the API's framework-programme code; a Map: the code is text from the API, never a key of a plain object. */
export const FRAMEWORK_PROGRAMMES: ReadonlyMap<string, string> = new Map([
  ['43353764', 'Erasmus+'],
  ['43251589', 'Citizens, Equality, Rights and Values (CERV)'],
  ['43254037', 'European Solidarity Corps'],
  ['43252405', 'LIFE'],
  ['43251814', 'Creative Europe'],
  ['43108390', 'Horizon Europe'],
  ['44416173', 'Interregional Innovation Investments (I3)'],
]);

type Meta = Record<string, unknown[] | undefined>;
interface Result {
  url?: string;
  language?: string;
  summary?: string | null;
  content?: string | null;
  metadata?: Meta;
}

const first = (m: Meta, key: string): string | undefined => {
  const v = m[key]?.[0];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};

/** Keywords come as plain strings or as one JSON-encoded array inside the array. */
function listOf(m: Meta, key: string): string[] {
  const out: string[] = [];
  for (const v of m[key] ?? []) {
    if (typeof v !== 'string') continue;
    if (v.startsWith('[')) {
      try {
        const arr = JSON.parse(v) as unknown;
        if (Array.isArray(arr)) out.push(...arr.filter((x): x is string => typeof x === 'string'));
        continue;
      } catch {
        // not JSON after all: keep the raw string
      }
    }
    out.push(v);
  }
  return out.map((s) => s.replace(/\uFFFD/g, '').trim()).filter(Boolean);
}

function identifierOf(r: Result, m: Meta): string | undefined {
  const ident = first(m, 'identifier');
  if (ident) return ident;
  const url = first(m, 'url') ?? r.url ?? '';
  return (
    /topic-details\/([^/?#]+)/.exec(url)?.[1] ??
    /topicDetails\/([^/?#]+?)\.json/.exec(url)?.[1] ??
    first(m, 'callIdentifier')
  );
}

/**
 * The search API writes deadlines as instants; midnight UTC means "that day" (17:00 Brussels), and
 * 17:00 UTC is the Brussels 17:00 deadline stored without its zone. Anything else is a real instant.
 */
export function euDeadline(ts: string): { date: string; time: string } | undefined {
  const t = parseTimestamp(ts);
  if (!t) return undefined;
  const utc = t.toISOString();
  const clock = utc.slice(11, 16);
  if (clock === '00:00' || clock === EU_DEADLINE_TIME) return { date: utc.slice(0, 10), time: EU_DEADLINE_TIME };
  return zonedParts(t, ZONE);
}

function kindsFor(model: string | undefined, n: number): DeadlineKind[] {
  const m = (model ?? '').toLowerCase();
  if (m.includes('two-stage') && n === 2) return ['application', 'step-2'];
  if (m.includes('cut-off') || n > 2) return Array(n).fill('cut-off');
  return Array(n).fill('application');
}

/** Sum of the budget years of the budget-overview entries that belong to this topic. */
function budgetOf(m: Meta, ident: string): FundingCall['budget'] {
  const raw = first(m, 'budgetOverview');
  if (raw) {
    try {
      const bo = JSON.parse(raw) as {
        budgetTopicActionMap?: Record<string, { action?: string; budgetYearMap?: Record<string, number> }[]>;
      };
      let sum = 0;
      const parts: string[] = [];
      for (const entries of Object.values(bo.budgetTopicActionMap ?? {})) {
        for (const e of entries) {
          const action = e.action ?? '';
          // "ID - …" and lots "ID-1 …" belong to the topic; "ID-NETWORK" is another topic.
          const rest = action.slice(ident.length);
          if (!action.startsWith(ident) || !(rest === '' || /^\s/.test(rest) || /^-\d/.test(rest))) continue;
          for (const [year, amount] of Object.entries(e.budgetYearMap ?? {})) {
            if (typeof amount === 'number') {
              sum += amount;
              parts.push(`${year}: EUR ${amount.toLocaleString('en-GB')}`);
            }
          }
        }
      }
      if (sum > 0) return { amount: sum, currency: 'EUR', text: `Budget overview: ${parts.join('; ')}` };
    } catch {
      // A broken budget string should not lose the call; the text stays unparsed.
    }
  }
  const amount = Number(first(m, 'budget'));
  if (Number.isFinite(amount) && amount > 0) {
    const currency = first(m, 'currency') ?? 'EUR';
    return { amount, currency, text: `${currency} ${amount.toLocaleString('en-GB')}` };
  }
  return undefined;
}

function resultToCall(r: Result, fetchedAt: string): FundingCall | undefined {
  const m = r.metadata;
  if (!m || typeof m !== 'object') return undefined;
  const ident = identifierOf(r, m);
  const title = first(m, 'title') ?? r.summary ?? r.content ?? undefined;
  if (!ident || !title) return undefined;
  const model = first(m, 'deadlineModel');
  const stamps = (m.deadlineDate ?? []).filter((x): x is string => typeof x === 'string');
  const kinds = kindsFor(model, stamps.length);
  const deadlines: Deadline[] = [];
  stamps.forEach((s, i) => {
    const d = euDeadline(s);
    if (d) {
      const label =
        kinds[i] === 'step-2'
          ? 'Stage 2'
          : kinds[i] === 'cut-off'
            ? `Cut-off ${i + 1}`
            : model === 'two-stage'
              ? 'Stage 1'
              : undefined;
      deadlines.push({ date: d.date, time: d.time, timeZone: ZONE, kind: kinds[i], ...(label ? { label } : {}) });
    }
  });
  const start = first(m, 'startDate');
  const startAt = start ? parseTimestamp(start) : undefined;
  const description = first(m, 'descriptionByte');
  const fp = first(m, 'frameworkProgramme');
  const themes = [
    ...new Set(
      [...listOf(m, 'keywords'), ...listOf(m, 'tags')].filter(
        (k) => k !== ident && !/^[A-Z0-9]+(-[A-Z0-9]+){2,}$/.test(k),
      ),
    ),
  ];
  const lang = (first(m, 'language') ?? r.language ?? 'en').toLowerCase();
  return finishCall(
    {
      id: `${id}:${ident}`,
      source: id,
      funder: 'European Commission',
      programme: (fp !== undefined ? FRAMEWORK_PROGRAMMES.get(fp) : undefined) ?? first(m, 'callTitle'),
      title: title.trim(),
      summary: clip(description ? htmlToText(description) : (r.content ?? title)),
      url: `https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/${encodeURIComponent(ident)}`,
      language: 'en',
      opens: startAt ? zonedParts(startAt, ZONE).date : undefined,
      deadlines,
      budget: budgetOf(m, ident),
      themes: themes.length ? themes.slice(0, 30) : undefined,
      fetchedAt,
    },
    { ...r, language: lang },
  );
}

/** Translations and thin legacy records share an identifier: the English, fuller record wins. */
function richness(r: Result): number {
  const m = r.metadata ?? {};
  const lang = (first(m, 'language') ?? r.language ?? '').toLowerCase();
  return (lang === 'en' ? 4 : 0) + (first(m, 'descriptionByte') ? 2 : 0) + (first(m, 'budgetOverview') ? 1 : 0);
}

function results(input: SourceInput): Result[] {
  const data = readJson(input, id) as { results?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(data.results)) {
    throw new InputError(`${id}: expected a search response with a "results" array`, { file: input.url }, 'results');
  }
  return data.results as Result[];
}

function build(inputs: readonly SourceInput[]): FundingCall[] {
  const best = new Map<string, { r: Result; at: string }>();
  for (const input of inputs) {
    for (const r of results(input)) {
      const ident = r.metadata ? identifierOf(r, r.metadata) : undefined;
      if (!ident) continue;
      const prev = best.get(ident);
      if (!prev || richness(r) > richness(prev.r)) best.set(ident, { r, at: input.fetchedAt });
    }
  }
  return dedupeById([...best.values()].map(({ r, at }) => resultToCall(r, at)).filter((c) => c !== undefined));
}

export const source: SourceDefinition = {
  id,
  name: 'EU Funding & Tenders (Erasmus+, CERV, ESC, LIFE, Creative Europe)',
  format: 'json',
  parse: (input) => build([input]),
  parseMany: build,
};
