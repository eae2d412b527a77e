/**
 * Two copies of one team document kept equal over a message channel (the extension's and the app's on one
 * computer): Yjs's state-vector sync, typed refusals, size caps. Pure: the channel is the caller's.
 */
export { EXTENSION_HINT, isExtensionId, takeExtensionHint, withExtensionHint } from './app-hint.ts';
export { attachDocLink, type DocLink, type DocLinkOptions } from './link.ts';
export {
  LINK_PROTOCOL,
  LINK_VERSION,
  LinkError,
  type LinkErrorCode,
  type LinkMessage,
  LOCAL_DOC,
  MAX_LINK_CHARS,
  parseLinkMessage,
} from './messages.ts';
