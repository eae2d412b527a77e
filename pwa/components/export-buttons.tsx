import { lang, t } from '../i18n/lang.ts';
import { download } from '../lib/download.ts';
import { getState, notify } from '../state/store.ts';

async function exportCsv() {
  const { watchlistToCsv } = await import('../export/watchlist-csv.ts');
  download(watchlistToCsv(getState().watchlist, lang()), 'fundwatch-bevakning.csv', 'text/csv;charset=utf-8');
}

async function exportIcs() {
  try {
    const { watchlistToIcs } = await import('../export/watchlist-ics.ts');
    download(watchlistToIcs(getState().watchlist, lang()), 'fundwatch-deadlines.ics', 'text/calendar;charset=utf-8');
  } catch (error) {
    notify((error as Error).message, 'error');
  }
}

export function ExportButtons() {
  return (
    <div class="exports">
      <button type="button" onClick={exportIcs}>
        {t('Kalender (.ics)', 'Calendar (.ics)')}
      </button>
      <button type="button" onClick={exportCsv}>
        {t('Tabell (.csv)', 'Spreadsheet (.csv)')}
      </button>
    </div>
  );
}
