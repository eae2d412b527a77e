import { useState } from 'preact/hooks';
import { t } from '../i18n/lang.ts';
import { createTeam, leaveTeam } from '../state/commands.ts';
import { notify, type TeamState, useAppState } from '../state/store.ts';
import { ErrorAlert } from './error-alert.tsx';
import { MemberNameField } from './member-name-field.tsx';
import { QrCode } from './qr-code.tsx';

/** The connection in words: what a user needs to know is whether colleagues get their changes now or later. */
export function connectionText(team: TeamState): string {
  if (team.status === 'connected' && team.synced)
    return t('Ansluten – allt är synkat', 'Connected – everything is synced');
  if (team.status === 'connected' || team.status === 'connecting') return t('Ansluter…', 'Connecting…');
  if (team.status === 'refused')
    return t(
      'Servern känner inte igen teamet eller nyckeln: be om en ny inbjudningslänk. Ändringar sparas på enheten.',
      'The server does not recognise the team or its key: ask for a new invite link. Changes are kept on this device.',
    );
  return t(
    'Offline – ändringar sparas på enheten och skickas när anslutningen är tillbaka',
    'Offline – changes are kept on this device and sent when the connection is back',
  );
}

/** Settings → Team: the team this device is in (connection, invite link and QR code, leave), or create one. */
export function TeamSection() {
  const { team } = useAppState();
  const [name, setName] = useState('');
  const [member, setMember] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const onCreate = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await createTeam(name, member);
    } catch (err) {
      setError(
        t(
          `Kunde inte skapa teamet: ${(err as Error).message}. Appen måste köras från en Fundwatch-server (npm start).`,
          `Could not create the team: ${(err as Error).message}. The app must be served by a Fundwatch server (npm start).`,
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  const onLeave = async () => {
    if (!team) return;
    const unsent = !(team.status === 'connected' && team.synced);
    const question = unsent
      ? t(
          'Lämna teamet? Enheten är inte synkad just nu: ändringar du gjort sedan senaste synken når inte teamet. Bevakningslistan finns kvar på den här enheten.',
          'Leave the team? This device is not synced right now: changes made since the last sync will not reach the team. The watchlist stays on this device.',
        )
      : t(
          'Lämna teamet? Bevakningslistan finns kvar på den här enheten.',
          'Leave the team? The watchlist stays on this device.',
        );
    if (!confirm(question)) return;
    await leaveTeam();
    notify(t('Du har lämnat teamet.', 'You left the team.'));
  };

  return (
    <section class="card team" aria-labelledby="team-h" data-testid="team-section">
      <h2 id="team-h">{t('Team', 'Team')}</h2>
      {team ? (
        <>
          <p>
            <strong data-testid="team-name">{team.config.name || team.config.team}</strong>
            {team.config.member && (
              <span class="muted">
                {' '}
                · {t('du är', 'you are')} {team.config.member}
              </span>
            )}
          </p>
          <p
            class={`sync-state ${team.status}`}
            role="status"
            data-testid="sync-state"
            data-status={team.status}
            data-synced={String(team.synced)}
          >
            {connectionText(team)}
          </p>
          {team.invite && (
            <>
              <p>
                {t(
                  'Bjud in kollegor eller dina andra enheter med länken eller QR-koden. Den som har länken kommer åt teamets bevakning: dela den bara internt.',
                  'Invite colleagues or your other devices with the link or the QR code. Whoever has the link can reach the team’s watchlist: share it internally only.',
                )}
              </p>
              <p>
                <input
                  class="invite-link"
                  readOnly
                  value={team.invite}
                  aria-label={t('Inbjudningslänk', 'Invite link')}
                  data-testid="invite-link"
                  onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
                />
              </p>
              <QrCode text={team.invite} label={t('QR-kod för inbjudan', 'Invite QR code')} />
            </>
          )}
          <p>
            <button type="button" onClick={onLeave}>
              {t('Lämna teamet', 'Leave the team')}
            </button>
          </p>
        </>
      ) : (
        <form onSubmit={onCreate}>
          <p>
            {t(
              'Dela bevakningslista och profil med kollegor och dina andra enheter, via er egen Fundwatch-server. Gå med genom att öppna en inbjudningslänk, eller skapa ett team här.',
              'Share the watchlist and profile with colleagues and your other devices, through your own Fundwatch server. Join by opening an invite link, or create a team here.',
            )}
          </p>
          <label>
            {t('Teamets namn', 'Team name')}
            <input
              value={name}
              required
              maxLength={120}
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <MemberNameField value={member} onChange={setMember} />
          <button type="submit" disabled={busy}>
            {t('Skapa team', 'Create team')}
          </button>
          <ErrorAlert text={error} />
        </form>
      )}
    </section>
  );
}
