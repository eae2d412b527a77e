import type { Transporter } from 'nodemailer';
import type { Digest } from '../core/digest/index.ts';
import type { CallsStore } from './calls.ts';
import { createTransport, digestMessage, digestSubject, teamDigest } from './digest-mail.ts';
import type { Logger } from './log.ts';
import type { MailSettings } from './mail-config.ts';
import type { PushSender } from './push.ts';
import type { SyncStore } from './sync-store.ts';
import type { TeamCore } from './team-core.ts';
import type { TeamRegistry } from './teams.ts';
import { DigestState, digestDue } from './weekly.ts';

export interface SendResult {
  emails: number;
  pushes: number;
  failed: number;
  /** Why nothing was sent, when nothing was. */
  skipped?: 'no-team-core' | 'no-profile' | 'no-recipients';
}

export interface DigestServiceOptions {
  dataDir: string;
  teams: TeamRegistry;
  store: SyncStore;
  calls: CallsStore;
  log: Logger;
  mail?: MailSettings;
  push?: PushSender;
  core?: TeamCore;
  when: { weekday: number; hour: number; timeZone: string };
}

/** The weekly digest per team: its profile and watchlist from the team document, by e-mail and push. */
export class DigestService {
  private readonly state: DigestState;
  private transport: Transporter | undefined;

  constructor(private readonly opts: DigestServiceOptions) {
    this.state = new DigestState(opts.dataDir);
    if (opts.mail) this.transport = createTransport(opts.mail);
  }

  get mailEnabled(): boolean {
    return Boolean(this.transport);
  }

  /** Builds the team's digest now; undefined (with the reason) when the team has no profile yet. */
  async build(team: string, now: Date): Promise<{ digest?: Digest; skipped?: SendResult['skipped'] }> {
    const { core } = this.opts;
    if (!core) return { skipped: 'no-team-core' };
    const doc = await this.opts.store.read(team);
    try {
      const profile = core.readTeamProfile(doc);
      if (!profile) return { skipped: 'no-profile' };
      const watched = core
        .readTeamWatchlist(doc, now)
        .filter((e) => !e.archived)
        .map((e) => e.call);
      const since = this.state.lastSent(team) ?? new Date(now.getTime() - 7 * 86_400_000);
      const record = this.opts.teams.get(team);
      const digest = teamDigest({
        teamName: record?.name ?? team,
        snapshot: this.opts.calls.current(),
        profile,
        watched,
        since,
        now,
      });
      return { digest };
    } finally {
      doc.destroy();
    }
  }

  /** Sends the team's digest to every subscriber and push subscription now. */
  async send(team: string, now: Date, appOrigin: string): Promise<SendResult> {
    const record = this.opts.teams.get(team);
    const result: SendResult = { emails: 0, pushes: 0, failed: 0 };
    if (!record) return result;
    const wantsMail = this.transport && record.subscribers.length > 0;
    const wantsPush = this.opts.push && record.push.length > 0;
    if (!wantsMail && !wantsPush) return { ...result, skipped: 'no-recipients' };
    const built = await this.build(team, now);
    if (!built.digest) return { ...result, skipped: built.skipped };
    const digest = built.digest;
    if (wantsMail && this.transport && this.opts.mail) {
      for (const s of record.subscribers) {
        const message = digestMessage(digest, {
          teamName: record.name,
          subscriber: s,
          unsubscribeUrl: `${appOrigin}/api/unsubscribe?t=${s.unsubscribe}`,
          appUrl: `${appOrigin}/`,
          now,
          from: this.opts.mail.from,
        });
        try {
          await this.transport.sendMail(message);
          result.emails++;
        } catch (error) {
          result.failed++;
          this.opts.log('digest', 'e-mail not sent', {
            team,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    }
    if (wantsPush && this.opts.push) {
      for (const p of record.push) {
        const outcome = await this.opts.push.send(p, {
          title: digestSubject(digest, record.name, p.lang),
          body: digest.upcoming
            .slice(0, 3)
            .map((u) => `${u.deadline.date}: ${u.call.title}`)
            .join('\n'),
          path: '#/bevakning',
          tag: 'fundwatch-weekly',
        });
        if (outcome === 'sent') result.pushes++;
        else if (outcome === 'gone') await this.opts.teams.removePush(team, p.endpoint);
        else result.failed++;
      }
    }
    this.state.markSent(team, now);
    this.opts.log('digest', 'sent', { team, emails: result.emails, pushes: result.pushes, failed: result.failed });
    return result;
  }

  /** The weekly tick: every team whose digest is due. */
  async runDue(now: Date, appOrigin: string): Promise<void> {
    for (const team of this.opts.teams.ids()) {
      if (!digestDue(now, this.state.lastSent(team), this.opts.when)) continue;
      try {
        const r = await this.send(team, now, appOrigin);
        if (r.skipped && r.skipped !== 'no-recipients') this.opts.log('digest', `skipped: ${r.skipped}`, { team });
      } catch (error) {
        this.opts.log('digest', 'failed', { team, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
}
