import { zonedParts } from '../../core/dates/zoned.ts';
import { clockText, HOME_ZONE } from '../../core/format/deadline-text.ts';
import { formatDate, lang, t } from '../i18n/lang.ts';
import type { CallsInfo } from '../state/store.ts';

const day = (t: number) => zonedParts(t, HOME_ZONE).date;

/**
 * "Uppdaterad i dag 06:00 · 12 av 12 källor" / "Updated today 06:00 · 12 of 12 sources": how old the calls are
 * and how the sources fared, from what the server reported (the bundled snapshot says so instead).
 */
export function dataAgeText(info: CallsInfo, now: Date, language: 'sv' | 'en'): string | undefined {
  const at = info.fetchedAt ?? info.generatedAt;
  if (!at || Number.isNaN(Date.parse(at))) return undefined;
  const sv = language === 'sv';
  const atMs = Date.parse(at);
  const on = day(atMs);
  const today = day(now.getTime());
  const yesterday = day(now.getTime() - 86_400_000);
  const time = clockText(zonedParts(atMs, HOME_ZONE).time, language);
  const when =
    on === today
      ? `${sv ? 'i dag' : 'today'} ${time}`
      : on === yesterday
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
