/// <reference lib="webworker" />

/**
 * Web Push from the team's Fundwatch server (the weekly digest): the payload is untrusted text, shown as plain
 * notification text; the click target is only ever a path inside the app.
 */
export interface PushNotice {
  title: string;
  body: string;
  path: string;
  tag: string;
}

const clip = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** Reads a push payload; anything unexpected becomes a plain "Fundwatch" notice that opens the watchlist. */
export function readPushNotice(data: string | undefined): PushNotice {
  let raw: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(data ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: keep the defaults.
  }
  const path = clip(raw.path, 200);
  return {
    title: clip(raw.title, 200) || 'Fundwatch',
    body: clip(raw.body, 1000),
    path: /^#\/[\w/-]*$/.test(path) ? path : '#/bevakning',
    tag: /^[\w-]{1,64}$/.test(clip(raw.tag, 64)) ? clip(raw.tag, 64) : 'fundwatch-push',
  };
}

export function handlePush(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('push', (event) => {
    const notice = readPushNotice(event.data?.text());
    event.waitUntil(
      sw.registration.showNotification(notice.title, {
        body: notice.body,
        tag: notice.tag,
        icon: new URL('icons/icon-192.png', sw.registration.scope).href,
        data: { path: notice.path },
      }),
    );
  });
}
