/** Band and status names come from core, so the app, extension and digest say the same. */

export { STATUS_LABEL as CALL_STATUS_LABELS } from '../../core/format/deadline-text.ts';
export { BAND_LABEL as BAND_LABELS } from '../../core/match/band-labels.ts';
