import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildDigest, digestCalls } from '../../../core/digest/build.ts';
import { escapeHtml, renderHtml } from '../../../core/digest/html.ts';
import { callsToIcs, deadlineUid } from '../../../core/digest/ics.ts';
import { renderMarkdown } from '../../../core/digest/markdown.ts';
import { deadlineInstant } from '../../../core/model/deadline-time.ts';
import { hostileCall, PROFILE, twoFetches, WEEK, weeklyDigest } from './support.ts';

const { now, since } = WEEK;

describe('markdown and html digests', () => {
  const { two } = twoFetches();
  const calls = [...two.snapshot.calls, hostileCall()];
  const digest = buildDigest({ calls, profile: PROFILE, since, now, watched: ['vinnova:evil'] });

  it('renders every section in Swedish and English', () => {
    const sv = renderMarkdown(digest, 'sv');
    expect(sv).toContain('## Nya matchande utlysningar');
    expect(sv).toContain('## Sista ansökningsdagar de närmaste veckorna');
    expect(sv).toContain('## Bortfiltrerat');
    expect(renderMarkdown(digest, 'en')).toContain('## New matching calls');
  });

  it('html keeps every figure of points on one line, and the sum ends each match', () => {
    const html = renderHtml(digest, 'sv');
    expect(digest.newMatches.length).toBeGreaterThan(0);
    expect(html).toMatch(/Summa: [+−]\d+(,\d)?&nbsp;p/);
    expect(html).not.toMatch(/[+−]\d+(,\d)? p\b/);
    expect(html).toMatch(/ =&nbsp;\d+(,\d)?&nbsp;p</);
    expect(html).toContain('name="viewport"');
  });

  it('html escapes funder text and never emits a javascript: link', () => {
    const html = renderHtml(digest, 'sv');
    expect(html).not.toMatch(/<img|<script|<b>bold/);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;');
  });

  it('markdown escapes funder text so it cannot become a link or HTML', () => {
    const md = renderMarkdown(digest, 'sv');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain('\\[link\\](javascript:');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});

describe('callsToIcs', () => {
  const { two } = twoFetches();
  const calls = two.snapshot.calls.filter((c) => c.deadlines.length > 0);
  const ics = callsToIcs(calls, { now });
  const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = cal.getAllSubcomponents('vevent');

  it('is valid iCalendar that ical.js parses back, one event per deadline, CRLF line ends', () => {
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(calls.reduce((n, c) => n + c.deadlines.length, 0));
    expect(ics).toMatch(/\r\n/);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it('has stable, unique UIDs: call id + deadline kind (+ ordinal for several of one kind)', () => {
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('eu-ft:CERV-2027-CITIZENS-TOWN-TT-cut-off-1@fundwatch');
    expect(uids).toContain('eu-ft:CERV-2027-CITIZENS-TOWN-TT-cut-off-2@fundwatch');
    expect(uids).toContain('vinnova:2026-01201-application@fundwatch');
  });

  it('keeps the UID when a deadline moves, so a re-import updates the event', () => {
    const { one } = twoFetches();
    const before = one.snapshot.calls.find((c) => c.id === 'vinnova:2026-01201')!;
    const after = two.snapshot.calls.find((c) => c.id === 'vinnova:2026-01201')!;
    expect(before.deadlines[0].date).not.toBe(after.deadlines[0].date);
    expect(deadlineUid(before, before.deadlines[0])).toBe(deadlineUid(after, after.deadlines[0]));
  });

  it('puts timed deadlines at the right instant in UTC, from their own zone', () => {
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    const vinnova = byUid.get('vinnova:2026-01201-application@fundwatch')!;
    const start = vinnova.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.zone?.tzid).toBe('UTC');
    // 14:00 Stockholm in February is 13:00 UTC.
    expect(start.toJSDate().toISOString()).toBe('2027-02-25T13:00:00.000Z');
    const cerv = byUid.get('eu-ft:CERV-2027-CITIZENS-TOWN-TT-cut-off-1@fundwatch')!;
    // 17:00 Brussels in September (CEST) is 15:00 UTC.
    expect((cerv.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2026-09-30T15:00:00.000Z',
    );
    for (const c of calls) {
      for (const d of c.deadlines.filter((x) => x.time)) {
        const ev = byUid.get(deadlineUid(c, d))!;
        expect((ev.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(
          deadlineInstant(d).getTime(),
        );
      }
    }
  });

  it('makes a date-only deadline an all-day event on its date', () => {
    const icld = events.find((e) =>
      String(e.getFirstPropertyValue('uid')).startsWith('icld:icld-partnerships-spring-2027'),
    )!;
    const start = icld.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2027-03-15');
  });

  it('names each step from its kind in the reader language, never the funder wording of it', () => {
    const call = {
      ...calls[0],
      deadlines: [
        {
          date: '2027-02-03',
          time: '12:00',
          timeZone: 'Europe/Stockholm',
          kind: 'project-idea' as const,
          label: 'Deadline for the Project Idea Form klockan 12.00 och',
        },
        { date: '2027-05-20', timeZone: 'Europe/Brussels', kind: 'step-2' as const, label: 'Cut-off 2' },
      ],
    };
    const sv = new ICAL.Component(ICAL.parse(callsToIcs([call], { now, lang: 'sv' })) as unknown[]);
    const texts = sv
      .getAllSubcomponents('vevent')
      .map((e) => `${e.getFirstPropertyValue('summary')}\n${e.getFirstPropertyValue('description')}`);
    expect(texts[0]).toMatch(/^Projektidé: /);
    expect(texts[0]).toContain('Projektidé: 3 feb. 2027 kl. 12.00');
    expect(texts[1]).toMatch(/^Steg 2: /);
    for (const t of texts) expect(t).not.toMatch(/Deadline for|Cut-off|klockan 12\.00 och/);
    const en = new ICAL.Component(ICAL.parse(callsToIcs([call], { now, lang: 'en' })) as unknown[]);
    expect(String(en.getAllSubcomponents('vevent')[0].getFirstPropertyValue('summary'))).toMatch(/^Project idea: /);
  });

  it('adds a reminder a week before and never a javascript: URL', () => {
    const hostile = callsToIcs([hostileCall()], { now });
    expect(hostile).toContain('TRIGGER:-P7D');
    expect(hostile).not.toMatch(/URL:javascript/i);
  });

  it('the digest calendar holds the matched and watched calls', () => {
    const d = weeklyDigest(two, { watched: ['vinnova:2026-01355'] });
    const ids = digestCalls(d).map((c) => c.id);
    expect(ids).toContain('vinnova:2026-01355');
  });
});
