import { formatDate, lang, t } from '../i18n/lang.ts';
import type { CallsInfo } from '../state/store.ts';

const TIME: Record<'sv' | 'en', Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' }),
};
const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * "Uppdaterad i dag 06:00 · 12 av 12 källor" / "Updated today 06:00 · 12 of 12 sources": how old the calls are
 * and how the sources fared, from what the server reported (the bundled snapshot says so instead).
 */
export function dataAgeText(info: CallsInfo, now: Date, language: 'sv' | 'en'): string | undefined {
  const at = info.fetchedAt ?? info.generatedAt;
  if (!at || Number.isNaN(Date.parse(at))) return undefined;
  const sv = language === 'sv';
  const day = DAY.format(new Date(at));
  const today = DAY.format(now);
  const yesterday = DAY.format(new Date(now.getTime() - 86_400_000));
  const time = TIME[language].format(new Date(at));
  const when =
    day === today
      ? `${sv ? 'i dag' : 'today'} ${time}`
      : day === yesterday
        ? `${sv ? 'i går' : 'yesterday'} ${time}`
        : formatDate(at);
  const parts = [`${sv ? 'Uppdaterad' : 'Updated'} ${when}`];
  if (info.sources) {
    const all = Object.values(info.sources);
    const ok = all.filter((s) => s.ok).length;
    parts.push(sv ? `${ok} av ${all.length} källor` : `${ok} of ${all.length} sources`);
  }
  if (info.from === 'snapshot') parts.push(sv ? 'inbyggd ögonblicksbild' : 'bundled snapshot');
  return parts.join(' · ');
}

/** The data-age line with the failing sources named on hover and for screen readers. */
export function DataAge({ info }: { info: CallsInfo }) {
  const text = dataAgeText(info, new Date(), lang());
  if (!text) return null;
  const failing = Object.entries(info.sources ?? {})
    .filter(([, s]) => !s.ok)
    .map(([id, s]) => `${id}${s.error ? `: ${s.error}` : ''}`);
  return (
    <p class="data-age muted small" data-testid="data-age">
      {text}
      {failing.length > 0 && (
        <span class="data-age-failing">
          {' '}
          · {t('fel:', 'failing:')} {failing.join('; ')}
        </span>
      )}
    </p>
  );
}
