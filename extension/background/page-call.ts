import { parseSchedule } from '../../core/dates/schedule.ts';
import { pageCallId } from '../../core/exchange/call-id.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { hashRecord } from '../../core/model/hash.ts';
import { deadlineToShow, deriveStatus } from '../../core/model/status.ts';
import { guessLanguage } from '../../core/text/language.ts';
import type { PageItem } from '../messages.ts';
import { areaFromText, hostInfo } from './funder-hosts.ts';

/**
 * A call read off a funder's page, in the shared model so the engine scores it like any other.
 * The id is stable per URL (or title when the item links nowhere), so saving it twice keeps one entry.
 */
export function pageItemToCall(item: PageItem, pageUrl: string, now: Date): FundingCall {
  let host = '';
  try {
    host = new URL(item.url || pageUrl).hostname;
  } catch {
    host = '';
  }
  const info = hostInfo(host);
  // The page's and the list's headings only frame the item: they may name the programme (eligibility),
  // never add words to score.
  const area = info?.programmeArea
    ? undefined
    : (areaFromText(`${item.title} ${item.text}`) ?? (item.context ? areaFromText(item.context) : undefined));
  // A listing's yearless date ("15 September – 15 October", a yearly window) is its next occurrence: the
  // reference date sits 60 days ahead because the date reader keeps dates up to 60 days before it.
  const schedule = parseSchedule(item.text, {
    defaultZone: info?.zone ?? 'Europe/Stockholm',
    defaultYear: now.getUTCFullYear(),
    referenceDate: new Date(now.getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
  });
  const key = item.url && item.url !== pageUrl ? item.url : `${pageUrl}#${item.title}`;
  const call: FundingCall = {
    id: pageCallId(key),
    source: 'page',
    funder: info?.funder === 'Interreg' && area ? area.name : (info?.funder ?? host),
    programme: info?.programme ?? area?.name,
    programmeArea: info?.programmeArea ?? area?.id,
    title: item.title,
    summary: item.text,
    url: item.url || pageUrl,
    language: guessLanguage(`${item.title} ${item.text}`),
    opens: schedule.opens,
    fuzzyDate: schedule.fuzzyDate,
    deadlines: schedule.deadlines,
    fetchedAt: now.toISOString(),
  };
  call.contentHash = hashRecord({ title: call.title, summary: call.summary, deadlines: call.deadlines });
  call.status = deriveStatus(call, now);
  return call;
}

/** The deadline to show: the next one ahead, else the last one that passed. */
export function shownDeadline(call: FundingCall, now: Date): string | undefined {
  const next = deadlineToShow(call, now);
  if (!next) return call.fuzzyDate;
  return next.time ? `${next.date} ${next.time} (${next.timeZone})` : next.date;
}
