import ICAL from 'ical.js';
import type { FundingCall } from '../../model/call.ts';
import { InputError } from '../../model/errors.ts';
import { parseBudget } from '../../sources/lib/budget.ts';
import { finishCall } from '../../sources/lib/call.ts';
import { clip, slugify } from '../../sources/lib/ids.ts';
import { checkBody } from '../../sources/lib/input.ts';
import type { ProgrammeArea } from '../../sources/lib/interreg.ts';
import { programmeThemes } from '../../sources/lib/interreg.ts';
import type { SourceDefinition, SourceInput } from '../../sources/types.ts';
import { guessLanguage } from '../../text/language.ts';
import site from './site.json' with { type: 'json' };

/**
 * interreg.no: Norway's calendar of every Interreg programme it takes part in (iCal; DTSTART = opening,
 * DTEND = deadline, Europe/Oslo). A discovery source: its dates are editorial, so the store prefers a
 * programme's own page when both describe the same call.
 */
export const id: string = site.id;

/** Summary prefixes → programme area and name. */
const PROGRAMMES: [RegExp, ProgrammeArea, string][] = [
  [/^(?:interreg\s+)?(?:sverige-norge|sweden-norway)\b/i, 'interreg-sweden-norway', 'Interreg Sverige-Norge'],
  [/^(?:interreg\s+)?(?:øks|öks|oks|öresund|øresund)/i, 'interreg-oks', 'Interreg Öresund-Kattegat-Skagerrak'],
  [/^(?:interreg\s+)?aurora\b/i, 'interreg-aurora', 'Interreg Aurora'],
  [/^(?:interreg\s+)?(?:nordsjø|nordsjo|north sea)/i, 'interreg-north-sea', 'Interreg North Sea'],
  [
    /^(?:interreg\s+)?(?:østersjø|ostersjo|baltic sea|bsr)/i,
    'interreg-baltic-sea-region',
    'Interreg Baltic Sea Region',
  ],
  [/^(?:interreg\s+)?(?:npa|northern periphery)/i, 'interreg-npa', 'Interreg Northern Periphery and Arctic'],
  [/^(?:interreg\s+)?europe\b/i, 'interreg-europe', 'Interreg Europe'],
];
const CALL_WORDS = /utlysning|utlysnig|call|ansökningsomgång|søknad|søknadsfrist|ansøgning/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** A DTSTART/DTEND as local date, time and IANA zone (TZID, or UTC for "Z" times). */
function localParts(prop: ICAL.Property | null): { date: string; time?: string; zone: string } | undefined {
  if (!prop) return undefined;
  const t = prop.getFirstValue() as ICAL.Time | null;
  if (!t || typeof t !== 'object' || !('year' in t)) return undefined;
  const tzid = prop.getParameter('tzid');
  const zone = typeof tzid === 'string' ? tzid : t.zone?.tzid === 'UTC' ? 'UTC' : 'Europe/Oslo';
  return {
    date: `${t.year}-${pad(t.month)}-${pad(t.day)}`,
    ...(t.isDate ? {} : { time: `${pad(t.hour)}:${pad(t.minute)}` }),
    zone,
  };
}

function parse(input: SourceInput): FundingCall[] {
  checkBody(input, id);
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(input.body) as unknown[]);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    throw new InputError(`${id}: malformed iCalendar (${msg})`, { file: input.url });
  }
  if (root.name !== 'vcalendar') throw new InputError(`${id}: not a VCALENDAR`, { file: input.url });
  const calls: FundingCall[] = [];
  for (const ev of root.getAllSubcomponents('vevent')) {
    const summary = String(ev.getFirstPropertyValue('summary') ?? '').trim();
    const description = String(ev.getFirstPropertyValue('description') ?? '').trim();
    if (!summary || !CALL_WORDS.test(`${summary} ${description.slice(0, 200)}`)) continue;
    const programme = PROGRAMMES.find(([re]) => re.test(summary));
    const start = localParts(ev.getFirstProperty('dtstart'));
    const end = localParts(ev.getFirstProperty('dtend'));
    const uid = String(ev.getFirstPropertyValue('uid') ?? '');
    // The Events Calendar's UID is "<post id>-<start>-<end>@host": the post id survives a date change.
    const key = /^(\d+)-/.exec(uid)?.[1] ?? slugify(summary);
    const url = String(ev.getFirstPropertyValue('url') ?? 'https://interreg.no/kalender/');
    const text = description.replace(/\n{2,}/g, '\n');
    calls.push(
      finishCall(
        {
          id: `${id}:${key}`,
          source: id,
          funder: programme?.[2] ?? 'Interreg',
          programme: programme ? `${programme[2]} 2021–2027` : undefined,
          programmeArea: programme?.[1],
          title: summary,
          summary: clip(text),
          url,
          language: guessLanguage(`${summary} ${text}`),
          opens: start?.date,
          deadlines: end
            ? [
                {
                  date: end.date,
                  ...(end.time ? { time: end.time } : {}),
                  timeZone: end.zone,
                  kind: 'application',
                  label: 'interreg.no',
                },
              ]
            : [],
          budget: parseBudget(text, 'EUR'),
          themes: programmeThemes(text).length ? programmeThemes(text) : undefined,
          fetchedAt: input.fetchedAt,
        },
        { uid, summary, description, start, end },
      ),
    );
  }
  return calls;
}

export const source: SourceDefinition = { id, name: 'interreg.no (kalender)', format: 'ics', parse };
