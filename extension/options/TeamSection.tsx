import { useEffect, useState } from 'preact/hooks';
import { parseInvite } from '../../core/team/invite.ts';
import { type Lang, send, type TeamView } from '../messages.ts';
import { safeHref } from '../shared/handover.ts';
import { t } from '../shared/ui-text.ts';

/** The hand-over hint the app reads to find this extension (its id), so the two link on this computer. */
export function appLinkHref(pwaUrl: string): string | undefined {
  const base = safeHref(pwaUrl);
  return base ? `${base.replace(/#.*$/, '')}#fundwatch-extension=${chrome.runtime.id}` : undefined;
}

/** The one origin to ask for: the team's own server (never all sites). */
function permissionPattern(server: string): string | undefined {
  try {
    return `${new URL(server).origin}/*`;
  } catch {
    return undefined;
  }
}

/**
 * Team: join with the invite link (and the server's address when it differs from the link's), see whether the
 * extension is connected and whether changes made here are still waiting for the server, leave. On this computer
 * the app and the extension keep one watchlist and profile also without a team (the link below).
 */
export function TeamSection({ lang, pwaUrl }: { lang: Lang; pwaUrl: string }) {
  const [team, setTeam] = useState<TeamView | undefined>();
  const [invite, setInvite] = useState('');
  const [server, setServer] = useState('');
  const [who, setWho] = useState('');
  const [msg, setMsg] = useState('');
  useEffect(() => {
    const refresh = () =>
      send('team-status', {})
        .then((s) => setTeam(s.team))
        .catch(() => undefined);
    refresh();
    const timer = setInterval(refresh, 3000);
    return () => clearInterval(timer);
  }, []);

  const join = async () => {
    setMsg('');
    try {
      // Ask Chrome first, while the click still counts as the user's gesture: the team server's one origin, for
      // the fresh calls the weekly check reads from it. Sync itself works without it.
      const address = server.trim() || parseInvite(invite).appOrigin;
      const pattern = permissionPattern(address);
      const granted = pattern ? await chrome.permissions.request({ origins: [pattern] }).catch(() => false) : false;
      const joined = (await send('team-join', { invite, server: server.trim() || undefined, who })).team;
      setTeam(joined);
      setInvite('');
      const name = joined.name || joined.team;
      setMsg(
        granted
          ? t(lang, `Med i ${name}.`, `Joined ${name}.`)
          : t(
              lang,
              `Med i ${name}. Utan behörighet för servern läser veckokontrollen inte dess utlysningar; synkningen fungerar ändå.`,
              `Joined ${name}. Without permission for the server the weekly check does not read its calls; sync works anyway.`,
            ),
      );
    } catch (err) {
      setMsg(err instanceof Error ? err.message : String(err));
    }
  };

  const link = appLinkHref(pwaUrl);
  return (
    <section data-testid="team">
      <h2>{t(lang, 'Team', 'Team')}</h2>
      {team ? (
        <>
          <p>
            {t(lang, 'Med i', 'Member of')} <strong>{team.name || team.team}</strong> ({team.server})
            {team.who ? ` · ${team.who}` : ''}
          </p>
          <p role="status" data-testid="team-status">
            {team.connected && team.synced
              ? t(
                  lang,
                  'Ansluten – bevakningar och profil delas med teamet.',
                  'Connected – watchlist and profile shared.',
                )
              : t(
                  lang,
                  'Inte ansluten just nu – ändringar sparas här och skickas sedan.',
                  'Offline – changes are kept here and sent later.',
                )}
            {team.pending ? t(lang, ' Ändringar väntar på servern.', ' Changes are waiting for the server.') : ''}
          </p>
          <button
            type="button"
            onClick={async () => {
              await send('team-leave', {});
              setTeam(undefined);
            }}
          >
            {t(lang, 'Lämna teamet', 'Leave the team')}
          </button>
        </>
      ) : (
        <>
          <p class="hint">
            {t(
              lang,
              'Klistra in inbjudningslänken från Fundwatch-appen eller IT. Tillägget bevakar då i teamets lista och poängsätter med teamets profil.',
              "Paste the invite link from the Fundwatch app or IT. The extension then watches into the team's list and scores with the team's profile.",
            )}
          </p>
          <label>
            {t(lang, 'Inbjudningslänk', 'Invite link')}{' '}
            <input
              type="url"
              value={invite}
              placeholder="https://…/join#team=…"
              onInput={(e) => setInvite((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {t(lang, 'Serverns adress (om den skiljer sig från länkens)', "Server address (if not the link's)")}{' '}
            <input
              type="url"
              value={server}
              placeholder="https://fundwatch.kommun.se"
              onInput={(e) => setServer((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {t(lang, 'Ditt namn i teamets logg', "Your name in the team's log")}{' '}
            <input
              type="text"
              value={who}
              maxLength={200}
              onInput={(e) => setWho((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="button" disabled={!invite.trim()} onClick={join}>
            {t(lang, 'Gå med i teamet', 'Join the team')}
          </button>
        </>
      )}
      {msg && <p role="status">{msg}</p>}
      {link && (
        <p class="hint">
          {t(
            lang,
            'Utan server delar tillägget och appen på den här datorn en lista och profil: ',
            'Without a server the extension and the app on this computer share one list and profile: ',
          )}
          <a href={link} target="_blank" rel="noreferrer">
            {t(lang, 'öppna appen och koppla ihop', 'open the app and link them')}
          </a>
        </p>
      )}
    </section>
  );
}
