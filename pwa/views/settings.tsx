import { useState } from 'preact/hooks';
import { countText } from '../../core/format/deadline-text.ts';
import { SNAPSHOT_URL } from '../calls/snapshot-url.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { ExtensionLinkStatus } from '../components/extension-link-status.tsx';
import { FileButton } from '../components/file-button.tsx';
import { type Outcome, OutcomeMessage } from '../components/outcome-message.tsx';
import { TeamSection } from '../components/team-section.tsx';
import type { SkippedRow } from '../db/backup.ts';
import { errorText } from '../i18n/error-text.ts';
import { formatDateTime, lang, t } from '../i18n/lang.ts';
import { disableWeeklyNotifications, enableWeeklyNotifications } from '../lib/weekly-notifications.ts';
import {
  importExtensionFromText,
  refreshCalls,
  restoreFromText,
  saveBackupFile,
  setFeedUrl,
  setLanguage,
  setNotifications,
} from '../state/commands.ts';
import { notify, useAppState } from '../state/store.ts';
import { TeamNotify } from '../team-notify/team-notify.tsx';

const LIST_NAMES: Record<SkippedRow['list'], { sv: string; en: string }> = {
  watchlist: { sv: 'Bevakning', en: 'Watched call' },
  own: { sv: 'Egen bevakning', en: 'Own watched call' },
  profiles: { sv: 'Profil', en: 'Profile' },
  settings: { sv: 'Inställning', en: 'Setting' },
  digestRuns: { sv: 'Sammanfattning', en: 'Digest run' },
};

