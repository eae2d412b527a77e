import { errorText } from '../i18n/error-text.ts';
import { lang, t } from '../i18n/lang.ts';
import { download } from '../lib/download.ts';
import { getState, notify, useAppState } from '../state/store.ts';

async function exportCsv() {
  const { watchlistToCsv } = await import('../export/watchlist-csv.ts');
  download(watchlistToCsv(getState().watchlist, lang()), 'fundwatch-bevakning.csv', 'text/csv;charset=utf-8');
}

async function exportIcs() {
  try {
    const { watchlistToIcs } = await import('../export/watchlist-ics.ts');
    download(watchlistToIcs(getState().watchlist, lang()), 'fundwatch-deadlines.ics', 'text/calendar;charset=utf-8');
  } catch (error) {
    notify(errorText(error, lang()), 'error');
  }
}

export function ExportButtons() {
  // Exports wait until every entry has been read, so a file never misses part of the watchlist.
  const { watchlistComplete } = useAppState();
  return (
    <div class="exports">
      <button type="button" onClick={exportIcs} disabled={!watchlistComplete}>
        {t('Kalender (.ics)', 'Calendar (.ics)')}
      </button>
      <button type="button" onClick={exportCsv} disabled={!watchlistComplete}>
        {t('Tabell (.csv)', 'Spreadsheet (.csv)')}
      </button>
    </div>
  );
}
