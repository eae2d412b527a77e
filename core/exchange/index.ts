/**
 * The exchange model: one format for calls and watch entries between the extension, the app, the CLI and the
 * server. Build with buildExchange, read with parseExchange (old extension exports included), hand calls to the
 * app with handoverUrl/readHandover, and name page calls with pageCallId/resolveCall.
 */
export { buildExchange, type Exchange, exchangeToJson } from './build.ts';
export { indexByUrl, pageCallId, resolveCall, urlKey } from './call-id.ts';
export {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeEntry,
  type ExchangeMatch,
  LEGACY_EXTENSION_FORMAT,
  type ReasonLines,
} from './format.ts';
export { handoverUrl, readHandover } from './handover.ts';
export { parseExchange } from './parse.ts';
