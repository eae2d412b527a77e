import type { Lang } from '../messages.ts';
import { type MessageKey, msg } from './i18n.ts';

/**
 * An error the user is meant to read, thrown by the worker as a code (a message key) and its values, never as
 * words: it crosses to the page as `code` or `code:["value",…]` and the page tells it in its own language.
 */
export class UiError extends Error {
  constructor(code: MessageKey, ...subs: string[]) {
    super(subs.length > 0 ? `${code}:${JSON.stringify(subs)}` : code);
    this.name = 'UiError';
  }
}

const CODED = /^(err[A-Z][A-Za-z0-9_]*)(?::(\[.*\]))?$/s;

/** The words for an error from the worker: a coded one in `lang`, any other as it came. */
export function errorText(lang: Lang, err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const m = CODED.exec(text);
  if (!m) return text;
  let subs: string[] = [];
  try {
    const parsed: unknown = m[2] ? JSON.parse(m[2]) : [];
    if (Array.isArray(parsed)) subs = parsed.map(String);
  } catch {
    return text;
  }
  return msg(lang, m[1] as MessageKey, ...subs) || text;
}
