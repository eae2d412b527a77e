import { withExtensionHint } from '../../core/doc-link/app-hint.ts';
import { handoverUrl } from '../../core/exchange/handover.ts';
import type { SavedCall } from '../messages.ts';
import { savedToExchange } from './exchange.ts';

/**
 * The app's hand-over address for one saved call: the call travels whole in core's exchange format (same id, every
 * deadline with its time and zone, the programme area, the saved match) in the URL fragment. With this extension's
 * id beside it, the app on this computer also links to the extension (one watchlist and profile from then on).
 */
export function pwaHandoverUrl(pwaUrl: string, saved: SavedCall, now = new Date(), extensionId?: string): string {
  const url = handoverUrl(pwaUrl, savedToExchange([saved], now));
  return extensionId ? withExtensionHint(url, extensionId) : url;
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
