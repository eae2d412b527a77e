import { findDates } from '../../dates/find-dates.ts';
import { findFuzzyDate } from '../../dates/fuzzy.ts';
import { parseSchedule } from '../../dates/schedule.ts';
import type { FundingCall } from '../../model/call.ts';
import type { SourceDefinition, SourceInput } from '../types.ts';
import { dedupeById, dedupeSameDeadlines, isWithdrawnText } from './call.ts';
import { blockText, type HTMLElement, layoutError, readHtml } from './html.ts';
import { slugify, urlSlug } from './ids.ts';
import { interregCall, type Programme } from './interreg.ts';

export interface CallPageOptions {
  /** Where the article body is, most specific first. */
  contentSelectors: string[];
  /** Headings that introduce a call (default: any h2/h3 with call words or dates below it). */
  callHeading?: RegExp;
}

const PAGE_DATE =
  /(?:published|publicerad|publiserad|updated|uppdaterad|date)[:\s]*(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+\w+\s+\d{4})/i;
const CALL_WORDS = /call|utlysning|ansökningsomgång|ansökan|applications?|project idea|förprojekt|expression/i;
const SKIP_HEADING = /files to download|documents|contact|kontakt|related|relaterade|share|dela/i;

/** The page's own date (a news item's publication date), for yearless dates in its text. */
export function pageDate(root: HTMLElement, text: string): string | undefined {
  const time = root.querySelector('time[datetime]')?.getAttribute('datetime');
  if (time && /^\d{4}-\d{2}-\d{2}/.test(time)) return time.slice(0, 10);
  const m = PAGE_DATE.exec(text);
  if (!m) return undefined;
  return findDates(m[1])[0]?.date ?? (/^\d{4}-\d{2}-\d{2}$/.test(m[1]) ? m[1] : undefined);
}

function findContent(root: HTMLElement, selectors: string[]): { el: HTMLElement; primary: boolean } | undefined {
  for (const [i, sel] of selectors.entries()) {
    const el = root.querySelector(sel);
    if (el) return { el, primary: i === 0 };
  }
  return undefined;
}

/** Sections of the content: each h2/h3 with the blocks after it, flattened out of wrapper divs. */
function sections(content: HTMLElement): { heading: string; text: string }[] {
  const blocks = content.querySelectorAll('h2, h3, p, ul, ol, table, dl');
  // Sub-headings (h3 under h2, e.g. "Deadlines for applying") stay inside their call's section.
  const level = blocks.some((b) => b.tagName === 'H2') ? 'H2' : 'H3';
  const out: { heading: string; parts: string[] }[] = [];
  let current: { heading: string; parts: string[] } | undefined;
  for (const el of blocks) {
    if (el.tagName === 'H3' && level === 'H2' && current) {
      current.parts.push(el.textContent.trim());
    } else if (el.tagName === level) {
      current = { heading: el.textContent.replace(/\s+/g, ' ').trim(), parts: [] };
      out.push(current);
    } else if (!el.parentNode || !['LI', 'TD', 'DD'].includes((el.parentNode as HTMLElement).tagName ?? '')) {
      if (!current) {
        current = { heading: '', parts: [] };
        out.push(current);
      }
      current.parts.push(blockText(el));
    }
  }
  return out.map((s) => ({ heading: s.heading, text: s.parts.join('\n') }));
}

/**
 * A programme's call page (or news item): one call per section whose heading or text speaks of a call and
 * that gives dates or a fuzzy forthcoming time. Yearless dates take the page's year (and roll forward when
 * they would fall long before the page was written).
 */
export function parseCallPage(input: SourceInput, p: Programme, opts: CallPageOptions): FundingCall[] {
  const root = readHtml(input, p.sourceId);
  const found = findContent(root, opts.contentSelectors);
  if (!found) throw layoutError(input, p.sourceId, `none of ${opts.contentSelectors.join(', ')} found`);
  const content = found.el;
  const title = (root.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const all = blockText(content);
  const published = pageDate(root, all);
  const ref = published ?? input.fetchedAt.slice(0, 10);
  const calls: FundingCall[] = [];
  const secs = sections(content);
  for (const s of secs) {
    if (SKIP_HEADING.test(s.heading)) continue;
    if (opts.callHeading && s.heading && !opts.callHeading.test(s.heading)) continue;
    const text = s.text;
    if (!CALL_WORDS.test(`${s.heading} ${text}`)) continue;
    if (isWithdrawnText(text)) continue;
    const firstYear = findDates(text)
      .find((d) => !d.yearInferred)
      ?.date.slice(0, 4);
    const schedOpts = { defaultYear: Number(firstYear ?? ref.slice(0, 4)), referenceDate: ref };
    const sched = parseSchedule(text, { defaultZone: p.zone, ...schedOpts });
    if (sched.deadlines.length === 0 && !findFuzzyDate(text)) continue;
    const heading = s.heading || title;
    const call = interregCall(p, input, {
      idSuffix: s.heading ? `${urlSlug(input.url)}--${slugify(s.heading)}` : urlSlug(input.url),
      title: /interreg/i.test(heading) ? heading : `${p.funder}: ${heading}`,
      text,
      schedule: schedOpts,
      raw: { url: input.url, heading: s.heading, text },
    });
    // A news item cannot announce a deadline that passed before it was published: such dates report the last round.
    const upcoming = published ? call.deadlines.filter((d) => d.date >= published) : call.deadlines;
    calls.push(
      upcoming.length > 0 && upcoming.length < call.deadlines.length ? { ...call, deadlines: upcoming } : call,
    );
  }
  // The site's own content block gone and nothing found in the fallback: a changed layout, not "no calls".
  if (!found.primary && calls.length === 0) {
    throw layoutError(input, p.sourceId, `${opts.contentSelectors[0]} not found and no calls in the page`);
  }
  return calls;
}

/** Several pages of one programme may describe the same call (call page and news item): keep one. */
export function mergePages(calls: FundingCall[]): FundingCall[] {
  return dedupeSameDeadlines(dedupeById(calls));
}

/** A source whose calls are sections of the programme's own call pages: all it needs is where the article is. */
export function callPageSource(p: Programme, contentSelectors: string[]): SourceDefinition {
  const parse = (input: SourceInput) => parseCallPage(input, p, { contentSelectors });
  return {
    id: p.sourceId,
    name: p.funder,
    format: 'html',
    parse,
    parseMany: (inputs) => mergePages(inputs.flatMap(parse)),
  };
}
