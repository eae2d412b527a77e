import { parseSchedule, type ScheduleOptions } from '../../dates/schedule.ts';
import type { FundingCall } from '../../model/call.ts';
import { guessLanguage } from '../../text/language.ts';
import type { SourceInput } from '../types.ts';
import { parseBudget } from './budget.ts';
import { finishCall, isWithdrawnText } from './call.ts';
import type { FeedItem } from './feed.ts';
import { clip, urlSlug } from './ids.ts';

/** Programme area ids of core/data/programme-areas.json (eligibility by län); a test checks they exist there. */
export type ProgrammeArea =
  | 'interreg-baltic-sea-region'
  | 'interreg-south-baltic'
  | 'interreg-central-baltic'
  | 'interreg-aurora'
  | 'interreg-north-sea'
  | 'interreg-oks'
  | 'interreg-sweden-norway'
  | 'interreg-npa'
  | 'interreg-europe';

export interface Programme {
  sourceId: string;
  area: ProgrammeArea;
  /** Funder as users know it, e.g. "Interreg South Baltic". */
  funder: string;
  zone: string;
  countries: string[];
}

/** Specific objectives and priorities as the programmes write them ("SO 1.2 Responsive public services"). */
export function programmeThemes(text: string): string[] {
  const out = new Set<string>();
  const re =
    /\b(?:SO|Specific objective|Priority|Prioritet|Insatsområde|P)\s*(\d(?:\.\d)?)\s*[:–-]?\s*([A-ZÅÄÖ][\w\s,-]{3,60}?)(?=[.;,\n(]|\s-\s|\s–\s| SO | P\d|$)/g;
  for (const m of text.matchAll(re)) out.add(`${m[1]} ${m[2].trim().replace(/\s+(or|and|och|eller)$/i, '')}`);
  return [...out].slice(0, 12);
}

const FEED_CALL = /\bcalls?\b|funding|apply|utlysning|ansökningsomgång|ansök/i;
const FEED_NOT_CALL = /project stories?|seminar|webinar|event|conference|newsletter|results of|approved projects/i;

export function isCallItem(item: FeedItem): boolean {
  const title = item.title ?? '';
  return FEED_CALL.test(title) && !FEED_NOT_CALL.test(title);
}

/** A call from a block of text (a call page section, a feed item, a calendar row). */
export function interregCall(
  p: Programme,
  input: SourceInput,
  fields: {
    idSuffix: string;
    title: string;
    text: string;
    url?: string;
    dateText?: string;
    budgetText?: string;
    schedule?: Partial<ScheduleOptions>;
    raw?: unknown;
  },
): FundingCall {
  const sched = parseSchedule(fields.dateText ?? fields.text, { defaultZone: p.zone, ...fields.schedule });
  const themes = programmeThemes(fields.text);
  return finishCall(
    {
      id: `${p.sourceId}:${fields.idSuffix}`,
      source: p.sourceId,
      funder: p.funder,
      programme: `${p.funder} 2021–2027`,
      programmeArea: p.area,
      title: fields.title.replace(/\s+/g, ' ').trim(),
      summary: clip(fields.text),
      url: fields.url ?? input.url,
      language: guessLanguage(`${fields.title} ${fields.text}`),
      opens: sched.opens,
      fuzzyDate: sched.fuzzyDate,
      deadlines: sched.deadlines,
      budget: parseBudget(fields.budgetText ?? fields.text, 'EUR'),
      eligibleCountries: p.countries,
      themes: themes.length ? themes : undefined,
      fetchedAt: input.fetchedAt,
    },
    fields.raw ?? { title: fields.title, text: fields.text, dateText: fields.dateText },
  );
}

/** Feed items that announce calls, as calls (used when no call page was fetched for them). */
export function feedCalls(p: Programme, input: SourceInput, items: readonly FeedItem[]): FundingCall[] {
  return items
    .filter((item) => isCallItem(item) && !isWithdrawnText(item.contentSnippet ?? ''))
    .map((item) => {
      const year = item.isoDate ? new Date(item.isoDate).getUTCFullYear() : undefined;
      return interregCall(p, input, {
        idSuffix: urlSlug(item.link || input.url),
        title: item.title ?? '',
        text: item.contentSnippet ?? '',
        url: item.link || input.url,
        schedule: year ? { defaultYear: year } : {},
        raw: { title: item.title, link: item.link, text: item.contentSnippet },
      });
    });
}

/** Links inside a feed item's HTML. */
export function itemLinks(item: FeedItem): string[] {
  return [...(item.content ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
}
