import { buildExchange, type Exchange } from '../../core/exchange/index.ts';
import type { SavedCall } from '../messages.ts';

/** The extension's saved calls in core's exchange format (the app's import and hand-over read the same). */
export function savedToExchange(saved: readonly SavedCall[], now = new Date()): Exchange {
  return buildExchange(
    saved.map((s) => s.call),
    saved.map((s) => ({
      callId: s.call.id,
      savedAt: s.savedAt,
      match: { score: s.score, band: s.band, reasons: s.reasons, lines: s.lines, scoredAt: s.savedAt },
    })),
    now,
  );
}
