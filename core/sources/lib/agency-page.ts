import { findFuzzyDate } from '../../dates/fuzzy.ts';
import { parseSchedule, type Schedule } from '../../dates/schedule.ts';
import type { FundingCall } from '../../model/call.ts';
import { deadlineInstant } from '../../model/deadline-time.ts';
import { approximateText, nextOccurrence, RECURRING_WINDOWS } from '../recurring.ts';
import type { SourceInput } from '../types.ts';
import { parseBudget } from './budget.ts';
import { finishCall, isWithdrawnText } from './call.ts';
import { blockText, type HTMLElement, layoutError, readHtml } from './html.ts';
import { clip, slugify, urlSlug } from './ids.ts';
import { fetchedDate } from './input.ts';

/** Headings of the part of a grant page that gives its application window. */
const DATE_HEADING =
  /ansökningstid|ansökningsomgång|ansökningsperiod|viktiga datum|sista ansökningsdag|budgetansökan|när kan/i;
const CLOSED_PHRASE =
  /går inte att söka just nu|går inte längre att söka|ansökningstiden har löpt ut|är nu stängd|ansökan är stängd/i;

export interface AgencyOptions {
  sourceId: string;
  funder: string;
  programme: string;
  applicantTypes?: string[];
}

function pageYear(text: string, fetchedAt: Date): number {
  const published = /(?:publicerad|uppdaterad|senast uppdaterad)[:\s]+(\d{4})-\d{2}-\d{2}/i.exec(text);
  return published ? Number(published[1]) : fetchedAt.getUTCFullYear();
}

/** The date sections (heading + following siblings up to the next heading) of an article. */
function dateSections(article: HTMLElement): { heading: string; nodes: HTMLElement[] }[] {
  const flat = article.querySelectorAll('h2, h3, p, ul, ol, div.field--name-field-ingress, div.preamble');
  const out: { heading: string; nodes: HTMLElement[] }[] = [];
  let current: { heading: string; nodes: HTMLElement[] } | undefined;
  for (const el of flat) {
    if (el.tagName === 'H2' || el.tagName === 'H3') {
      current = DATE_HEADING.test(el.textContent) ? { heading: el.textContent.trim(), nodes: [] } : undefined;
      if (current) out.push(current);
    } else if (current && !current.nodes.some((n) => n.querySelectorAll('*').includes(el))) current.nodes.push(el);
  }
  return out;
}

function intro(article: HTMLElement): string {
  const lead = article.querySelector('.preamble, .field--name-field-ingress, .ingress, .lead');
  if (lead) return blockText(lead);
  return article.querySelectorAll('p').slice(0, 2).map(blockText).join(' ');
}

/**
 * A grant page of a national agency (UHR, MUCF): one call per page, or one per list item when the page lists
 * several actions with their own dates. When every date on the page has passed, the next round comes from the
 * recurring windows (data), or the page's own fuzzy "next round" wording, so a forthcoming round shows early.
 */
export function parseAgencyPage(input: SourceInput, opts: AgencyOptions): FundingCall[] {
  const root = readHtml(input, opts.sourceId);
  const article = root.querySelector('main article') ?? root.querySelector('article') ?? root.querySelector('main');
  const h1 = article?.querySelector('h1') ?? root.querySelector('h1');
  if (!article || !h1) throw layoutError(input, opts.sourceId, 'no article with a <h1> title');
  const title = h1.textContent.replace(/\s+/g, ' ').trim();
  if (isWithdrawnText(blockText(article))) return [];
  const now = fetchedDate(input);
  const whole = blockText(article);
  const year = pageYear(whole, now);
  const pageSlug = urlSlug(input.url);
  const summary = intro(article);
  const sections = dateSections(article);
  const base = {
    source: opts.sourceId,
    funder: opts.funder,
    programme: opts.programme,
    url: input.url,
    language: 'sv' as const,
    eligibleCountries: ['Sweden'],
    ...(opts.applicantTypes ? { applicantTypes: opts.applicantTypes } : {}),
    fetchedAt: input.fetchedAt,
  };
  const schedOpts = { defaultZone: 'Europe/Brussels', defaultYear: year };

  const items = sections.flatMap((s) => s.nodes.flatMap((n) => n.querySelectorAll('li')));
  const datedItems = items.filter((li) => parseSchedule(blockText(li), schedOpts).deadlines.length > 0);
  if (datedItems.length > 1) {
    return datedItems.map((li) => {
      const text = blockText(li).replace(/\n/g, ' ');
      const name = (li.querySelector('strong, b')?.textContent ?? text.split(/[:.]/)[0]).trim();
      const schedule = parseSchedule(text, schedOpts);
      return finishCall(
        {
          ...base,
          id: `${opts.sourceId}:${pageSlug}--${slugify(name)}`,
          title: `${title}: ${name}`,
          summary: clip(`${text} ${summary}`),
          deadlines: schedule.deadlines,
          opens: schedule.opens,
          budget: parseBudget(text, 'EUR'),
        },
        { page: input.url, text },
      );
    });
  }

  const dateText = sections.map((s) => s.nodes.map(blockText).join('\n')).join('\n') || whole;
  let schedule: Schedule = parseSchedule(dateText, schedOpts);
  const closedNow = CLOSED_PHRASE.test(dateText);
  const allPast = schedule.deadlines.every((d) => deadlineInstant(d).getTime() < now.getTime());
  if (allPast && (closedNow || schedule.deadlines.length > 0))
    schedule = nextRound(schedule, dateText, pageSlug, opts.sourceId, now);
  return [
    finishCall(
      {
        ...base,
        id: `${opts.sourceId}:${pageSlug}`,
        title,
        summary: clip(summary || whole),
        opens: schedule.opens,
        fuzzyDate: schedule.fuzzyDate,
        deadlines: schedule.deadlines,
        budget: parseBudget(whole, 'SEK'),
      },
      { page: input.url, dateText, summary },
    ),
  ];
}

/** Past round on the page: keep it only if nothing better is known about the next one. */
function nextRound(past: Schedule, dateText: string, pageSlug: string, sourceId: string, now: Date): Schedule {
  const fuzzy = findFuzzyDate(dateText);
  if (fuzzy && fuzzy.to >= now.toISOString().slice(0, 7)) return { deadlines: [], fuzzyDate: fuzzy.text };
  const key = pageSlug.replace(/-\d+$/, '');
  const windows = RECURRING_WINDOWS.filter((w) => w.source === sourceId && w.pageKey === key);
  const next = windows.map((w) => nextOccurrence(w, now)).sort((a, b) => (a.closes < b.closes ? -1 : 1))[0];
  if (!next) return past;
  if (next.precision === 'approximate') return { deadlines: [], fuzzyDate: approximateText(next) };
  const w = next.window;
  return {
    opens: next.opens,
    deadlines: [
      {
        date: next.closes,
        ...(w.time ? { time: w.time } : {}),
        timeZone: w.timeZone,
        kind: w.kind,
        label: 'Återkommande omgång',
      },
    ],
  };
}
