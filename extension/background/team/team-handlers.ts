import { parseInvite } from '../../../core/team/invite.ts';
import { askTeamAccess } from '../../../core/team/team-access.ts';
import type { Handler, TeamView } from '../../messages.ts';
import { originPattern } from '../../shared/normalise-origin.ts';
import { UiError } from '../../shared/ui-error.ts';
import { releaseOrigins } from '../optional-origins.ts';
import { patchSettings, readSettings } from '../settings.ts';
import { readTeamConfig, writeTeamConfig } from './active-doc.ts';
import { dropAppLinks } from './app-link.ts';
import { forgetDoc } from './doc-store.ts';
import { disconnectTeam, ensureTeamSync, isPending, teamConnection, teamRefusal } from './server-sync.ts';
import { checkServerAddress, type TeamConfig } from './team-config.ts';

async function view(): Promise<TeamView | undefined> {
  const c = await readTeamConfig();
  if (!c) return undefined;
  const { token: _secret, merged: _m, ...shown } = c;
  const refused = await teamRefusal();
  return { ...shown, ...teamConnection(), pending: await isPending(), ...(refused ? { refused } : {}) };
}

/** The team server's fresh calls, which the weekly check reads as its feed while no other is set. */
const teamFeed = (c: Pick<TeamConfig, 'server'>) => `${c.server}/api/calls`;

/** The options page's team section: join with an invite link, see the connection, leave. */
export const teamHandlers: {
  'team-status': Handler<'team-status'>;
  'team-join': Handler<'team-join'>;
  'team-leave': Handler<'team-leave'>;
} = {
  async 'team-status'() {
    await ensureTeamSync();
    return { team: await view() };
  },

  async 'team-join'({ invite, server, who }) {
    let parsed: ReturnType<typeof parseInvite>;
    try {
      parsed = parseInvite(String(invite ?? ''));
    } catch (err) {
      throw new Error(`Inbjudningslänken går inte att läsa / unreadable invite link: ${(err as Error).message}`);
    }
    const address = checkServerAddress(server?.trim() ? server : parsed.appOrigin);
    // The server is asked first, as the app's join page does: a wrong key or a team it does not know would otherwise
    // join and never connect. No answer in 5 s (offline, a server without the check) joins as before.
    const access = await askTeamAccess(fetch, address, parsed.team, parsed.token);
    if (access === 'bad-token') throw new UiError('errTeamBadToken');
    if (access === 'unknown-team') throw new UiError('errTeamUnknown');
    const previous = await readTeamConfig();
    const config: TeamConfig = {
      server: address,
      team: parsed.team,
      token: parsed.token,
      name: parsed.name,
      who: String(who ?? previous?.who ?? '')
        .trim()
        .slice(0, 200),
      joinedAt: new Date().toISOString(),
      merged: previous?.team === parsed.team ? previous.merged : false,
    };
    await disconnectTeam();
    await writeTeamConfig(config);
    dropAppLinks();
    // The team server also serves fresh calls: the weekly check reads them when no other feed is set (the previous
    // team server's is not another feed: it follows the team).
    const settings = await readSettings();
    if (!settings.feedUrl || (previous && settings.feedUrl === teamFeed(previous))) {
      await patchSettings({ feedUrl: teamFeed(config) });
    }
    // Another server than before: the previous one's host permission is given back (unless still needed).
    if (previous) await releaseOrigins([originPattern(previous.server)]);
    await ensureTeamSync();
    return { team: (await view())! };
  },

  async 'team-leave'() {
    const config = await readTeamConfig();
    await disconnectTeam();
    await writeTeamConfig(undefined);
    dropAppLinks();
    // The team's copy goes with the membership; this computer's own list is still here.
    if (config) await forgetDoc(config.team);
    const settings = await readSettings();
    if (config && settings.feedUrl === teamFeed(config)) await patchSettings({ feedUrl: '' });
    // The server's host permission (asked for when joining) goes with the membership, unless another feature uses it.
    if (config) await releaseOrigins([originPattern(config.server)]);
    await ensureTeamSync();
    return { team: undefined };
  },
};
