import type { IncomingMessage, ServerResponse } from 'node:http';
import { appOrigin, authoriseTeam } from './api-teams.ts';
import type { DigestService } from './digest-service.ts';
import { HttpError, readJson, sendJson } from './http-util.ts';
import type { Logger } from './log.ts';
import { type PushSender, validPushEndpoint } from './push.ts';
import type { TeamRegistry } from './teams.ts';

export interface MembersApiOptions {
  teams: TeamRegistry;
  digests: DigestService;
  push: PushSender;
  log: Logger;
  publicOrigin?: string;
  trustProxy: boolean;
}

const EMAIL = /^[^\s@<>()",;:]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$/;
/**
 * The language of a member's digest: Swedish when left out; any other value than "sv" or "en" is refused (400
 * bad-lang), as `fundwatch digest --lang` refuses it: "EN" or "de" silently stored as Swedish would mail a member
 * in a language they did not ask for, with nothing to tell them why.
 */
function lang(v: unknown): 'sv' | 'en' {
  if (v === undefined || v === null) return 'sv';
  if (v === 'sv' || v === 'en') return v;
  throw new HttpError(400, 'bad-lang', 'field "lang": expected "sv" or "en"');
}

/** POST /api/teams/<team>/subscribers {email, lang} (team token): the weekly digest by e-mail. */
export async function subscribe(req: IncomingMessage, res: ServerResponse, team: string, o: MembersApiOptions) {
  authoriseTeam(req, o.teams, team);
  const body = (await readJson(req)) as { email?: unknown; lang?: unknown } | null;
  const email = typeof body?.email === 'string' ? body.email.trim() : '';
  if (!EMAIL.test(email)) throw new HttpError(400, 'bad-email', 'expected an e-mail address in "email"');
  const s = await o.teams.addSubscriber(team, email, lang(body?.lang));
  o.log('digest', 'e-mail subscriber added', { team });
  sendJson(res, 201, { id: s.id, email: s.email, lang: s.lang, mail: o.digests.mailEnabled });
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:36em;margin:3em auto">${body}</body></html>`;

/**
 * /api/unsubscribe?t=<token>: POST unsubscribes at once (RFC 8058 one-click from the mail client); GET shows a
 * button, because link checkers in mail systems open links on their own.
 */
export async function unsubscribe(req: IncomingMessage, res: ServerResponse, o: MembersApiOptions) {
  const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('t') ?? '';
  const send = (status: number, html: string) => {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    });
    res.end(html);
  };
  if (req.method === 'POST') {
    // The body (List-Unsubscribe=One-Click) carries nothing we need; drain it.
    for await (const _ of req) {
    }
    const done = await o.teams.unsubscribe(token);
    if (done) o.log('digest', 'e-mail subscriber left', { team: done.team });
    return send(
      200,
      page(
        'Fundwatch',
        `<p>${done ? 'Du får inte längre veckobrevet från Fundwatch.' : 'Prenumerationen finns inte (redan avslutad?).'}</p><p lang="en">${done ? 'You will no longer receive the weekly digest.' : 'No such subscription (already ended?).'}</p>`,
      ),
    );
  }
  send(
    200,
    page(
      'Fundwatch',
      `<form method="post"><p>Avsluta veckobrevet från Fundwatch? <span lang="en">(Stop the weekly digest?)</span></p><button type="submit">Avsluta / Unsubscribe</button></form>`,
    ),
  );
}

/** POST /api/teams/<team>/push-subscriptions {endpoint, keys: {p256dh, auth}, lang} (team token). */
export async function addPush(req: IncomingMessage, res: ServerResponse, team: string, o: MembersApiOptions) {
  authoriseTeam(req, o.teams, team);
  const body = (await readJson(req)) as {
    endpoint?: unknown;
    keys?: { p256dh?: unknown; auth?: unknown };
    lang?: unknown;
  } | null;
  const { endpoint } = body ?? {};
  const p256dh = body?.keys?.p256dh;
  const auth = body?.keys?.auth;
  if (!validPushEndpoint(endpoint)) throw new HttpError(400, 'bad-endpoint', 'expected an https push endpoint');
  if (
    typeof p256dh !== 'string' ||
    typeof auth !== 'string' ||
    !/^[A-Za-z0-9_=-]{10,200}$/.test(p256dh) ||
    !/^[A-Za-z0-9_=-]{8,100}$/.test(auth)
  )
    throw new HttpError(400, 'bad-keys', 'expected keys.p256dh and keys.auth (base64url)');
  const p = await o.teams.addPush(team, { endpoint, keys: { p256dh, auth }, lang: lang(body?.lang) });
  o.log('push', 'subscription added', { team });
  sendJson(res, 201, { id: p.id });
}

/** DELETE /api/teams/<team>/push-subscriptions {endpoint} (team token). */
export async function removePush(req: IncomingMessage, res: ServerResponse, team: string, o: MembersApiOptions) {
  authoriseTeam(req, o.teams, team);
  const body = (await readJson(req)) as { endpoint?: unknown } | null;
  if (typeof body?.endpoint !== 'string') throw new HttpError(400, 'bad-endpoint', 'expected "endpoint"');
  sendJson(res, 200, { removed: await o.teams.removePush(team, body.endpoint) });
}

/** POST /api/teams/<team>/digest (team token): send the digest now, e.g. "send a test" in the settings. */
export async function sendDigestNow(req: IncomingMessage, res: ServerResponse, team: string, o: MembersApiOptions) {
  authoriseTeam(req, o.teams, team);
  const r = await o.digests.send(team, new Date(), appOrigin(req, o));
  sendJson(res, 200, r);
}
