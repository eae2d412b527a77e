import { InputError } from '../model/errors.ts';
import { parseHttpUrl } from '../sources/lib/url.ts';

/**
 * The link that joins a device to a team: `<appOrigin>/join#team=<team>&token=<token>&name=<name>`.
 * The secret sits in the fragment, which browsers never send, so it stays out of server and proxy logs.
 * `appOrigin` is where the app is served: an origin, or an origin plus a path prefix behind a reverse proxy.
 */
export interface Invite {
  appOrigin: string;
  team: string;
  token: string;
  name: string;
}

/** Team ids and tokens are URL-safe base64 (what the server issues); anything else is not an invite. */
const ID = /^[A-Za-z0-9_-]{4,128}$/;

export function isTeamId(text: string): boolean {
  return ID.test(text);
}

function cleanOrigin(origin: string): string {
  const u = parseHttpUrl(origin);
  if (!u || u.query) throw new InputError('expected an http(s) address of the app', {}, 'appOrigin');
  const path = u.path.replace(/\/+$/, '');
  return `${u.protocol}://${u.host}${path}`;
}

export function buildInvite(invite: Invite): string {
  if (!ID.test(invite.team)) throw new InputError('expected a team id (A–Z, a–z, 0–9, - and _)', {}, 'team');
  if (!ID.test(invite.token)) throw new InputError('expected a team token (A–Z, a–z, 0–9, - and _)', {}, 'token');
  const params = [`team=${invite.team}`, `token=${invite.token}`, `name=${encodeURIComponent(invite.name)}`];
  return `${cleanOrigin(invite.appOrigin)}/join#${params.join('&')}`;
}

function decode(value: string, field: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw new InputError('badly encoded value in the invite link', {}, field);
  }
}

/**
 * Reads an invite link (pasted, scanned from the QR code or opened as /join#…). Throws an InputError naming the
 * missing or malformed part; the name is plain text for display, never markup.
 */
export function parseInvite(link: string): Invite {
  const text = link.trim();
  const hash = text.indexOf('#');
  if (hash < 0) throw new InputError('not an invite link: the part after # is missing', {}, 'invite');
  const base = text.slice(0, hash);
  if (!/\/join\/?$/.test(base)) throw new InputError('not an invite link: expected …/join#team=…', {}, 'invite');
  const appOrigin = cleanOrigin(base.replace(/\/join\/?$/, '') || '/');
  const fields = new Map<string, string>();
  for (const pair of text.slice(hash + 1).split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (!fields.has(key)) fields.set(key, eq < 0 ? '' : pair.slice(eq + 1));
  }
  const team = decode(fields.get('team') ?? '', 'team');
  const token = decode(fields.get('token') ?? '', 'token');
  if (!ID.test(team)) throw new InputError('missing or malformed team id in the invite link', {}, 'team');
  if (!ID.test(token)) throw new InputError('missing or malformed token in the invite link', {}, 'token');
  const name = decode(fields.get('name') ?? '', 'name')
    // Display text only: no control characters, bounded length.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, 120);
  return { appOrigin, team, token, name };
}

/** The y-websocket server address for an app served at `appOrigin` (same host: ws(s)://…/sync). */
export function syncUrlFor(appOrigin: string): string {
  return `${cleanOrigin(appOrigin).replace(/^http/, 'ws')}/sync`;
}
