import { InputError } from '../../core/model/errors.ts';
import type { Lang } from './lang.ts';

/** What went wrong, as a code the app translates; never a library's English sentence inside Swedish text. */
export type AppErrorCode = 'feed-unreachable' | 'feed-http' | 'no-feed' | 'code-unreachable' | 'unknown';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AppError';
  }
}

/** Why a field was refused, read from core's InputError message (which is English, for the CLI and logs). */
function reasonOf(message: string): { sv: string; en: string } {
  if (/not valid JSON/i.test(message)) return { sv: 'är inte en giltig JSON-fil', en: 'is not a valid JSON file' };
  if (/expected a JSON object|^not /i.test(message.replace(/^.*?: /, '')))
    return { sv: 'har inte det innehåll som väntades', en: 'does not hold what was expected' };
  if (/received undefined|required/i.test(message)) return { sv: 'saknas', en: 'is missing' };
  if (/zone/i.test(message)) return { sv: 'är ingen känd tidszon', en: 'is not a known time zone' };
  if (/date|YYYY-MM-DD/i.test(message)) return { sv: 'är inget möjligt datum', en: 'is not a possible date' };
  if (/HH:MM|clock|time/i.test(message)) return { sv: 'är ingen giltig tid', en: 'is not a valid time' };
  if (/does not match/i.test(message))
    return { sv: 'stämmer inte med utlysningens id', en: "does not match the call's id" };
  return { sv: 'har ett ogiltigt värde', en: 'has an invalid value' };
}

/** A stored "key: field "x": message" line (as the repositories keep them) in the reader's language. */
export function brokenRowText(line: string, lang: Lang): string {
  if (lang === 'en') return line;
  const m = line.match(/^(.*?): (?:.*?: )?(?:field "([^"]+)": )?(.*)$/);
  if (!m) return line;
  const [, key, field, message] = m;
  const reason = reasonOf(message).sv;
  return field ? `${key}: fältet ”${field}” ${reason}` : `${key}: ${reason}`;
}

/** An error in the reader's language, naming where (file, line, field) as core's InputError does. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof AppError) {
    const p = error.params;
    switch (error.code) {
      case 'feed-unreachable':
        return lang === 'sv' ? `${p.url} svarar inte (ingen anslutning?)` : `${p.url} does not answer (offline?)`;
      case 'feed-http':
        return lang === 'sv' ? `${p.url} svarade med felkod ${p.status}` : `${p.url} answered with error ${p.status}`;
      case 'no-feed':
        return lang === 'sv' ? 'ingen flödesadress är angiven' : 'no feed address is set';
      case 'code-unreachable':
        return lang === 'sv'
          ? 'appens kod gick inte att hämta (ingen anslutning?)'
          : "the app's code could not be fetched (offline?)";
      default:
        return lang === 'sv' ? 'ett oväntat fel inträffade' : 'an unexpected error occurred';
    }
  }
  if (error instanceof InputError) {
    if (lang === 'en') return error.message;
    const { file, line, position } = error.location;
    const where = [file, line !== undefined ? `rad ${line}` : undefined, position].filter(Boolean).join(', ');
    const reason = reasonOf(error.message).sv;
    const what = error.field ? `fältet ”${error.field}” ${reason}` : `filen ${reason}`;
    return where ? `${where}: ${what}` : what;
  }
  if (lang === 'en') return error instanceof Error ? error.message : String(error);
  return 'ett oväntat fel inträffade';
}
