import { InputError } from '../model/errors.ts';
import type { Exchange } from './build.ts';
import { parseExchange } from './parse.ts';

const PREFIX = '#handover=';

/**
 * The address that hands calls to the app: the exchange file in the fragment, so the whole call (its id, every
 * Deadline with time and zone, the programme area) arrives unchanged and never reaches a server's logs.
 */
export function handoverUrl(appUrl: string, exchange: Exchange): string {
  return `${appUrl.replace(/#.*$/, '')}${PREFIX}${encodeURIComponent(JSON.stringify(exchange))}`;
}

/** The exchange in a hand-over fragment; undefined when the fragment is no hand-over; InputError when it is damaged. */
export function readHandover(hash: string, now = new Date()): Exchange | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  // The exchange is %-encoded, so it holds no '&': what follows one is another parameter (the extension's id).
  const encoded = hash.slice(PREFIX.length).split('&')[0];
  let text: string;
  try {
    text = decodeURIComponent(encoded);
  } catch {
    throw new InputError('the hand-over address is damaged (bad %-encoding)', { file: 'hand-over link' });
  }
  return parseExchange(text, 'hand-over link', now);
}
