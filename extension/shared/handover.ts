import { handoverUrl } from '../../core/exchange/handover.ts';
import type { SavedCall } from '../messages.ts';
import { savedToExchange } from './exchange.ts';

/**
 * The app's hand-over address for one saved call: the call travels whole in core's exchange format (same id, every
 * deadline with its time and zone, the programme area, the saved match) in the URL fragment.
 */
export function pwaHandoverUrl(pwaUrl: string, saved: SavedCall, now = new Date()): string {
  return handoverUrl(pwaUrl, savedToExchange([saved], now));
}

/** Links from funder pages and feeds are untrusted: only http(s) addresses become links. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
