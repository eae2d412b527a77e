/**
 * The app's side of the server's weekly digest: e-mail and Web Push subscriptions for a team, authorised by the
 * team token. The server is the app's own origin (or the one from the invite link).
 */
export interface TeamRef {
  team: string;
  token: string;
  /** The Fundwatch server's address; defaults to the app's own origin. */
  serverOrigin?: string;
}

export type SubscribeResult = 'subscribed' | 'denied' | 'unsupported' | 'unauthorised' | 'failed';

const base = (t: TeamRef) => (t.serverOrigin ?? location.origin).replace(/\/$/, '');

async function post(t: TeamRef, path: string, body: unknown, method = 'POST'): Promise<Response> {
  return fetch(`${base(t)}/api/teams/${encodeURIComponent(t.team)}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
    body: JSON.stringify(body),
  });
}

const outcome = (res: Response): SubscribeResult =>
  res.ok ? 'subscribed' : res.status === 401 || res.status === 404 ? 'unauthorised' : 'failed';

export async function subscribeEmail(t: TeamRef, email: string, lang: 'sv' | 'en'): Promise<SubscribeResult> {
  try {
    return outcome(await post(t, 'subscribers', { email, lang }));
  } catch {
    return 'failed';
  }
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const b64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** From a button press: permission, a push subscription with the server's VAPID key, registered with the team. */
export async function subscribePush(t: TeamRef, lang: 'sv' | 'en'): Promise<SubscribeResult> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window))
    return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  try {
    const { publicKey } = (await (await fetch(`${base(t)}/api/push/public-key`)).json()) as { publicKey: string };
    const reg = await navigator.serviceWorker.ready;
    const sub =
      (await reg.pushManager.getSubscription()) ??
      (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
    const json = sub.toJSON();
    return outcome(await post(t, 'push-subscriptions', { endpoint: json.endpoint, keys: json.keys, lang }));
  } catch {
    // No push service reachable (e.g. a browser without one): the e-mail digest still works.
    return 'unsupported';
  }
}

export async function unsubscribePush(t: TeamRef): Promise<void> {
  const reg = await navigator.serviceWorker?.getRegistration();
  const sub = await reg?.pushManager.getSubscription();
  if (!sub) return;
  await post(t, 'push-subscriptions', { endpoint: sub.endpoint }, 'DELETE').catch(() => undefined);
  await sub.unsubscribe();
}
