import { lang, t } from '../i18n/lang.ts';
import { acceptShare, dismissShare } from '../state/commands.ts';
import { useAppState } from '../state/store.ts';

/**
 * A shared page that is already watched: what it would change, and a choice. Nothing is rewritten until the
 * user says so (any web page can open the share address).
 */
export function ShareConfirm() {
  const { pendingShare } = useAppState();
  if (!pendingShare) return null;
  const l = lang();
  return (
    <section class="share-confirm card" role="alertdialog" aria-labelledby="sc-h" aria-describedby="sc-d">
      <h3 id="sc-h">{t('Den delade sidan bevakas redan', 'The shared page is already watched')}</h3>
      <p id="sc-d" dir="auto">
        {t('Om du uppdaterar ändras detta i ', 'Updating changes this in ')}
        <bdi>{pendingShare.existingTitle}</bdi>
        {t('. Anteckningar, status och beslutslogg behålls.', '. Notes, status and decision log are kept.')}
      </p>
      <table class="changes">
        <thead>
          <tr>
            <th scope="col">{t('Fält', 'Field')}</th>
            <th scope="col">{t('Nu', 'Now')}</th>
            <th scope="col">{t('Efter uppdatering', 'After the update')}</th>
          </tr>
        </thead>
        <tbody>
          {pendingShare.changes.map((c) => (
            <tr key={c.field.sv}>
              <th scope="row">{c.field[l]}</th>
              <td dir="auto" class="clamp-long">
                {c.before}
              </td>
              <td dir="auto" class="clamp-long">
                {c.after}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row">
        <button type="button" class="primary" onClick={() => acceptShare()}>
          {t('Uppdatera bevakningen', 'Update the watched call')}
        </button>
        <button type="button" onClick={() => dismissShare()}>
          {t('Behåll som det är', 'Keep it as it is')}
        </button>
      </div>
    </section>
  );
}
