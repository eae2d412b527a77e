import { findFuzzyDate } from '../../dates/fuzzy.ts';
import { parseSchedule } from '../../dates/schedule.ts';
import type { FundingCall } from '../../model/call.ts';
import { finishCall } from '../../sources/lib/call.ts';
import { absoluteUrl, blockText, layoutError, readHtml } from '../../sources/lib/html.ts';
import { clip, slugify } from '../../sources/lib/ids.ts';
import type { Programme } from '../../sources/lib/interreg.ts';
import type { SourceDefinition, SourceInput } from '../../sources/types.ts';
import { programmeOf } from '../site.ts';
import site from './site.json' with { type: 'json' };

/** Interreg Central Baltic: one row per call in the call calendar table (launch, deadline, funds in mEUR). */
export const id: string = site.id;

/** Funder, programme area, zone and countries come from the funder's one definition (site.json). */
export const PROGRAMME: Programme = programmeOf(site);

function columnIndex(headers: string[], re: RegExp): number {
  return headers.findIndex((h) => re.test(h));
}

function parse(input: SourceInput): FundingCall[] {
  const root = readHtml(input, id);
  const table = root
    .querySelectorAll('table')
    .find((t) => /launch|opening|deadline/i.test(t.querySelector('tr')?.textContent ?? ''));
  if (!table) throw layoutError(input, id, 'no call calendar table with Launch/Deadline columns');
  const headers = table
    .querySelectorAll('tr')[0]
    .querySelectorAll('th, td')
    .map((c) => c.textContent.trim());
  const col = {
    name: Math.max(0, columnIndex(headers, /call/i)),
    launch: columnIndex(headers, /launch|opening|opens/i),
    deadline: columnIndex(headers, /deadline|closing|closes/i),
    funds: columnIndex(headers, /fund|budget|meur/i),
  };
  if (col.deadline < 0) throw layoutError(input, id, 'call calendar has no deadline column');
  const meur = /meur/i.test(headers[col.funds] ?? '');
  const intro = root.querySelector('.entry-content p')?.textContent ?? '';
  const calls: FundingCall[] = [];
  for (const row of table.querySelectorAll('tr').slice(1)) {
    const cells = row.querySelectorAll('td');
    if (cells.length < 2) continue;
    const name = cells[col.name].textContent.replace(/\s+/g, ' ').trim();
    const launch = col.launch >= 0 ? blockText(cells[col.launch]) : '';
    const deadlineText = blockText(cells[col.deadline]);
    const fundsText = col.funds >= 0 ? (cells[col.funds]?.textContent.trim() ?? '') : '';
    const launchSched = parseSchedule(launch, { defaultZone: PROGRAMME.zone });
    const sched = parseSchedule(deadlineText.replace(/^(Step \d):/gim, '$1 deadline:'), {
      defaultZone: PROGRAMME.zone,
    });
    const fuzzy = sched.deadlines.length === 0 ? (findFuzzyDate(launch) ?? findFuzzyDate(deadlineText)) : undefined;
    const amount = Number(fundsText.replace(/\s/g, '').replace(',', '.'));
    const href = cells[col.name].querySelector('a')?.getAttribute('href');
    const title = `Central Baltic ${name}`;
    calls.push(
      finishCall(
        {
          id: `${id}:${slugify(name.replace(/[–-].*$/, '').trim() || name)}`,
          source: id,
          funder: PROGRAMME.funder,
          programme: `${PROGRAMME.funder} 2021–2027`,
          programmeArea: PROGRAMME.area,
          title,
          summary: clip(`${name}. Launch: ${launch}. Deadline: ${deadlineText.replace(/\n/g, '; ')}. ${intro}`),
          url: href ? absoluteUrl(href, input.url) : input.url,
          language: 'en',
          opens: launchSched.deadlines[0]?.date,
          fuzzyDate: fuzzy ? `${launch} – ${deadlineText}`.trim() : undefined,
          deadlines: sched.deadlines,
          budget:
            fundsText && Number.isFinite(amount) && amount > 0
              ? {
                  amount: Math.round(amount * (meur ? 1e6 : 1)),
                  currency: 'EUR',
                  text: `${fundsText}${meur ? ' mEUR' : ''}`,
                }
              : undefined,
          eligibleCountries: PROGRAMME.countries,
          fetchedAt: input.fetchedAt,
        },
        { name, launch, deadlineText, fundsText },
      ),
    );
  }
  return calls;
}

export const source: SourceDefinition = { id, name: PROGRAMME.funder, format: 'html', parse };
