import { useState } from 'preact/hooks';
import { type Outcome, OutcomeMessage } from '../components/outcome-message.tsx';
import { lang, t } from '../i18n/lang.ts';
import { useAppState } from '../state/store.ts';
import { type SubscribeResult, subscribeEmail, subscribePush, type TeamRef } from './team-notify-api.ts';

const message = (r: SubscribeResult, what: 'mail' | 'push'): string => {
  switch (r) {
    case 'subscribed':
      return what === 'mail'
        ? t('Du får veckobrevet med e-post.', 'You will get the weekly digest by e-mail.')
        : t('Den här enheten får veckans avisering.', 'This device gets the weekly notification.');
    case 'denied':
      return t('Aviseringar är avstängda i webbläsaren.', 'Notifications are blocked in the browser.');
    case 'unsupported':
      return t(
        'Webbläsaren kan inte ta emot push här; använd e-post.',
        'This browser cannot receive push here; use e-mail.',
      );
    case 'unauthorised':
      return t(
        'Servern känner inte igen teamet (ny inbjudan behövs).',
        'The server does not know this team (a new invite is needed).',
      );
    default:
      return t('Det gick inte just nu; försök igen.', 'That did not work just now; try again.');
  }
};

/**
 * Settings, when this device is in a team: the team's weekly digest by e-mail (through the organisation's mail
 * relay) and as a push notification to this device.
 */
export function TeamNotify() {
  const config = useAppState().team?.config;
  const [email, setEmail] = useState('');
  const [status, setStatus] = useState<Outcome | undefined>();
  if (!config) return null;
  const team: TeamRef = { team: config.team, token: config.token, serverOrigin: config.appOrigin };
  const show = (r: SubscribeResult, what: 'mail' | 'push') =>
    setStatus({ text: message(r, what), ok: r === 'subscribed' });
  return (
    <section aria-labelledby="tn-h" data-testid="team-notify">
      <h3 id="tn-h">{t('Veckobrev från teamets server', "Weekly digest from the team's server")}</h3>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          show(await subscribeEmail(team, email.trim(), lang()), 'mail');
        }}
      >
        <label>
          {t('E-post', 'E-mail')}{' '}
          <input
            type="email"
            required
            autoComplete="email"
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit">{t('Prenumerera', 'Subscribe')}</button>
      </form>
      <p>
        <button type="button" onClick={async () => show(await subscribePush(team, lang()), 'push')}>
          {t('Avisering på den här enheten', 'Notify this device')}
        </button>
      </p>
      <OutcomeMessage outcome={status} />
    </section>
  );
}
