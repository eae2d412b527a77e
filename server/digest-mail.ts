import nodemailer, { type SendMailOptions } from 'nodemailer';
import { buildDigest, callsToIcs, type Digest, digestCalls, renderHtml, renderMarkdown } from '../core/digest/index.ts';
import type { FundingCall } from '../core/model/call.ts';
import type { Profile } from '../core/model/profile.ts';
import type { Snapshot } from '../core/store/snapshot.ts';
import type { MailSettings } from './mail-config.ts';
import type { Subscriber } from './teams.ts';

export interface TeamDigestInput {
  teamName: string;
  snapshot: Snapshot;
  profile: Profile;
  /** The team's watched calls (their stored copies: a call gone from the feed is still named). */
  watched: readonly FundingCall[];
  since: Date;
  now: Date;
}

/** The team's digest: the feed plus watched calls the feed no longer lists, scored with the team's profile. */
export function teamDigest(input: TeamDigestInput): Digest {
  const inFeed = new Set(input.snapshot.calls.map((c) => c.id));
  const calls = [...input.snapshot.calls, ...input.watched.filter((c) => !inFeed.has(c.id))];
  return buildDigest({
    calls,
    snapshot: input.snapshot,
    profile: input.profile,
    since: input.since,
    now: input.now,
    watched: input.watched.map((c) => c.id),
  });
}

export function digestSubject(d: Digest, teamName: string, lang: 'sv' | 'en'): string {
  const n = d.newMatches.length;
  const moved = d.changedDeadlines.length;
  const next = d.upcoming[0];
  const parts =
    lang === 'sv'
      ? [
          n ? `${n} nya matchande` : 'inga nya utlysningar',
          ...(moved ? [`${moved} flyttade sista ansökningsdagar`] : []),
        ]
      : [n ? `${n} new matching` : 'no new calls', ...(moved ? [`${moved} moved deadlines`] : [])];
  const soon = next
    ? lang === 'sv'
      ? ` · nästa deadline om ${next.daysLeft} d`
      : ` · next deadline in ${next.daysLeft} d`
    : '';
  return `Fundwatch – ${teamName}: ${parts.join(', ')}${soon}`;
}

const escapeHtml = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One member's e-mail: HTML and plain text of the same digest, the calendar attached, one-click unsubscribe. */
export function digestMessage(
  d: Digest,
  opts: { teamName: string; subscriber: Subscriber; unsubscribeUrl: string; appUrl: string; now: Date; from: string },
): SendMailOptions {
  const lang = opts.subscriber.lang;
  const foot =
    lang === 'sv'
      ? {
          open: 'Öppna Fundwatch',
          stop: 'Avsluta prenumerationen',
          why: `Du får detta som medlem i teamet ${opts.teamName}.`,
        }
      : {
          open: 'Open Fundwatch',
          stop: 'Unsubscribe',
          why: `You receive this as a member of the team ${opts.teamName}.`,
        };
  const html = renderHtml(d, lang).replace(
    '</body>',
    `<hr><p style="color:#555;font-size:90%">${escapeHtml(foot.why)} <a href="${escapeHtml(opts.appUrl)}">${escapeHtml(foot.open)}</a> · <a href="${escapeHtml(opts.unsubscribeUrl)}">${escapeHtml(foot.stop)}</a></p></body>`,
  );
  const text = `${renderMarkdown(d, lang)}\n--\n${foot.why}\n${foot.open}: ${opts.appUrl}\n${foot.stop}: ${opts.unsubscribeUrl}\n`;
  const ics = callsToIcs(digestCalls(d), { now: opts.now, lang, from: opts.now, name: `Fundwatch – ${opts.teamName}` });
  return {
    from: opts.from,
    to: opts.subscriber.email,
    subject: digestSubject(d, opts.teamName, lang),
    text,
    html,
    attachments: [
      {
        filename: 'fundwatch-deadlines.ics',
        content: ics,
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
    list: { unsubscribe: opts.unsubscribeUrl },
    // RFC 8058: mail clients may unsubscribe with one POST, without opening a page.
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'Auto-Submitted': 'auto-generated' },
  };
}

export function createTransport(settings: MailSettings) {
  return nodemailer.createTransport(settings.url);
}
