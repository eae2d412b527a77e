import { useEffect, useRef, useState } from 'preact/hooks';
import { withExtensionHint } from '../../core/doc-link/app-hint.ts';
import { type Lang, send, type TeamView } from '../messages.ts';
import { safeHref } from '../shared/handover.ts';
import { msg } from '../shared/i18n.ts';
import { originPattern } from '../shared/normalise-origin.ts';
import { errorText } from '../shared/ui-error.ts';

/** The hand-over hint the app reads to find this extension (its id), so the two link on this computer. */
export function appLinkHref(pwaUrl: string): string | undefined {
  const base = safeHref(pwaUrl);
  return base ? withExtensionHint(base.replace(/#.*$/, ''), chrome.runtime.id) : undefined;
}

/** The connection in words: connected, refused by the server (a new link is needed), or offline for now. */
function connectionText(lang: Lang, team: TeamView): string {
  if (team.refused === 'bad-token') return msg(lang, 'teamRefusedBadToken');
  if (team.refused === 'unknown-team') return msg(lang, 'teamRefusedUnknownTeam');
  return team.connected && team.synced
    ? msg(lang, 'teamConnectedWatchlistAndProfile')
    : msg(lang, 'teamOfflineChangesAreKept');
}

/**
 * Team: join with the invite link (and the server's address when it differs from the link's), see whether the
 * extension is connected and whether changes made here are still waiting for the server, leave. On this computer
 * the app and the extension keep one watchlist and profile also without a team (the link below).
 */
export function TeamSection({ lang, pwaUrl }: { lang: Lang; pwaUrl: string }) {
  // null until the worker has answered: the join form must not show (and take input) for a team already joined.
  const [team, setTeamShown] = useState<TeamView | undefined | null>(null);
  const [invite, setInvite] = useState('');
  const [server, setServer] = useState('');
  const [who, setWho] = useState('');
  const [note, setNote] = useState('');
  // A status answer asked for before a join or a leave must not undo what the user just did.
  const actions = useRef(0);
  const setTeam = (view: TeamView | undefined) => {
    actions.current++;
    setTeamShown(view);
  };
  useEffect(() => {
    const refresh = () => {
      const asked = actions.current;
      send('team-status', {})
        .then((s) => {
          if (asked === actions.current) setTeamShown(s.team);
        })
        .catch(() => undefined);
    };
    refresh();
    const timer = setInterval(refresh, 3000);
    return () => clearInterval(timer);
  }, []);

  const join = async () => {
    setNote('');
    try {
      // The worker asks the server about the invite first (that route answers any origin: no permission needed), so
      // a refused invite never opens Chrome's permission prompt and stores nothing.
      const joined = (await send('team-join', { invite, server: server.trim() || undefined, who })).team;
      setTeam(joined);
      setInvite('');
      const name = joined.name || joined.team;
      setNote(msg(lang, 'teamJoined', name));
      // Then the team server's one origin, for the fresh calls the weekly check reads from it. Chrome lets a page ask
      // only for a few seconds after the click (user activation, 5 s): a server that answered in time gets its
      // prompt; after a check that waited out its 5 s Chrome refuses to ask and the note says what that means. Sync
      // itself needs no permission (a WebSocket), so an unanswered prompt holds nothing up.
      // The one origin to ask for: the team's own server (never all sites).
      const pattern = originPattern(joined.server);
      const granted = pattern ? await chrome.permissions.request({ origins: [pattern] }).catch(() => false) : false;
      if (!granted) setNote(msg(lang, 'teamJoinedWithoutPermissionFor', name));
    } catch (err) {
      setNote(errorText(lang, err));
    }
  };

  const link = appLinkHref(pwaUrl);
  return (
    <section data-testid="team">
      <h2>{msg(lang, 'teamTeam')}</h2>
      {team ? (
        <>
          <p>
            {msg(lang, 'teamMemberOf')} <strong>{team.name || team.team}</strong> ({team.server})
            {team.who ? ` · ${team.who}` : ''}
          </p>
          <p role="status" data-testid="team-status">
            {connectionText(lang, team)}
            {team.pending ? ` ${msg(lang, 'teamChangesAreWaitingFor')}` : ''}
          </p>
          <button
            type="button"
            onClick={async () => {
              await send('team-leave', {});
              setTeam(undefined);
            }}
          >
            {msg(lang, 'teamLeaveTheTeam')}
          </button>
        </>
      ) : team === null ? (
        <p class="hint">{msg(lang, 'loading')}</p>
      ) : (
        <>
          <p class="hint">{msg(lang, 'teamPasteTheInviteLink')}</p>
          <label>
            {msg(lang, 'teamInviteLink')}{' '}
            <input
              type="url"
              value={invite}
              placeholder="https://…/join#team=…"
              onInput={(e) => setInvite((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {msg(lang, 'teamServerAddressIfNot')}{' '}
            <input
              type="url"
              value={server}
              placeholder="https://fundwatch.kommun.se"
              onInput={(e) => setServer((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {msg(lang, 'teamYourNameInThe')}{' '}
            <input
              type="text"
              value={who}
              maxLength={200}
              onInput={(e) => setWho((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="button" disabled={!invite.trim()} onClick={join}>
            {msg(lang, 'teamJoinTheTeam')}
          </button>
        </>
      )}
      {note && <p role="status">{note}</p>}
      {link && (
        <p class="hint">
          {msg(lang, 'teamWithoutAServerThe')}{' '}
          <a href={link} target="_blank" rel="noreferrer">
            {msg(lang, 'teamOpenTheAppAnd')}
          </a>
        </p>
      )}
    </section>
  );
}
