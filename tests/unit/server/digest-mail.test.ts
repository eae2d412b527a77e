import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rank } from '../../../core/match/index.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { normaliseSnapshot } from '../../../core/store/snapshot.ts';
import { createTransport, digestMessage, teamDigest } from '../../../server/digest-mail.ts';
import { startSmtpSink } from './smtp-sink.ts';

const now = new Date('2026-11-30T07:00:00Z');
const snapshot = normaliseSnapshot(
  JSON.parse(readFileSync(new URL('../../../data/snapshot/calls.json', import.meta.url), 'utf8')),
  {},
  now,
);
const profile = getSeedProfile('karlskrona')!;

describe('the weekly digest e-mail through an SMTP relay', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink?.close();
  });

  it('arrives with the right matches, text and HTML, a valid calendar and one-click unsubscribe', async () => {
    // A watched call the feed no longer lists still counts (its stored copy).
    const ahead = (c: (typeof snapshot.calls)[number]) =>
      Math.min(...c.deadlines.map((d) => Date.parse(d.date)).filter((t) => t > now.getTime()));
    const soonest = [...snapshot.calls].filter((c) => Number.isFinite(ahead(c))).sort((a, b) => ahead(a) - ahead(b))[0];
    const gone = {
      ...soonest,
      id: 'vinnova:gone-from-feed',
      title: 'Bevakad men borttagen utlysning',
    };
    const digest = teamDigest({
      teamName: 'EU-gruppen',
      snapshot,
      profile,
      watched: [gone],
      since: new Date(now.getTime() - 7 * 86_400_000),
      now,
    });
    const subscriber = {
      id: 's1',
      email: 'anna@kommun.example',
      lang: 'sv' as const,
      unsubscribe: 'u'.repeat(32),
      createdAt: now.toISOString(),
    };
    const unsubscribeUrl = `http://127.0.0.1:4173/api/unsubscribe?t=${subscriber.unsubscribe}`;
    const transport = createTransport({ url: sink.url, from: 'Fundwatch <fundwatch@kommun.example>' });
    await transport.sendMail(
      digestMessage(digest, {
        teamName: 'EU-gruppen',
        subscriber,
        unsubscribeUrl,
        appUrl: 'http://127.0.0.1:4173/',
        now,
        from: 'Fundwatch <fundwatch@kommun.example>',
      }),
    );
    expect(sink.mails).toHaveLength(1);
    const mail = sink.mails[0];
    expect(mail.subject).toMatch(/^Fundwatch – EU-gruppen: /);
    const head = sink.raw[0].split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ');
    expect(head).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(head).toContain(`List-Unsubscribe: <${unsubscribeUrl}>`);

    // The strongest matches with deadlines ahead are in the text and the HTML, soonest first.
    const ranked = rank(snapshot.calls, profile, { now }).filter(
      (r) => r.match.band === 'strong' || r.match.band === 'relevant',
    );
    const next = digest.upcoming[0];
    expect(next).toBeDefined();
    expect(mail.text).toContain(next.call.title);
    expect(mail.html).toContain('Sista ansökningsdagar de närmaste veckorna');
    expect(mail.text).toContain('Bevakad men borttagen utlysning');
    expect(mail.text).toContain(unsubscribeUrl);
    for (const u of digest.upcoming) expect(ranked.some((r) => r.call.id === u.call.id) || u.watched).toBe(true);

    const ics = mail.attachments.find((a) => a.filename === 'fundwatch-deadlines.ics');
    expect(ics?.contentType).toBe('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')));
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.length).toBeGreaterThanOrEqual(digest.calendar.length);
    expect(events.some((e) => e.summary.includes('Bevakad men borttagen utlysning'))).toBe(true);
    for (const e of events) expect(e.startDate.toJSDate().getTime()).toBeGreaterThan(now.getTime() - 86_400_000);
  });

  it('keeps funder text inert in the HTML', async () => {
    const evil = {
      ...snapshot.calls[0],
      id: 'vinnova:evil',
      title: '<img src=x onerror=alert(1)>Utlysning',
      url: 'javascript:alert(1)',
    };
    const digest = teamDigest({
      teamName: '<b>T</b>',
      snapshot: { ...snapshot, calls: [evil] },
      profile,
      watched: [evil],
      since: now,
      now,
    });
    const msg = digestMessage(digest, {
      teamName: '<b>T</b>',
      subscriber: { id: 's', email: 'a@b.se', lang: 'sv', unsubscribe: 'x'.repeat(32), createdAt: '' },
      unsubscribeUrl: 'http://h/u',
      appUrl: 'http://h/',
      now,
      from: 'f@b.se',
    });
    expect(String(msg.html)).not.toContain('<img');
    expect(String(msg.html)).not.toContain('<b>T</b>');
    expect(String(msg.html)).not.toContain('javascript:');
  });
});
