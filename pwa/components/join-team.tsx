import { useEffect, useState } from 'preact/hooks';
import type { Invite } from '../../core/team/invite.ts';
import { getDb } from '../db/open.ts';
import { t } from '../i18n/lang.ts';
import { joinTeam } from '../state/commands.ts';
import { useAppState } from '../state/store.ts';
import { ErrorAlert } from './error-alert.tsx';
import { MemberNameField } from './member-name-field.tsx';

async function readInvite(): Promise<Invite | Error> {
  const { parseInvite } = await import('../../core/team/invite.ts');
  try {
    return parseInvite(location.href);
  } catch (error) {
    return error as Error;
  }
}

/** `/join#team=…&token=…&name=…`: asks before joining, says what happens to this device's own watchlist. */
export function JoinTeam() {
  const { team, settings } = useAppState();
  const [invite, setInvite] = useState<Invite | Error | undefined>();
  useEffect(() => {
    readInvite().then(setInvite);
  }, []);
  // What joining brings: the own watchlist (and what was kept from this same team), never another team's list.
  const [bringing, setBringing] = useState<number | undefined>();
  const inviteTeam = invite instanceof Error ? undefined : invite?.team;
  useEffect(() => {
    if (!inviteTeam) return;
    import('../db/own-watchlist.ts')
      .then(({ entriesForTeam }) => entriesForTeam(getDb(), inviteTeam))
      .then((entries) => setBringing(entries.length))
      .catch(() => setBringing(undefined));
  }, [inviteTeam]);
  const [member, setMember] = useState(settings.team?.member ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const leave = () => {
    // The token is in the address: it goes once the page has been handled, joined or not.
    history.replaceState(null, '', `${location.pathname.replace(/join\/?$/, '')}#/bevakning`);
    dispatchEvent(new HashChangeEvent('hashchange'));
    dispatchEvent(new PopStateEvent('popstate'));
  };

  if (!invite) return <p aria-busy="true">{t('Läser inbjudan…', 'Reading the invite…')}</p>;
  if (invite instanceof Error) {
    return (
      <section class="card" data-testid="join-team">
        <h1>{t('Gå med i ett team', 'Join a team')}</h1>
        <p class="error" role="alert">
          {t('Inbjudningslänken går inte att läsa:', 'The invite link cannot be read:')} {invite.message}
        </p>
        <button type="button" onClick={leave}>
          {t('Till appen', 'To the app')}
        </button>
      </section>
    );
  }
  const sameTeam = team?.config.team === invite.team;

  const onJoin = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await joinTeam(invite, member);
      leave();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  return (
    <section class="card" data-testid="join-team">
      <h1>
        {t('Gå med i teamet', 'Join the team')} <span data-testid="join-team-name">{invite.name || invite.team}</span>?
      </h1>
      {sameTeam ? (
        <p>{t('Den här enheten är redan med i teamet.', 'This device is already in the team.')}</p>
      ) : (
        <form onSubmit={onJoin}>
          <p>
            {t(
              `Teamets bevakningslista och profil synkas till den här enheten via ${invite.appOrigin}. Dina ${bringing ?? '…'} egna bevakningar (sparade utanför team) följer med in i teamet. Ett annat teams bevakningar följer aldrig med.`,
              `The team's watchlist and profile sync to this device through ${invite.appOrigin}. Your own ${bringing ?? '…'} watched calls (saved outside any team) go into the team. Another team's watched calls never do.`,
            )}
          </p>
          {team && (
            <p class="warning">
              {t(
                `Du lämnar teamet ${team.config.name || team.config.team} på den här enheten.`,
                `This device leaves the team ${team.config.name || team.config.team}.`,
              )}
            </p>
          )}
          <MemberNameField value={member} onChange={setMember} testId="join-member" />
          <button type="submit" disabled={busy} data-testid="join-confirm">
            {t('Gå med', 'Join')}
          </button>{' '}
          <button type="button" onClick={leave}>
            {t('Avbryt', 'Cancel')}
          </button>
          <ErrorAlert text={error} />
        </form>
      )}
      {sameTeam && (
        <button type="button" onClick={leave}>
          {t('Till bevakningen', 'To the watchlist')}
        </button>
      )}
    </section>
  );
}