export function SettingsView() {
  const { settings, callsInfo, calls } = useAppState();
  const [feed, setFeed] = useState(settings.feedUrl);
  const [restoreMsg, setRestoreMsg] = useState<Outcome | undefined>();
  const [partial, setPartial] = useState<
    { text: string; name: string; skipped: SkippedRow[]; readable: number } | undefined
  >();
  const [importMsg, setImportMsg] = useState<Outcome | undefined>();

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { added, alreadyPresent } = await importExtensionFromText(await file.text(), file.name);
      setImportMsg({
        ok: true,
        text: t(
          `Importerat från tillägget: ${countText(added, 'newEntry', 'sv')} i bevakningen, ${alreadyPresent} fanns redan (oförändrade).`,
          `Imported from the extension: ${added} new on the watchlist, ${alreadyPresent} already there (unchanged).`,
        ),
      });
    } catch (error) {
      setImportMsg({
        ok: false,
        text: t(
          `Filen avvisades, inget har ändrats. ${errorText(error, 'sv')}`,
          `The file was refused; nothing was changed. ${errorText(error, 'en')}`,
        ),
      });
    }
  };

  const restore = async (text: string, name: string, restoreRest: boolean) => {
    try {
      const r = await restoreFromText(text, name, restoreRest);
      if (!r.done) {
        setPartial({ text, name, skipped: r.skipped, readable: r.readable });
        setRestoreMsg(undefined);
        return;
      }
      setPartial(undefined);
      setRestoreMsg({
        ok: true,
        text: t(
          `Återställt: ${countText(r.watched, 'watchedCall', 'sv')}, ${countText(r.profiles, 'profile', 'sv')}.${r.skipped.length ? ` ${countText(r.skipped.length, 'row', 'sv')} som inte kunde läsas hoppades över.` : ''}`,
          `Restored: ${countText(r.watched, 'watchedCall', 'en')}, ${countText(r.profiles, 'profile', 'en')}.${r.skipped.length ? ` ${countText(r.skipped.length, 'row', 'en')} that could not be read were skipped.` : ''}`,
        ),
      });
    } catch (error) {
      setPartial(undefined);
      setRestoreMsg({
        ok: false,
        text: t(
          `Säkerhetskopian avvisades, inget har ändrats. ${errorText(error, 'sv')}`,
          `The backup was refused; nothing was changed. ${errorText(error, 'en')}`,
        ),
      });
    }
  };

  const onRestore = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await restore(await file.text(), file.name, false);
  };

  const onNotifications = async () => {
    if (settings.notifications) {
      await disableWeeklyNotifications();
      await setNotifications(false);
      return;
    }
    const result = await enableWeeklyNotifications();
    if (result === 'denied' || result === 'unsupported') {
      notify(
        t('Aviseringar är inte tillåtna i den här webbläsaren.', 'Notifications are not allowed in this browser.'),
        'error',
      );
      return;
    }
    await setNotifications(true);
    notify(
      result === 'periodic-sync'
        ? t('Veckovis avisering på.', 'Weekly notification on.')
        : t(
            'Aviseringar tillåtna. Webbläsaren stöder inte bakgrundssynk här; sammanfattningen visas när du öppnar appen.',
            'Notifications allowed. This browser has no background sync here; the digest shows when you open the app.',
          ),
    );
  };

  return (
    <section aria-labelledby="st-h">
      <h2 id="st-h">{t('Inställningar', 'Settings')}</h2>
      <TeamSection />
      <ExtensionLinkStatus />
      <TeamNotify />

      <form
        class="stack card"
        onSubmit={(e) => {
          e.preventDefault();
          void setFeedUrl(feed);
        }}
      >
        <h3>{t('Utlysningar', 'Calls')}</h3>
        <label>
          {t('Adress till calls.json (från fundwatch fetch)', 'Address of calls.json (from fundwatch fetch)')}
          <input
            type="url"
            inputMode="url"
            placeholder="https://…/calls.json"
            value={feed}
            onInput={(e) => setFeed(e.currentTarget.value)}
          />
        </label>
        <p class="muted">
          {t(
            'Lämna tomt för den medföljande ögonblicksbilden. Bara adressen du anger kontaktas.',
            'Leave empty for the bundled snapshot. Only the address you enter is contacted.',
          )}
        </p>
        <div class="row">
          <button type="submit">{t('Spara och hämta', 'Save and fetch')}</button>
          <button type="button" onClick={() => refreshCalls()}>
            {t('Hämta igen', 'Fetch again')}
          </button>
        </div>
        <p class="meta">
          {countText(calls.length, 'call', lang())} ·{' '}
          {callsInfo.from === 'feed'
            ? callsInfo.url
            : callsInfo.from === 'snapshot'
              ? t('medföljande ögonblicksbild', 'bundled snapshot')
              : callsInfo.from === 'cache'
                ? t('sparade på enheten', 'stored on this device')
                : SNAPSHOT_URL
                  ? '–'
                  : t('ingen ögonblicksbild i denna version', 'no snapshot in this build')}
          {callsInfo.generatedAt ? ` · ${formatDateTime(callsInfo.generatedAt)}` : ''}
        </p>
        <ErrorAlert text={callsInfo.error === undefined ? undefined : errorText(callsInfo.error, lang())} />
      </form>

      <fieldset class="card">
        <legend>{t('Språk', 'Language')}</legend>
        <label class="inline">
          <input type="radio" name="lang" checked={settings.language === 'sv'} onChange={() => setLanguage('sv')} />{' '}
          Svenska
        </label>
        <label class="inline">
          <input type="radio" name="lang" checked={settings.language === 'en'} onChange={() => setLanguage('en')} />{' '}
          English
        </label>
      </fieldset>

      <div class="card stack">
        <h3>{t('Veckovis avisering', 'Weekly notification')}</h3>
        <p class="muted">
          {t(
            'En avisering i veckan om nya matchande utlysningar och deadlines som närmar sig, där webbläsaren tillåter det.',
            'A weekly notification of new matching calls and coming deadlines, where the browser allows it.',
          )}
        </p>
        <button type="button" aria-pressed={settings.notifications} onClick={onNotifications}>
          {settings.notifications
            ? t('Stäng av aviseringar', 'Turn notifications off')
            : t('Slå på aviseringar', 'Turn notifications on')}
        </button>
      </div>

      <div class="card stack">
        <h3>{t('Säkerhetskopia och export', 'Backup and export')}</h3>
        <div class="row">
          <button type="button" onClick={() => saveBackupFile()}>
            {t('Spara säkerhetskopia (.json)', 'Save backup (.json)')}
          </button>
          <FileButton
            label={t('Återställ från fil…', 'Restore from file…')}
            accept=".json,application/json"
            testId="restore-file"
            onChange={onRestore}
          />
        </div>
        <ExportButtons />
        {partial && (
          <div class="partial-restore" role="alert" data-testid="restore-partial">
            <p>
              {t(
                `${partial.name}: ${countText(partial.skipped.length, 'row', 'sv')} kan inte läsas. Inget har ändrats än.`,
                `${partial.name}: ${countText(partial.skipped.length, 'row', 'en')} cannot be read. Nothing has changed yet.`,
              )}
            </p>
            <ul>
              {partial.skipped.map((r) => (
                <li key={`${r.list}-${r.row}`} dir="auto">
                  {LIST_NAMES[r.list][lang()]} {t('nr', 'no.')} {r.row}:{' '}
                  {errorText(r.error, lang()).replace(/^.*?: (?=fältet|field)/, '')}
                </li>
              ))}
            </ul>
            <div class="row">
              <button type="button" onClick={() => restore(partial.text, partial.name, true)}>
                {t(`Återställ resten (${partial.readable} rader)`, `Restore the rest (${partial.readable} rows)`)}
              </button>
              <button
                type="button"
                onClick={() => {
                  setPartial(undefined);
                  setRestoreMsg({ ok: true, text: t('Inget återställdes.', 'Nothing was restored.') });
                }}
              >
                {t('Avbryt', 'Cancel')}
              </button>
            </div>
          </div>
        )}
        <OutcomeMessage outcome={restoreMsg} testId="restore-message" />
      </div>

      <div class="card stack">
        <h3>{t('Från webbläsartillägget', 'From the browser extension')}</h3>
        <p class="muted">
          {t(
            'Importera bevakningen du exporterat från Fundwatch-tillägget (.json). Utlysningar som redan bevakas här behåller status och anteckningar.',
            'Import the watchlist exported from the Fundwatch extension (.json). Calls already watched here keep their status and notes.',
          )}
        </p>
        <div class="row">
          <FileButton
            label={t('Importera från tillägget…', 'Import from the extension…')}
            accept=".json,application/json"
            testId="import-extension-file"
            onChange={onImport}
          />
        </div>
        <OutcomeMessage outcome={importMsg} testId="import-extension-message" />
      </div>
    </section>
  );
}
